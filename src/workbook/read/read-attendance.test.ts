import type { Issue } from '../../engine/issues';
import { attendanceRow, grid, NOVEMBER_1, serialTime, templateSheet, type FieldRow } from './fixtures';
import { readAttendance } from './read-attendance';

function read(rows: readonly FieldRow[], month = '2026-11') {
  const issues: Issue[] = [];
  return { ...readAttendance(templateSheet('attendance', rows), month, issues), issues };
}

describe('readAttendance', () => {
  it('reads a present day with its shift and punches', () => {
    const { records, issues } = read([attendanceRow({ note: '  补卡 ' })]);
    expect(issues).toEqual([]);
    expect(records).toEqual([
      {
        date: '2026-11-02',
        employeeId: '1001',
        shift: 'D',
        clockIn: { minuteOfDay: 510 },
        clockOut: { minuteOfDay: 1050 },
        status: undefined,
        note: '补卡',
        ref: { sheet: '考勤', row: 2, columns: { date: 'A', employeeId: 'B', shift: 'C', clockIn: 'D', clockOut: 'E', status: 'F', note: 'G' } },
      },
    ]);
  });

  it('shares one column map among all the rows of the sheet', () => {
    const { records } = read([attendanceRow(), attendanceRow({ employeeId: 1002 })]);
    expect(records[0].ref.columns).toBe(records[1].ref.columns);
  });

  it('reads punches written as text, and as dates with times', () => {
    const { records } = read([attendanceRow({ clockIn: '8:31', clockOut: '2026-11-03 01:10' })]);
    expect(records[0].clockIn).toEqual({ minuteOfDay: 511 });
    expect(records[0].clockOut).toEqual({ minuteOfDay: 70, date: '2026-11-03' });
  });

  it('reads each status word', () => {
    const words = ['出勤', '正常', '请假', '休息', '旷工', '缺勤', 'Present', 'LEAVE', 'rest', 'absent'];
    const { records } = read(words.map((status, day) => attendanceRow({ date: NOVEMBER_1 + day, status })));
    expect(records.map((row) => row.status)).toEqual(['present', 'present', 'leave', 'rest', 'absent', 'absent', 'present', 'leave', 'rest', 'absent']);
  });

  it('upper-cases and half-widens the shift code', () => {
    const { records } = read([attendanceRow({ shift: ' ｄ ' })]);
    expect(records[0].shift).toBe('D');
  });

  it('reports an unknown status as an error at its cell and drops the row', () => {
    const { records, issues } = read([attendanceRow({ status: '迟到' })]);
    expect(issues).toEqual([{ severity: 'error', code: 'INVALID_STATUS', sheet: '考勤', cell: 'F2', params: { value: '迟到' } }]);
    expect(records).toEqual([]);
  });

  it('reports an unreadable punch at its cell', () => {
    const { issues } = read([attendanceRow({ clockIn: '8:75', clockOut: true })]);
    expect(issues.map((issue) => [issue.code, issue.cell, issue.params])).toEqual([
      ['INVALID_TIME', 'D2', { value: '8:75' }],
      ['INVALID_TIME', 'E2', { value: 'true' }],
    ]);
  });

  it('reports the same unreadable value again on each row it appears in', () => {
    const { issues } = read([attendanceRow({ clockIn: '8:75' }), attendanceRow({ clockIn: '8:75', employeeId: 1002 })]);
    expect(issues.map((issue) => issue.cell)).toEqual(['D2', 'D3']);
  });

  it('reports a blank employee ID under its header', () => {
    const { issues } = read([attendanceRow({ employeeId: null })]);
    expect(issues).toEqual([{ severity: 'error', code: 'MISSING_VALUE', sheet: '考勤', cell: 'B2', params: { column: '工号' } }]);
  });

  it('returns only the chosen month, from its first to its last day', () => {
    const dates = ['2026-10-31', '2026-11-01', '2026-11-30', '2026-12-01'];
    const { records, rowCount } = read(dates.map((date) => attendanceRow({ date })));
    expect(records.map((row) => row.date)).toEqual(['2026-11-01', '2026-11-30']);
    expect(rowCount).toBe(2);
  });

  it("does not validate other months' rows", () => {
    const { issues } = read([attendanceRow({ date: '2026-10-05', status: '迟到', clockIn: 'x', employeeId: null })]);
    expect(issues).toEqual([]);
  });

  it('reports an unreadable date on any row, whatever the month, and a blank one too', () => {
    const { issues } = read([attendanceRow({ date: '2026-10-32' }), attendanceRow({ date: null })]);
    expect(issues).toEqual([
      { severity: 'error', code: 'INVALID_DATE', sheet: '考勤', cell: 'A2', params: { value: '2026-10-32' } },
      { severity: 'error', code: 'MISSING_VALUE', sheet: '考勤', cell: 'A3', params: { column: '日期' } },
    ]);
  });

  it('skips blank rows and keeps the row numbers of the rest', () => {
    const sheet = grid('考勤', [
      ['日期', '工号', '班次', '上班打卡', '下班打卡'],
      [NOVEMBER_1, 1001, 'D', serialTime(8, 30), serialTime(17, 30)],
      [null, '', '  ', null],
      [],
      [NOVEMBER_1, 1002, 'D', serialTime(8, 30), serialTime(17, 30)],
    ]);
    const issues: Issue[] = [];
    const { records, rowCount } = readAttendance(sheet, '2026-11', issues);
    expect(records.map((row) => row.ref.row)).toEqual([2, 5]);
    expect(rowCount).toBe(2);
    expect(issues).toEqual([]);
  });
});

describe('readAttendance: DingTalk’s daily report (每日统计), as it is exported (SPEC §2)', () => {
  /** The report's title rows, then its header; columns the rules do not use are ignored. */
  const header = ['姓名', '考勤组', '部门', '工号', '职位', 'UserId', '日期', '班次', '上班1打卡时间', '上班1打卡结果', '下班1打卡时间', '下班1打卡结果'];
  const report = (rows: readonly (readonly (string | number | null)[])[]) =>
    grid('每日统计', [['每日统计 统计日期：2026-11-01 至 2026-11-30'], [], header, ...rows.map((row) => ['王芳', '客服组', '客服部', 1001, '客服', 'u123', ...row])]);
  function readReport(rows: readonly (readonly (string | number | null)[])[]) {
    const issues: Issue[] = [];
    return { ...readAttendance(report(rows), '2026-11', issues), issues };
  }

  it('reads its headers, a date with its weekday and a shift written as name and times', () => {
    const { records, issues } = readReport([['26-11-03 星期二', '白班 08:30-17:30', '08:29', '正常', '17:31', '正常']]);
    expect(issues).toEqual([]);
    expect(records[0]).toMatchObject({ date: '2026-11-03', employeeId: '1001', shift: '白班 08:30-17:30', clockIn: { minuteOfDay: 509 }, clockOut: { minuteOfDay: 1051 } });
    expect(records[0].ref).toMatchObject({ row: 4, columns: { date: 'G', shift: 'H', clockIn: 'I', clockOut: 'K' } });
  });

  it('reads 次日 01:05 as 01:05 on the next day', () => {
    const { records } = readReport([['2026-11-03 星期二', '晚班 16:00-01:00', '15:58', '正常', '次日 01:05', '正常']]);
    expect(records[0].clockOut).toEqual({ minuteOfDay: 65, date: '2026-11-04' });
  });

  it('reads 昨日 23:55 as 23:55 on the day before', () => {
    const { records } = readReport([['2026-11-03 星期二', '白班', '昨日 23:55', '正常', '17:30', '正常']]);
    expect(records[0].clockIn).toEqual({ minuteOfDay: 1435, date: '2026-11-02' });
  });

  it('reads 缺卡 and 未打卡 as no punch, without an error', () => {
    const { records, issues } = readReport([
      ['2026-11-03 星期二', '白班', '08:29', '正常', '缺卡', '缺卡'],
      ['2026-11-04 星期三', '白班', '未打卡', '缺卡', '17:30', '正常'],
    ]);
    expect(issues).toEqual([]);
    expect(records.map((row) => [row.clockIn, row.clockOut])).toEqual([
      [{ minuteOfDay: 509 }, undefined],
      [undefined, { minuteOfDay: 1050 }],
    ]);
  });

  it('reads 班次 休息 as a rest day', () => {
    const { records } = readReport([['2026-11-08 星期日', '休息', null, null, null, null]]);
    expect(records[0]).toMatchObject({ status: 'rest', shift: undefined });
  });

  it('reports a date whose weekday is not its own', () => {
    const { issues } = readReport([['2026-11-03 星期三', '白班', '08:29', '正常', '17:30', '正常']]);
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([['INVALID_DATE', 'G4']]);
  });
});
