import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';
import { excelDate, excelTime, teamWorkbookBytes, type TeamSheets } from './team-workbook';

/*
 * A small team month worked out by hand from SPEC §3, then computed through the command line.
 * 1001: late 5 (2), late 6 (5), early 6 (5), late 11 (absence 20), late 5:59 (2) → 34; four
 *       L04s → escalation S05 20; 80 − 34 − 20 = 26 → F, salary −300 (held), below 60.
 * 1002 (team lead, night shift): early 5 at 23:55 (2); M01 10; B03 5; ADJ +3 → 76 → C, −40.
 * 1003 (hired 2026-10-15, month 2): status absent (20); B04 × 2 (10) → 70 → C, probation 0.
 * 1004 (hired 2026-09-01, month 3): L09 1.5 + L01 2; a voided S03; KPI exam 100 → B02 5 →
 *       81.5 → B, +15, first place → award 50.
 * 1005 left in October: not scored.
 */
const november: TeamSheets = {
  employees: [
    [1001, '王芳', '一组', '客服', excelDate('2025-01-10'), null],
    [1002, '李雷', '一组', '组长', '2024-05-01', null],
    ['1003', '张三', '二组', '客服', '2026/10/15', null],
    [1004, '赵六', '二组', '客服', '2026年9月1日', null],
    [1005, '钱七', '二组', '客服', '2023-01-01', '2026-10-31'],
  ],
  attendance: [
    ['2026-11-02', 1001, 'D', '08:35', '17:30', '出勤', null],
    ['2026-11-03', 1001, 'D', excelTime(8, 36), excelTime(17, 30), null, null],
    ['2026-11-04', 1001, 'D', '8:30', '17:24', '正常', null],
    ['2026-11-05', 1001, 'D', '08:41', '17:30', null, null],
    ['2026-11-06', '1001', 'D', '08:35:59', '17:30:00', null, null],
    ['2026-11-02', 1002, 'N', '17:30', '00:00', null, null],
    ['2026-11-03', 1002, 'N', '17:30', '23:55', null, null],
    ['2026-11-06', 1003, null, null, null, '休息', null],
    ['2026-11-07', 1003, null, null, null, '旷工', null],
    ['2026-11-02', 1004, 'D', '08:30', '17:30', null, null],
    ['2026-10-30', 1005, 'D', '08:30', '17:30', null, 'October row, another month'],
  ],
  violations: [
    ['2026-11-10', 1002, 'M01', null, null, null, null, '培训专员', null],
    ['2026-11-11', 1004, 'L09', 1, 1.5, null, null, null, '有效'],
    ['2026-11-12', 1004, 'L01', null, 2, null, null, null, null],
    ['2026-11-13', 1004, 'S03', null, null, null, 'appeal upheld', null, '作废'],
  ],
  merits: [
    ['2026-11-20', 1002, 'ADJ', null, 3, null, '带队表现好', null, null],
    ['2026-11-21', 1002, 'B03', null, null, null, null, null, null],
    ['2026-11-22', 1003, 'B04', 2, 5, null, null, null, null],
  ],
  kpi: [['2026-11', 1004, 300, 95, 100, null]],
};

const expectedNovember = [
  { id: '1004', name: '赵六', team: '二组', base: 80, attendanceDeduction: 0, violationDeduction: 3.5, bonus: 5, adjustment: 0, score: 81.5, grade: 'B', rank: 1, salaryAdjustment: 15, award: 50, probation: false, flags: [] },
  { id: '1002', name: '李雷', team: '一组', base: 80, attendanceDeduction: 2, violationDeduction: 10, bonus: 5, adjustment: 3, score: 76, grade: 'C', rank: 2, salaryAdjustment: -40, award: 0, probation: false, flags: [] },
  { id: '1003', name: '张三', team: '二组', base: 80, attendanceDeduction: 20, violationDeduction: 0, bonus: 10, adjustment: 0, score: 70, grade: 'C', rank: 3, salaryAdjustment: 0, award: 0, probation: true, flags: [] },
  { id: '1001', name: '王芳', team: '一组', base: 80, attendanceDeduction: 34, violationDeduction: 20, bonus: 0, adjustment: 0, score: 26, grade: 'F', rank: 4, salaryAdjustment: -300, award: 0, probation: false, flags: ['SCORE_BELOW_60'] },
];

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'scorecard-cli-'));
}

async function writeTeam(dir: string, sheets: TeamSheets, lang: 'zh' | 'en' = 'zh'): Promise<string> {
  const file = join(dir, 'team.xlsx');
  writeFileSync(file, await teamWorkbookBytes(sheets, lang));
  return file;
}

describe('scorecard compute on a team month worked out by hand', () => {
  it('prints every employee exactly as SPEC §3 computes them, and exits 0', async () => {
    const file = await writeTeam(scratch(), november);
    const run = await runCli(['compute', file, '--month', '2026-11', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.month).toBe('2026-11');
    expect(result.employees).toEqual(expectedNovember);
    expect(result.issues.map((issue: { code: string }) => issue.code)).toEqual(['NO_HISTORY_PREVIOUS_MONTH']);
  });

  it('gives the same numbers for a workbook with English sheet names and headers', async () => {
    const file = await writeTeam(scratch(), november, 'en');
    const run = await runCli(['compute', file, '--month', '2026-11', '--json']);
    expect(JSON.parse(run.stdout).employees).toEqual(expectedNovember);
  });

  it('writes the scorecard and details tabs into the file, named in the language of the input sheets', async () => {
    const file = await writeTeam(scratch(), november, 'en');
    expect((await runCli(['compute', file, '--month', '2026-11'])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(['Employees', 'Attendance', 'Scorecard 2026-11', 'Details 2026-11']));
  });

  it('counts a second month in a row at first place from the history it wrote (award 100)', async () => {
    const dir = scratch();
    const december: TeamSheets = {
      ...november,
      attendance: [...november.attendance, ['2026-12-01', 1004, 'D', '08:30', '17:30', null, null]],
      merits: [...(november.merits ?? []), ['2026-12-03', 1004, 'B03', null, null, null, null, null, null]],
    };
    const file = await writeTeam(dir, december);
    expect((await runCli(['compute', file, '--month', '2026-11'])).code).toBe(0);
    const run = await runCli(['compute', file, '--month', '2026-12', '--json']);
    const result = JSON.parse(run.stdout);
    const first = result.employees.find((employee: { id: string }) => employee.id === '1004');
    expect(first).toMatchObject({ score: 85, rank: 1, award: 100 });
    // The other three tie at 80: they share rank 2.
    expect(result.employees.filter((employee: { rank: number }) => employee.rank === 2)).toHaveLength(3);
    expect(result.issues).toEqual([]);
  });

  it('computes the same month twice to the same result', async () => {
    const file = await writeTeam(scratch(), november);
    const first = await runCli(['compute', file, '--month', '2026-11', '--json']);
    const second = await runCli(['compute', file, '--month', '2026-11', '--json']);
    expect(JSON.parse(second.stdout).employees).toEqual(JSON.parse(first.stdout).employees);
  });

  it('leaves the input file byte-identical with --out', async () => {
    const dir = scratch();
    const file = await writeTeam(dir, november);
    const before = readFileSync(file);
    const out = join(dir, 'out.xlsx');
    expect((await runCli(['compute', file, '--month', '2026-11', '--out', out])).code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.getWorksheet('考核 2026-11')).toBeDefined();
  });

  it('warns that later months may be out of date when an earlier month is recomputed', async () => {
    const file = await writeTeam(scratch(), {
      ...november,
      attendance: [...november.attendance, ['2026-10-30', 1001, 'D', '08:30', '17:30', null, null]],
    });
    expect((await runCli(['compute', file, '--month', '2026-11'])).code).toBe(0);
    const run = await runCli(['compute', file, '--month', '2026-10', '--json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).issues).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'LATER_MONTHS_COMPUTED' }));
  });

  it('replaces the month\'s Chinese tabs with English ones when recomputed with --lang en', async () => {
    const file = await writeTeam(scratch(), november);
    expect((await runCli(['compute', file, '--month', '2026-11'])).code).toBe(0);
    expect((await runCli(['compute', file, '--month', '2026-11', '--lang', 'en'])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toEqual(expect.arrayContaining(['员工', 'Scorecard 2026-11', 'Details 2026-11']));
    expect(names).not.toContain('考核 2026-11');
    expect(names).not.toContain('明细 2026-11');
  });
});
