import type { CellValue, WorkbookGrids } from './grid';
import { readHistory } from './history/read-history';
import { LOG_HEADER_ROW } from './log/log-columns';
import { readLog } from './log/read-log';
import { computeWorkbook, templateWritePlan } from './pipeline';
import type { ComputeReport } from './pipeline-types';
import { attendanceRow, employeeRow, entryRow, NOVEMBER_1, serialTime, templateWorkbook } from './read/fixtures';
import { gridsAfter } from './written-grids';

/*
 * A team of four in November 2026 (default policy):
 * - 1001: L01 (2) and an M01 (10) → 68, D, −120.
 * - 1002: clean → 80, B, 0.
 * - 1003: 3 minutes late (L04, 2) → 78, C, −20.
 * - 1004: B03 (+5) → 85, B, +50; rank 1: award 50.
 */
const violations = [entryRow({ employeeId: 1001, code: 'L01' }), entryRow({ employeeId: 1001, code: 'M01', date: NOVEMBER_1 + 11 })];
const team = (entries = violations, extraEmployees: ReturnType<typeof employeeRow>[] = []): WorkbookGrids => {
  const input = templateWorkbook({
    employees: [
      employeeRow({ id: 1001, name: '王芳' }),
      employeeRow({ id: 1002, name: '李雷' }),
      employeeRow({ id: 1003, name: '赵六', team: '二组' }),
      employeeRow({ id: 1004, name: '陈静', team: '二组' }),
      ...extraEmployees,
    ],
    attendance: [attendanceRow({ employeeId: 1003, clockIn: serialTime(8, 33) })],
    violations: entries,
    merits: [entryRow({ employeeId: 1004, code: 'B03' })],
  });
  return gridsAfter(input, templateWritePlan(input, 'zh'));
};

const at = (day: number): Date => new Date(Date.UTC(2026, 11, day, 2, 0));

function computed(grids: WorkbookGrids, day = 1): { report: ComputeReport; after: WorkbookGrids } {
  const report = computeWorkbook(grids, { month: '2026-11', generatedAt: at(day) });
  if (!report.ok || !report.plan) throw new Error(JSON.stringify(report.issues));
  return { report, after: gridsAfter(grids, report.plan) };
}

/** The same workbook with its input sheet `name` replaced by `replacement`'s. */
function withSheet(grids: WorkbookGrids, replacement: WorkbookGrids, name: string): WorkbookGrids {
  const sheet = replacement.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no ${name}`);
  return { sheets: grids.sheets.map((candidate) => (candidate.name === name ? sheet : candidate)) };
}

/** The same workbook with one policy parameter set to `value` on the policy sheet. */
function withParameter(grids: WorkbookGrids, key: string, value: CellValue): WorkbookGrids {
  return {
    sheets: grids.sheets.map((sheet) =>
      sheet.name !== '参数' ? sheet : { ...sheet, rows: sheet.rows.map((row) => (row[0] === key ? [row[0], row[1], value, ...row.slice(3)] : row)) },
    ),
  };
}

const logRows = (grids: WorkbookGrids): readonly (readonly CellValue[])[] => readLog(grids)?.rows.slice(LOG_HEADER_ROW) ?? [];

describe('changes on recompute (SPEC §4.3)', () => {
  it('gives no changes on a month’s first compute, and says so in the log', () => {
    const { report, after } = computed(team());
    expect(report.recompute).toBe(false);
    expect(report.changes).toEqual([]);
    expect(report.totals).toEqual({ after: { employees: 4, salaryAdjustment: -90, award: 50 } });
    expect(logRows(after)).toHaveLength(1);
    expect(logRows(after)[0].slice(1, 7)).toEqual(['计算', '2026-11', '中文', 4, -90, 50]);
    expect(logRows(after)[0][9]).toBe('首次计算');
  });

  it('gives no changes when a month is computed again without any change', () => {
    const first = computed(team());
    const second = computed(first.after, 2);
    expect(second.report.recompute).toBe(true);
    expect(second.report.changes).toEqual([]);
    expect(second.report.totals?.before).toEqual(second.report.totals?.after);
    expect(logRows(second.after).map((row) => [row[1], row[9]])).toEqual([
      ['计算', '首次计算'],
      ['重新计算', '无变动'],
    ]);
  });

  it('voiding an appealed item changes exactly that employee, with the right before and after', () => {
    const first = computed(team());
    const voided = [violations[0], { ...violations[1], status: '作废' }];
    const edited = withSheet(first.after, team(voided), '违规');
    const second = computed(edited, 2);
    // 1001: 68 → 78 (C, −20); rank 4 → 3, which makes 1003 (78) share rank 3: unchanged.
    expect(second.report.changes).toEqual([
      {
        id: '1001',
        name: '王芳',
        before: { score: 68, grade: 'D', rank: 4, salaryAdjustment: -120, award: 0 },
        after: { score: 78, grade: 'C', rank: 3, salaryAdjustment: -20, award: 0 },
      },
    ]);
    expect(second.report.totals).toEqual({
      before: { employees: 4, salaryAdjustment: -90, award: 50 },
      after: { employees: 4, salaryAdjustment: 10, award: 50 },
    });
    expect(logRows(second.after)[1][9]).toBe('1 人变动:1001 王芳(考核分 68→78,等级 D→C,排名 4→3,工资浮动 −120→−20)');
  });

  it('lists an employee added to the month and changes nobody else', () => {
    const first = computed(team());
    // 钱七 has an S03 (20): 60, last, so nobody else's rank moves.
    const added = team([...violations, entryRow({ employeeId: 1005, code: 'S03' })], [employeeRow({ id: 1005, name: '钱七', hireDate: '2025-01-01' })]);
    const { report } = computed(withSheet(withSheet(first.after, added, '员工'), added, '违规'), 2);
    expect(report.changes).toEqual([
      { id: '1005', name: '钱七', before: null, after: { score: 60, grade: 'E', rank: 5, salaryAdjustment: -200, award: 0 } },
    ]);
  });

  it('a policy change in preview moves the totals as expected, and only computing writes it', () => {
    const first = computed(team());
    // 12 a point instead of 10: −120 → −144, −20 → −24, +50 → +60.
    const edited = withParameter(first.after, 'salary.perPoint', 12);
    const preview = computeWorkbook(edited, { month: '2026-11', generatedAt: at(2) });
    expect(preview.totals).toEqual({
      before: { employees: 4, salaryAdjustment: -90, award: 50 },
      after: { employees: 4, salaryAdjustment: -108, award: 50 },
    });
    expect(preview.changes.map((change) => [change.id, change.before?.salaryAdjustment, change.after?.salaryAdjustment])).toEqual([
      ['1001', -120, -144],
      ['1003', -20, -24],
      ['1004', 50, 60],
    ]);
    // The preview is a report only: the workbook as read is unchanged until its plan is written.
    expect(readHistory(edited).rows.filter((row) => row.employeeId === '1001')[0].salaryAdjustment).toBe(-120);
    // Reverting the policy value before computing gives no changes at all.
    const reverted = computeWorkbook(withParameter(edited, 'salary.perPoint', 10), { month: '2026-11', generatedAt: at(2) });
    expect(reverted.changes).toEqual([]);
  });

  it('keeps the input and policy fingerprints apart in the log, so a policy change shows as one', () => {
    const first = computed(team());
    const second = computed(withParameter(first.after, 'salary.perPoint', 12), 2);
    const [one, two] = logRows(second.after);
    expect(two[7]).toBe(one[7]);
    expect(two[8]).not.toBe(one[8]);
  });

  it('appends one row per writing compute and carries every earlier row forward as it was', () => {
    let grids = team();
    const seen: (readonly CellValue[])[][] = [];
    for (let day = 1; day <= 4; day++) {
      grids = computed(grids, day).after;
      const rows = readLog(grids)?.rows ?? [];
      for (const earlier of seen) expect(rows.slice(0, earlier.length)).toEqual(earlier);
      seen.push([...rows]);
    }
    expect(logRows(grids)).toHaveLength(4);
  });

  it('has no changes and no totals when the data has errors', () => {
    const first = computed(team());
    const broken = withSheet(first.after, team([entryRow({ employeeId: 1001, code: 'L99' })]), '违规');
    const report = computeWorkbook(broken, { month: '2026-11', generatedAt: at(2) });
    expect(report.ok).toBe(false);
    expect(report.changes).toEqual([]);
    expect(report.totals).toBeUndefined();
    expect(report.plan).toBeUndefined();
  });
});
