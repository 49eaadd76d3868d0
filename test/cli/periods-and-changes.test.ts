import ExcelJS from 'exceljs';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';
import { editCells, teamWorkbookBytes, type TeamSheets } from './team-workbook';

/*
 * Two months of a team of three, worked out by hand (SPEC §3, §4.2, default policy):
 * October: 1001 L01 (2) → 78 C −20, rank 3 · 1002 B03 → 85 B +50, rank 1, award 50 · 1003 80 B 0, rank 2.
 * November: 1001 80 B 0, rank 2 · 1002 M01 (10) → 70 C −100, rank 3 · 1003 B04 → 85 B +50, rank 1, award 50.
 * 2026-Q4 (December not computed): 1003 averages 82.5 (B, rank 1), 1001 79 (C, 2), 1002 77.5 (C, 3).
 */
const team: TeamSheets = {
  employees: [
    [1001, '王芳', '一组', '客服', '2025-01-10', null],
    [1002, '李雷', '一组', '组长', '2024-05-01', null],
    [1003, '张三', '二组', '客服', '2023-03-01', null],
  ],
  attendance: [
    ['2026-10-05', 1001, 'D', '08:30', '17:30', null, null],
    ['2026-11-05', 1001, 'D', '08:30', '17:30', null, null],
  ],
  violations: [
    ['2026-10-09', 1001, 'L01', null, null, null, null, null, null],
    ['2026-11-10', 1002, 'M01', null, null, null, null, null, null],
  ],
  merits: [
    ['2026-10-12', 1002, 'B03', null, null, null, null, null, null],
    ['2026-11-12', 1003, 'B04', null, null, null, null, null, null],
  ],
};
/** 违规 row 3 is November's M01; its 状态 (status) is column I. */
const novemberM01Status = 'I3';

async function computedTeam(): Promise<{ dir: string; file: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'scorecard-periods-'));
  const file = join(dir, 'team.xlsx');
  writeFileSync(file, await teamWorkbookBytes(team));
  for (const month of ['2026-10', '2026-11']) expect((await runCli(['compute', file, '--month', month])).code).toBe(0);
  return { dir, file };
}

async function sheetRows(file: string, name: string): Promise<unknown[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  const rows: unknown[][] = [];
  sheet.eachRow((row, number) => (rows[number - 1] = (row.values as unknown[]).slice(1)));
  return rows;
}

describe('scorecard compute on a month computed before (SPEC §4.3, §6)', () => {
  it('prints no changes for a first compute and none for a recompute of the same data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'scorecard-periods-'));
    const file = join(dir, 'team.xlsx');
    writeFileSync(file, await teamWorkbookBytes(team));
    const first = JSON.parse((await runCli(['compute', file, '--month', '2026-10', '--json'])).stdout);
    expect(first.changes).toEqual([]);
    const again = JSON.parse((await runCli(['compute', file, '--month', '2026-10', '--json'])).stdout);
    expect(again.changes).toEqual([]);
  });

  it('previews a voided item with --dry-run: exactly that employee changes, and the file stays byte-identical', async () => {
    const { file } = await computedTeam();
    await editCells(file, '违规', { [novemberM01Status]: '作废' });
    const before = readFileSync(file);
    const run = await runCli(['compute', file, '--month', '2026-11', '--dry-run', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(['month', 'employees', 'issues', 'changes']);
    expect(result.changes).toEqual([
      {
        id: '1002',
        before: { score: 70, grade: 'C', rank: 3, salaryAdjustment: -100, award: 0 },
        after: { score: 80, grade: 'B', rank: 2, salaryAdjustment: 0, award: 0 },
      },
    ]);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('says what changed in the text report, and that a preview wrote nothing', async () => {
    const { file } = await computedTeam();
    await editCells(file, '违规', { [novemberM01Status]: '作废' });
    const run = await runCli(['compute', file, '--month', '2026-11', '--dry-run', '--lang', 'en']);
    expect(run.stdout).toContain('Salary adjustments -50 → +50, awards 50 → 50 in total');
    expect(run.stdout).toContain('1 employee changed against the results being replaced:');
    expect(run.stdout).toContain('1002 李雷 (score 70→80, grade C→B, rank 3→2, salary adjustment −100→0)');
    expect(run.stdout).toContain('Preview: nothing was written.');
    expect(run.stdout).not.toContain('Written to');
  });

  it('previews a policy change: the totals move as expected, and the file stays byte-identical', async () => {
    const { file } = await computedTeam();
    expect((await runCli(['init', file])).code).toBe(0);
    const parameters = await sheetRows(file, '参数');
    const row = parameters.findIndex((cells) => cells?.[0] === 'salary.perPoint') + 1;
    expect(row).toBeGreaterThan(0);
    await editCells(file, '参数', { [`C${row}`]: 12 });
    const before = readFileSync(file);
    const run = await runCli(['compute', file, '--month', '2026-11', '--dry-run', '--json']);
    // 12 a point instead of 10: 1002 −100 → −120, 1003 +50 → +60; 1001 (80) stays 0.
    expect(JSON.parse(run.stdout).changes.map((change: { id: string; before: { salaryAdjustment: number }; after: { salaryAdjustment: number } }) => [
      change.id,
      change.before.salaryAdjustment,
      change.after.salaryAdjustment,
    ])).toEqual([
      ['1002', -100, -120],
      ['1003', 50, 60],
    ]);
    const text = await runCli(['compute', file, '--month', '2026-11', '--dry-run']);
    expect(text.stdout).toContain('工资浮动合计 -50 → -60 元');
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('appends a row to the compute log for each compute that writes, and none for a preview', async () => {
    const { file } = await computedTeam();
    await runCli(['compute', file, '--month', '2026-11', '--dry-run']);
    await editCells(file, '违规', { [novemberM01Status]: '作废' });
    expect((await runCli(['compute', file, '--month', '2026-11'])).code).toBe(0);
    const log = await sheetRows(file, '考核日志');
    const entries = log.slice(4).map((row) => [row[1], row[2], row[4], row[9]]);
    expect(entries).toEqual([
      ['计算', '2026-10', 3, '首次计算'],
      ['计算', '2026-11', 3, '首次计算'],
      ['重新计算', '2026-11', 3, '1 人变动:1002 李雷(考核分 70→80,等级 C→B,排名 3→2,工资浮动 −100→0)'],
    ]);
  });
});

describe('scorecard rollup (SPEC §4.2, §6)', () => {
  it('prints the quarter exactly as SPEC §6 fixes it, naming December as not computed, and exits 0', async () => {
    const { file } = await computedTeam();
    const run = await runCli(['rollup', file, '--period', '2026-Q4', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(Object.keys(result)).toEqual(['period', 'months', 'missingMonths', 'employees', 'issues']);
    expect(result.period).toBe('2026-Q4');
    expect(result.months).toEqual(['2026-10', '2026-11']);
    expect(result.missingMonths).toEqual(['2026-12']);
    const grades = (counts: Partial<Record<string, number>>) => ({ A: 0, B: 0, C: 0, D: 0, E: 0, F: 0, ...counts });
    expect(result.employees).toEqual([
      { id: '1003', name: '张三', team: '二组', monthsScored: 2, averageScore: 82.5, grade: 'B', rank: 1, gradeCounts: grades({ B: 2 }), salaryAdjustmentTotal: 50, awardTotal: 50, monthsAtFirst: 1, flaggedMonths: 0 },
      { id: '1001', name: '王芳', team: '一组', monthsScored: 2, averageScore: 79, grade: 'C', rank: 2, gradeCounts: grades({ B: 1, C: 1 }), salaryAdjustmentTotal: -20, awardTotal: 0, monthsAtFirst: 0, flaggedMonths: 0 },
      { id: '1002', name: '李雷', team: '一组', monthsScored: 2, averageScore: 77.5, grade: 'C', rank: 3, gradeCounts: grades({ B: 1, C: 1 }), salaryAdjustmentTotal: -50, awardTotal: 50, monthsAtFirst: 1, flaggedMonths: 0 },
    ]);
    expect(result.issues).toEqual([
      { severity: 'warning', code: 'MONTH_NOT_COMPUTED', message: { zh: expect.stringContaining('2026-12'), en: expect.stringContaining('2026-12') } },
    ]);
  });

  it('writes the quarter’s tab and a log row into the file', async () => {
    const { file } = await computedTeam();
    const run = await runCli(['rollup', file, '--period', '2026-Q4']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('2026-Q4 汇总完成:3 人');
    const rows = await sheetRows(file, '考核 2026-Q4');
    expect(rows[0][0]).toBe('客服季度考核表 2026-Q4 · 一组、二组');
    expect(rows[5].slice(0, 7)).toEqual([1, '1003', '张三', '二组', 2, 82.5, 'B']);
    const log = await sheetRows(file, '考核日志');
    expect(log[log.length - 1].slice(1, 5)).toEqual(['汇总', '2026-Q4', '中文', 3]);
  });

  it('sums up the year from the same months', async () => {
    const { file } = await computedTeam();
    const result = JSON.parse((await runCli(['rollup', file, '--period', '2026', '--json', '--lang', 'en'])).stdout);
    expect(result.months).toEqual(['2026-10', '2026-11']);
    expect(result.missingMonths).toHaveLength(10);
    expect(result.employees.map((employee: { id: string }) => employee.id)).toEqual(['1003', '1001', '1002']);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.getWorksheet('Scorecard 2026')).toBeDefined();
  });

  it('exits 1 and writes nothing when no month of the period was computed', async () => {
    const { file } = await computedTeam();
    const before = readFileSync(file);
    const run = await runCli(['rollup', file, '--period', '2026-Q3', '--json']);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ period: '2026-Q3', months: [], missingMonths: ['2026-07', '2026-08', '2026-09'], employees: [] });
    expect(result.issues.map((issue: { code: string }) => issue.code)).toEqual(['NO_MONTH_COMPUTED']);
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('leaves FILE byte-identical with --out', async () => {
    const { dir, file } = await computedTeam();
    const before = readFileSync(file);
    const out = join(dir, 'quarter.xlsx');
    expect((await runCli(['rollup', file, '--period', '2026-Q4', '--out', out])).code).toBe(0);
    expect(readFileSync(file).equals(before)).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    expect(workbook.getWorksheet('考核 2026-Q4')).toBeDefined();
  });

  it('answers a period that is not a quarter or a year, or a missing file, with exit 2', async () => {
    const { file } = await computedTeam();
    expect((await runCli(['rollup', file, '--period', '2026-11'])).code).toBe(2);
    expect((await runCli(['rollup', join(tmpdir(), 'no-such-team.xlsx'), '--period', '2026-Q4'])).code).toBe(2);
  });
});
