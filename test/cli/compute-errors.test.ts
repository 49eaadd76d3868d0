import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';
import { teamWorkbookBytes, type TeamSheets } from './team-workbook';

/*
 * One bad row per problem of SPEC §2–§5, each on a row of its own. Headers are row 1, so the
 * n-th data row is sheet row n + 1. Columns: 员工 A 工号 … E 入职日期; 考勤 A 日期, B 工号,
 * C 班次, D 上班打卡, E 下班打卡, F 状态; 违规/加分 A 日期, B 工号, C 代码, D 次数, E 分值,
 * G 说明; 指标 A 月份, B 工号, E 考试成绩.
 */
const broken: TeamSheets = {
  employees: [
    [1001, '王芳', '一组', '客服', '2025-01-10', null],
    [1002, '李雷', '一组', '组长', '2024-05-01', null],
    [1001, '王芳二', '一组', '客服', '2025-01-10', null], // row 4: duplicate ID
    [1003, '张三', '二组', '客服', '2026-11-15', null], // hired mid-month
    [1004, '赵六', '二组', '客服', 'soon', null], // row 6: unreadable hire date
  ],
  attendance: [
    ['2026-11-02', 1001, 'D', '08:30', '17:30', null, null],
    ['2026-11-02', 1001, 'D', '08:30', '17:30', null, null], // row 3: duplicate attendance
    ['2026-11-03', 1001, 'D', '08:30', null, null, null], // row 4: missing clock-out
    ['2026-11-04', 1001, 'Q', '08:30', '17:30', null, null], // row 5: unknown shift
    ['2026-11-05', 9999, 'D', '08:30', '17:30', null, null], // row 6: unknown employee
    ['2026-11-31', 1001, 'D', '08:30', '17:30', null, null], // row 7: impossible date
    ['2026-11-06', 1001, 'D', '8点半', '17:30', null, null], // row 8: unreadable time
    ['2026-11-10', 1003, 'D', '08:30', '17:30', null, null], // row 9: before the hire date
    ['2026-11-07', 1001, 'D', '08:30', '17:30', '迟到', null], // row 10: unknown status
  ],
  violations: [
    ['2026-11-10', 1001, 'Z99', null, null, null, null, null, null], // row 2: unknown code
    ['2026-11-10', 1001, 'L04', null, null, null, null, null, null], // row 3: ranged code without points
    ['2026-11-10', 1001, 'L08', null, 6, null, null, null, null], // row 4: points outside 2–5
    ['2026-11-10', 1001, 'M01', null, 8, null, null, null, null], // row 5: fixed code with other points
    ['2026-11-10', 1001, 'L01', 0, null, null, null, null, null], // row 6: times not ≥ 1
    ['2026-11-10', 1001, 'S05', null, null, null, null, null, null], // row 7: computed-only code
    ['2026-11-10', 1001, 'B02', null, null, null, null, null, null], // row 8: derived by KPI below (and a bonus in Violations)
  ],
  merits: [
    ['2026-11-20', 1001, 'ADJ', null, 2, null, '表现好', null, null], // row 2: ADJ for an agent
    ['2026-11-20', 1002, 'ADJ', null, 2, null, null, null, null], // row 3: ADJ without a note
  ],
  kpi: [
    ['2026-11', 1001, 300, 90, 100, 0],
    ['2026-11', 1001, 310, 91, 90, 0], // row 3: duplicate KPI row
  ],
};

const expected: [string, string, string][] = [
  ['员工', 'A4', 'DUPLICATE_EMPLOYEE'],
  ['员工', 'E6', 'INVALID_DATE'],
  ['考勤', 'A3', 'DUPLICATE_ATTENDANCE'],
  ['考勤', 'E4', 'MISSING_CLOCK_OUT'],
  ['考勤', 'C5', 'UNKNOWN_SHIFT'],
  ['考勤', 'B6', 'UNKNOWN_EMPLOYEE'],
  ['考勤', 'A7', 'INVALID_DATE'],
  ['考勤', 'D8', 'INVALID_TIME'],
  ['考勤', 'A9', 'NOT_EMPLOYED'],
  ['考勤', 'F10', 'INVALID_STATUS'],
  ['违规', 'C2', 'UNKNOWN_CODE'],
  ['违规', 'E3', 'POINTS_REQUIRED'],
  ['违规', 'E4', 'POINTS_OUT_OF_RANGE'],
  ['违规', 'E5', 'POINTS_NOT_FIXED'],
  ['违规', 'D6', 'INVALID_TIMES'],
  ['违规', 'C7', 'COMPUTED_CODE_ENTERED'],
  ['违规', 'C8', 'DERIVED_CODE_ENTERED'],
  ['加分', 'B2', 'ADJ_NOT_TEAM_LEAD'],
  ['加分', 'G3', 'ADJ_NOTE_REQUIRED'],
  ['指标', 'B3', 'DUPLICATE_KPI'],
];

interface JsonIssue {
  severity: string;
  sheet?: string;
  cell?: string;
  code: string;
  message: { zh: string; en: string };
}

describe('scorecard compute on a workbook with bad rows', () => {
  let file: string;
  let before: Buffer;
  let run: Awaited<ReturnType<typeof runCli>>;
  let issues: JsonIssue[];

  beforeAll(async () => {
    file = join(mkdtempSync(join(tmpdir(), 'scorecard-errors-')), 'team.xlsx');
    writeFileSync(file, await teamWorkbookBytes(broken));
    before = readFileSync(file);
    run = await runCli(['compute', file, '--month', '2026-11', '--json']);
    issues = JSON.parse(run.stdout).issues;
  });

  it('exits 1 with no employees in the result', () => {
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).employees).toEqual([]);
  });

  it.each(expected)('reports %s!%s as %s', (sheet, cell, code) => {
    expect(issues).toContainEqual(expect.objectContaining({ severity: 'error', sheet, cell, code }));
  });

  it('reports nothing else as an error', () => {
    const errors = issues.filter((issue) => issue.severity === 'error').map((issue) => [issue.sheet, issue.cell, issue.code]);
    expect(errors).toHaveLength(expected.length);
  });

  it('says every problem in Chinese and in English', () => {
    for (const issue of issues) {
      expect(issue.message.zh).toMatch(/[\u4e00-\u9fff]/);
      expect(issue.message.en).toMatch(/[A-Za-z]/);
      expect(issue.message.en).not.toMatch(/[\u4e00-\u9fff]{3}/);
    }
  });

  it('leaves the workbook byte-identical', () => {
    expect(readFileSync(file).equals(before)).toBe(true);
  });

  it('lists every error in the text output too, with its cell', async () => {
    const text = await runCli(['compute', file, '--month', '2026-11']);
    expect(text.code).toBe(1);
    for (const [sheet, cell] of expected) expect(text.stdout).toContain(`${sheet}!${cell}`);
  });
});
