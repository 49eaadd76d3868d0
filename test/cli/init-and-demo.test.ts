import ExcelJS from 'exceljs';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';
import { teamWorkbookBytes } from './team-workbook';

const scratch = (): string => mkdtempSync(join(tmpdir(), 'scorecard-init-'));

async function sheetNames(file: string): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook.worksheets.map((sheet) => sheet.name);
}

describe('scorecard init', () => {
  it('writes a new workbook with the input sheets and the policy sheets, in Chinese by default', async () => {
    const file = join(scratch(), 'team.xlsx');
    const run = await runCli(['init', file]);
    expect(run.code).toBe(0);
    expect(await sheetNames(file)).toEqual(expect.arrayContaining(['员工', '考勤', '违规', '加分', '指标', '班次', '参数', '等级']));
  });

  it('writes English sheets with --lang en, with the headers of SPEC §2', async () => {
    const file = join(scratch(), 'team.xlsx');
    expect((await runCli(['init', file, '--lang', 'en'])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const attendance = workbook.getWorksheet('Attendance');
    const headers = (attendance?.getRow(1).values as unknown[]).filter(Boolean);
    expect(headers).toEqual(['Date', 'Employee ID', 'Shift', 'Clock in', 'Clock out', 'Status', 'Note']);
  });

  it('adds only the missing sheets to an existing workbook and keeps its data', async () => {
    const file = join(scratch(), 'team.xlsx');
    writeFileSync(file, await teamWorkbookBytes({ employees: [[1001, '王芳', '一组', '客服', '2025-01-10', null]], attendance: [], violations: [] }));
    expect((await runCli(['init', file])).code).toBe(0);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.getWorksheet('员工')?.getCell('B2').value).toBe('王芳');
    expect(workbook.worksheets.filter((sheet) => sheet.name === '员工')).toHaveLength(1);
    expect(workbook.getWorksheet('参数')).toBeDefined();
  });

  it('adds the Punches sheet and the month’s schedule with --schedule, a row for each employee of the month', async () => {
    const file = join(scratch(), 'team.xlsx');
    writeFileSync(file, await teamWorkbookBytes({ employees: [[1001, '王芳', '一组', '客服', '2025-01-10', null], [1002, '李雷', '一组', '客服', '2025-01-10', '2026-10-31']], attendance: [], violations: [] }));
    const run = await runCli(['init', file, '--schedule', '2026-11']);
    expect(run.code).toBe(0);
    expect(await sheetNames(file)).toEqual(expect.arrayContaining(['打卡', '排班 2026-11']));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const schedule = workbook.getWorksheet('排班 2026-11');
    expect(schedule?.getRow(2).getCell(1).value).toBe('工号');
    expect(schedule?.getRow(3).values).toEqual([undefined, '1001', '王芳']);
    expect(schedule?.rowCount).toBe(3);
    expect(schedule?.getCell('C1').value).toBe('日');
  });

  it('computes a fresh template to an empty month with a warning, not an error', async () => {
    const file = join(scratch(), 'team.xlsx');
    await runCli(['init', file]);
    const run = await runCli(['compute', file, '--month', '2026-11', '--json']);
    expect(run.code).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.employees).toEqual([]);
    expect(result.issues.map((issue: { code: string }) => issue.code)).toContain('NO_EMPLOYEES_IN_MONTH');
  });
});

describe('scorecard demo', () => {
  it('builds and computes the sample, then says where the file is', async () => {
    const dir = scratch();
    const run = await runCli(['demo', '--dir', dir]);
    expect(run.code).toBe(0);
    const file = join(dir, 'scorecard-demo.xlsx');
    expect(run.stdout).toContain(file);
    expect(await sheetNames(file)).toEqual(expect.arrayContaining(['考核 2026-10', '明细 2026-10', '考核 2026-11', '明细 2026-11']));
    const punches = join(dir, 'scorecard-demo-punches.xlsx');
    expect(run.stdout).toContain(punches);
    expect(await sheetNames(punches)).toEqual(expect.arrayContaining(['打卡', '排班 2026-10', '排班 2026-11', '考核 2026-10', '明细 2026-11']));
  }, 90_000);
});
