import type { Issue } from '../../engine/issues';
import type { SheetGrid } from '../grid';
import { grid, NOVEMBER_1, scheduleGrid } from './fixtures';
import { readSchedule, scheduleSheetMonth } from './read-schedule';

function read(sheets: readonly SheetGrid[], month = '2026-11') {
  const issues: Issue[] = [];
  return { ...readSchedule({ sheets }, month, issues), issues };
}

const shiftsOf = (result: ReturnType<typeof read>) => result.rows.map((row) => [row.employeeId, row.shifts.map((shift) => `${shift.date} ${shift.shift} ${shift.column}`)]);

describe('readSchedule (SPEC §2.1)', () => {
  it('reads a shift per day cell, by day numbers of the month, with the cell’s column', () => {
    const result = read([scheduleGrid('排班', [1, 2, 3], [[1001, '王芳', 'D', 'd', null]])]);
    expect(result.issues).toEqual([]);
    expect(shiftsOf(result)).toEqual([['1001', ['2026-11-01 D C', '2026-11-02 D D']]]);
    expect(result.rows[0].ref).toEqual({ sheet: '排班', row: 2, columns: { employeeId: 'A', name: 'B' } });
    expect(result.shiftCount).toBe(2);
    expect(result.sheet?.grid.name).toBe('排班');
  });

  it('reads day headers as date cells and as texts in each common form', () => {
    const result = read([scheduleGrid('Schedule', [NOVEMBER_1 + 2, '2026-11-04', '11/5', '11月6日', '7日', '8 周日'], [['1001', 'Wang', 'D', 'E', 'L', 'N', 'D', 'D']], 'Employee ID')]);
    expect(shiftsOf(result)[0][1]).toEqual(['2026-11-03 D C', '2026-11-04 E D', '2026-11-05 L E', '2026-11-06 N F', '2026-11-07 D G', '2026-11-08 D H']);
  });

  it('schedules nothing on a blank cell or a rest marker', () => {
    const result = read([scheduleGrid('排班', [1, 2, 3, 4, 5, 6, 7, 8], [[1001, '王芳', '休', '休息', 'rest', 'OFF', 'R', '-', ' ', 'D']])]);
    expect(shiftsOf(result)).toEqual([['1001', ['2026-11-08 D J']]]);
  });

  it('keeps a shift written by name, or by name and times, as written', () => {
    const result = read([scheduleGrid('排班', [1, 2], [[1001, '王芳', '白班', '晚班 16:00-01:00']])]);
    expect(shiftsOf(result)).toEqual([['1001', ['2026-11-01 白班 C', '2026-11-02 晚班 16:00-01:00 D']]]);
  });

  it('ignores the columns of other months and the columns that are no day', () => {
    const result = read([scheduleGrid('排班', ['2026-10-30', '2026-11-01', '2026-12-02', '合计'], [[1001, '王芳', 'D', 'E', 'L', '22']])]);
    expect(shiftsOf(result)).toEqual([['1001', ['2026-11-01 E D']]]);
  });

  it('prefers the month’s own sheet to the sheet for every month', () => {
    const result = read([scheduleGrid('排班', [1], [[1001, '王芳', 'D']]), scheduleGrid('排班 2026-11', [1], [[1001, '王芳', 'E']])]);
    expect(result.sheet?.grid.name).toBe('排班 2026-11');
    // The sheet for every month is December's schedule too, whose first day lies beside November.
    expect(shiftsOf(result)).toEqual([
      ['1001', ['2026-11-01 E C']],
      ['1001', ['2026-12-01 D C']],
    ]);
  });

  it('takes the days beside the month from the sheets of their own months, quietly', () => {
    const result = read([
      scheduleGrid('排班 2026-10', [30, 31], [[1001, '王芳', 'D', 'L'], [null, null, 'D', 'Z']]),
      scheduleGrid('排班 2026-11', [1, 30], [[1001, '王芳', 'D', 'N']]),
      scheduleGrid('Schedule 2026-12', ['12/1', '12/2'], [[1001, 'Wang', 'E', 'E']]),
    ]);
    expect(result.issues).toEqual([]);
    expect(shiftsOf(result)).toEqual([
      ['1001', ['2026-11-01 D C', '2026-11-30 N D']],
      ['1001', ['2026-10-31 L D']],
      ['1001', ['2026-12-01 E C']],
    ]);
    expect(result.shiftCount).toBe(2);
  });

  it('takes the days beside the month from one sheet of dated columns for several months', () => {
    const result = read([scheduleGrid('排班', ['2026-10-31', '2026-11-01', '2026-12-01'], [[1001, '王芳', 'L', 'D', 'E']])]);
    expect(shiftsOf(result)).toEqual([['1001', ['2026-10-31 L C', '2026-11-01 D D', '2026-12-01 E E']]]);
    expect(result.shiftCount).toBe(1);
  });

  it('finds the header below title rows', () => {
    const result = read([grid('排班 2026-11', [['十一月排班表'], [null, null, '日', '一'], ['工号', '姓名', 1, 2], ['1001', '王芳', 'D', 'D']])]);
    expect(shiftsOf(result)).toEqual([['1001', ['2026-11-01 D C', '2026-11-02 D D']]]);
    expect(result.rows[0].ref.row).toBe(4);
  });

  it('reports a row with shifts but no ID at its ID cell, and skips blank rows', () => {
    const result = read([scheduleGrid('排班', [1], [[null, '王芳', 'D'], [null, null, null], ['1002', '李雷', null]])]);
    expect(result.issues).toEqual([{ severity: 'error', code: 'MISSING_VALUE', sheet: '排班', cell: 'A2', params: { column: '工号' } }]);
    expect(result.rows.map((row) => row.employeeId)).toEqual(['1002']);
  });

  it('reports a schedule without a column of the month at its header', () => {
    const result = read([scheduleGrid('排班 2026-11', ['2026-10-01'], [[1001, '王芳', 'D']])]);
    expect(result.issues.map((issue) => [issue.code, issue.cell])).toEqual([['MISSING_COLUMN', 'A1']]);
  });

  it('reports a schedule sheet without an ID column', () => {
    const result = read([grid('排班', [['姓名', 1, 2], ['王芳', 'D', 'D']])]);
    expect(result.issues.map((issue) => issue.code)).toEqual(['MISSING_COLUMN']);
    expect(result.rows).toEqual([]);
  });

  it('finds no schedule in a workbook without one', () => {
    expect(read([grid('员工', [])])).toEqual({ rows: [], sheet: undefined, shiftCount: 0, issues: [] });
  });
});

describe('scheduleSheetMonth', () => {
  it.each([
    ['排班 2026-11', '2026-11'],
    ['Schedule 2026-12', '2026-12'],
    ['排班2026-11', '2026-11'],
    [' schedule  2026-11 ', '2026-11'],
    ['排班表 2026-11', '2026-11'],
  ])('reads the month of %s', (name, month) => {
    expect(scheduleSheetMonth(name)).toBe(month);
  });

  it.each(['排班', '考核 2026-11', '排班 2026-1', 'Schedules 2026-11'])('finds no month in %s', (name) => {
    expect(scheduleSheetMonth(name)).toBeUndefined();
  });
});
