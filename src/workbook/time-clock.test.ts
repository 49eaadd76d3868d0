import type { CellValue, SheetGrid, WorkbookGrids } from './grid';
import { computeWorkbook } from './pipeline';
import { detailsColumns } from './layout/detail-rows';
import { employeeRow, grid, punchRow, scheduleGrid, templateSheet, type FieldRow } from './read/fixtures';

/**
 * A team on a time clock, read and computed from its sheets (SPEC §2.1, §3.1a, §4): the
 * template's Employees and Violations, a Punches sheet (punch time in column C) and the
 * schedule of November 2026, days 1 to 4 in columns C to F. Each bad input has its code at
 * its cell.
 */
const generatedAt = new Date(2026, 11, 1, 9, 30);

function workbook(punches: readonly FieldRow[], schedule: readonly (readonly CellValue[])[], extra: readonly SheetGrid[] = [], employees = [employeeRow(), employeeRow({ id: 1002, name: '李雷' })]): WorkbookGrids {
  return {
    sheets: [
      templateSheet('employees', employees),
      templateSheet('violations', []),
      templateSheet('punches', punches),
      scheduleGrid('排班 2026-11', [1, 2, 3, 4], schedule),
      ...extra,
    ],
  };
}

const compute = (grids: WorkbookGrids) => computeWorkbook(grids, { month: '2026-11', generatedAt });
const at = (day: number, time: string) => `2026-11-0${day} ${time}`;
/** The issues of the month's rows; the month before has no history in these workbooks, which is beside the point. */
const rowIssues = (report: ReturnType<typeof compute>) => report.issues.filter((issue) => issue.code !== 'NO_HISTORY_PREVIOUS_MONTH');
const where = (report: ReturnType<typeof compute>) => rowIssues(report).map((issue) => `${issue.severity} ${issue.code} ${issue.sheet}!${issue.cell}`);

describe('a month from punches and the schedule, read and computed', () => {
  it('computes a clean month, and its header line counts the punches read and the days judged from them', () => {
    const report = compute(workbook([punchRow({ punchTime: at(3, '08:25') }), punchRow({ punchTime: at(3, '17:40') })], [[1001, '王芳', null, null, 'D', '休']]));
    expect(where(report)).toEqual([]);
    const details = report.plan?.sheets.find((sheet) => sheet.name === '明细 2026-11');
    expect(details?.rows[1][0]).toMatch(/打卡 2 条打卡、排班 2026-11 1 天按打卡判定$/);
    expect(report.counts).toMatchObject({ punches: 2, schedule: 1 });
  });

  it('lists a late day in the details with its two punches and their rows, linked to the schedule’s cell', () => {
    const report = compute(
      workbook([punchRow({ punchTime: at(3, '08:37') }), punchRow({ punchTime: at(3, '12:00') }), punchRow({ punchTime: at(3, '17:35'), source: '自助补卡' })], [[1001, '王芳', null, null, 'D']]),
    );
    const details = report.plan?.sheets.find((sheet) => sheet.name === '明细 2026-11');
    const row = details?.rows.find((cells) => cells[detailsColumns.indexOf('code')] === 'L04');
    expect(row?.[detailsColumns.indexOf('basis')]).toBe('迟到 7 分钟');
    expect(row?.[detailsColumns.indexOf('note')]).toBe('上班 08:37(打卡!C2)\n下班 17:35(打卡!C4,自助补卡)');
    expect(row?.[detailsColumns.indexOf('source')]).toBe("'排班 2026-11'!E2");
    expect(details?.hyperlinks).toContainEqual(expect.objectContaining({ sheet: '排班 2026-11', targetCell: 'E2' }));
    // A punch a line, each whole in the wider note of a month from punches.
    const note = detailsColumns.indexOf('note');
    expect(details?.columns[note].width).toBe(28);
    expect(details?.rowHeights).toContainEqual({ row: (details?.rows.indexOf(row as never) ?? 0) + 1, height: 30 });
  });

  it('ignores a void punch', () => {
    const report = compute(workbook([punchRow({ punchTime: at(3, '08:25') }), punchRow({ punchTime: at(3, '17:40'), status: '作废' })], [[1001, '王芳', null, null, 'D']]));
    expect(where(report)).toEqual(['error MISSING_CLOCK_OUT 排班 2026-11!E2']);
  });

  it('lets an Attendance row replace a scheduled day', () => {
    const attendance = templateSheet('attendance', [{ date: '2026-11-03', employeeId: 1001, status: '请假' }]);
    const report = compute(workbook([], [[1001, '王芳', null, null, 'D']], [attendance]));
    expect(report.ok).toBe(true);
    expect(report.result?.employees[0].items).toEqual([]);
  });

  it('reports each bad input at its cell (SPEC §3.1a)', () => {
    const report = compute(
      workbook(
        [
          punchRow({ punchTime: '2026-11-03 25:10' }),
          punchRow({ punchTime: at(1, '08:29') }),
          punchRow({ punchTime: at(2, '10:00') }),
          punchRow({ employeeId: 9001, punchTime: at(1, '08:00') }),
          punchRow({ employeeId: 9001, punchTime: at(1, '17:00') }),
        ],
        [
          [1001, '王芳', 'D', '休', 'Z'],
          [1999, '无名', 'D'],
          [1002, '李雷', null, null, null, 'D'],
        ],
        [],
        [employeeRow(), employeeRow({ id: 1002, name: '李雷', leaveDate: '2026-11-03' })],
      ),
    );
    expect(report.ok).toBe(false);
    expect(where(report)).toEqual([
      'error INVALID_DATETIME 打卡!C2',
      'warning PUNCH_OUTSIDE_SCHEDULE 打卡!C4',
      'warning UNKNOWN_PUNCH_ID 打卡!A5',
      'error MISSING_CLOCK_OUT 排班 2026-11!C2',
      'error UNKNOWN_SHIFT 排班 2026-11!E2',
      'error UNKNOWN_EMPLOYEE 排班 2026-11!A3',
      'error ATTENDANCE_OUTSIDE_EMPLOYMENT 排班 2026-11!F4',
    ]);
  });

  it('does not echo an unreadable employee row as an unknown ID of the time clock', () => {
    const report = compute(workbook([punchRow({ employeeId: 1003, punchTime: at(1, '08:00') })], [[1001, '王芳']], [], [employeeRow(), employeeRow({ id: 1003, hireDate: 'soon' })]));
    expect(where(report)).toEqual(['error INVALID_DATE 员工!E3']);
  });
});

describe('DingTalk’s daily report read as Attendance (SPEC §2)', () => {
  const header = ['姓名', '工号', '日期', '班次', '上班1打卡时间', '下班1打卡时间'];
  const report = (rows: readonly (readonly CellValue[])[]) =>
    compute({ sheets: [templateSheet('employees', [employeeRow()]), templateSheet('violations', []), grid('每日统计', [header, ...rows])] });

  it('takes 次日 01:05 as a late shift’s clock-out on time', () => {
    const computed = report([['王芳', 1001, '26-11-03 星期二', '晚班 16:00-01:00', '15:58', '次日 01:05']]);
    expect(where(computed)).toEqual([]);
    expect(computed.result?.employees[0].items).toEqual([]);
  });

  it('takes 缺卡 as a missing punch: an error at its cell', () => {
    expect(where(report([['王芳', 1001, '26-11-03 星期二', '白班', '08:29', '缺卡']]))).toEqual(['error MISSING_CLOCK_OUT 每日统计!F2']);
  });

  it('asks for the times when a shift name is shared', () => {
    const computed = report([['王芳', 1001, '26-11-03 星期二', '晚班', '15:58', '次日 01:05']]);
    expect(rowIssues(computed)[0]).toMatchObject({ code: 'UNKNOWN_SHIFT', cell: 'D2', params: { shift: '晚班', sharedBy: 'N, L' } });
  });
});
