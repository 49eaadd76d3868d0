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
