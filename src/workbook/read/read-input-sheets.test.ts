import { attendanceRow, employeeRow, entryRow, grid, kpiRow, NOVEMBER_1, punchRow, scheduleGrid, serialTime, templateSheet, templateWorkbook } from './fixtures';
import { readInputSheets } from './read-input-sheets';

const MONTH = '2026-11';

describe('readInputSheets', () => {
  it('reads a workbook laid out as the Chinese template', () => {
    const grids = templateWorkbook({
      employees: [employeeRow()],
      attendance: [attendanceRow()],
      violations: [entryRow()],
      merits: [entryRow({ code: 'B03' })],
      kpi: [kpiRow()],
    });
    const read = readInputSheets(grids, MONTH);
    expect(read.issues).toEqual([]);
    expect(read.employees.map((employee) => employee.id)).toEqual(['1001']);
    expect(read.attendance).toHaveLength(1);
    expect(read.entries.map((entry) => [entry.sheet, entry.code])).toEqual([
      ['violations', 'L01'],
      ['merits', 'B03'],
    ]);
    expect(read.kpi).toHaveLength(1);
    expect(read.shifts).toBeUndefined();
    expect(read.language).toBe('zh');
    expect(read.sheetNames).toEqual({ employees: '员工', attendance: '考勤', violations: '违规', merits: '加分', kpi: '指标', shifts: undefined, punches: undefined, schedule: undefined });
  });

  it('reads a workbook laid out as the English template, and says it is English', () => {
    const read = readInputSheets(templateWorkbook({ employees: [employeeRow()], attendance: [attendanceRow()] }, 'en'), MONTH);
    expect(read.issues).toEqual([]);
    expect(read.language).toBe('en');
    expect(read.sheetNames).toMatchObject({ employees: 'Employees', attendance: 'Attendance', violations: 'Violations' });
    expect(read.attendance[0].ref.sheet).toBe('Attendance');
  });

  it('finds sheets by names in mixed case, full width and with spaces around', () => {
    const read = readInputSheets(
      { sheets: [grid(' EMPLOYEES ', [['ID', 'Name', 'Hire date']]), grid('ａｔｔｅｎｄａｎｃｅ', [['Date', 'ID']]), grid('违规 ', [['日期', '工号', '代码']])] },
      MONTH,
    );
    expect(read.issues).toEqual([]);
    expect(read.sheetNames).toMatchObject({ employees: ' EMPLOYEES ', attendance: 'ａｔｔｅｎｄａｎｃｅ', violations: '违规 ' });
  });

  it('reads shuffled columns under a header on row 5, ignoring extra columns and blank rows', () => {
    const employees = grid('员工', [
      ['客服部员工名单'],
      [],
      ['更新: 2026-11-01'],
      [],
      ['序号', ' 入职日期 ', 'ＩＤ', 'employee NAME', '手机', '组别'],
      [1, NOVEMBER_1 - 400, '１００１', '王芳', '138…', '一组'],
      [null, null, null, null, null, null],
      [2, '2024/5/6', 1002, '李雷', '139…', null],
    ]);
    const read = readInputSheets({ sheets: [employees, templateSheet('attendance', []), templateSheet('violations', [])] }, MONTH);
    expect(read.issues).toEqual([]);
    expect(read.employees.map(({ id, name, team, hireDate, ref }) => ({ id, name, team, hireDate, row: ref.row, columns: ref.columns }))).toEqual([
      { id: '1001', name: '王芳', team: '一组', hireDate: '2025-09-27', row: 6, columns: { hireDate: 'B', id: 'C', name: 'D', team: 'F' } },
      { id: '1002', name: '李雷', team: undefined, hireDate: '2024-05-06', row: 8, columns: { hireDate: 'B', id: 'C', name: 'D', team: 'F' } },
    ]);
    expect(read.counts.employees).toBe(2);
  });

  it('finds columns by their English headers and aliases in any spelling', () => {
    const attendance = grid('考勤', [
      ['Status', 'clock-out', 'CLOCK IN', 'shift', 'Employee ID', 'DATE'],
      ['休息', null, null, null, 1001, NOVEMBER_1],
      [null, '17:31', '8:29', 'E', '1001', '2026-11-02'],
    ]);
    const read = readInputSheets({ sheets: [templateSheet('employees', [employeeRow()]), attendance, templateSheet('violations', [])] }, MONTH);
    expect(read.issues).toEqual([]);
    expect(read.attendance.map(({ employeeId, status, shift, clockIn, clockOut }) => ({ employeeId, status, shift, clockIn, clockOut }))).toEqual([
      { employeeId: '1001', status: 'rest', shift: undefined, clockIn: undefined, clockOut: undefined },
      { employeeId: '1001', status: undefined, shift: 'E', clockIn: { minuteOfDay: 509 }, clockOut: { minuteOfDay: 1051 } },
    ]);
  });

  it('reads the ID 1001 written as a number and as text as one ID', () => {
    const read = readInputSheets(
      templateWorkbook({ employees: [employeeRow({ id: 1001 })], attendance: [attendanceRow({ employeeId: '1001' }), attendanceRow({ employeeId: ' １００１' })] }),
      MONTH,
    );
    expect(new Set([read.employees[0].id, ...read.attendance.map((row) => row.employeeId)])).toEqual(new Set(['1001']));
  });

  it('names the employees whose rows could not be read', () => {
    const read = readInputSheets(templateWorkbook({ employees: [employeeRow({ hireDate: 'x' }), employeeRow({ id: 1002 })] }), MONTH);
    expect(read.unreadableEmployeeIds).toEqual(['1001']);
    expect(read.employees.map((employee) => employee.id)).toEqual(['1002']);
  });

  it('reports each missing required sheet, and not the optional ones', () => {
    const read = readInputSheets({ sheets: [templateSheet('attendance', [])] }, MONTH);
    expect(read.issues).toEqual([
      { severity: 'error', code: 'MISSING_SHEET', params: { sheet: '员工 / Employees' } },
      { severity: 'error', code: 'MISSING_SHEET', params: { sheet: '违规 / Violations' } },
    ]);
  });

  it('counts the rows of the month per sheet and all employees', () => {
    const grids = templateWorkbook({
      employees: [employeeRow({ id: 1 }), employeeRow({ id: 2 }), employeeRow({ id: 3 })],
      attendance: [attendanceRow(), attendanceRow({ date: '2026-10-30' }), attendanceRow({ date: '2026-11-30', status: '迟到' })],
      violations: [entryRow(), entryRow({ date: '2026-12-01' })],
      merits: [entryRow({ code: 'B04' })],
      kpi: [kpiRow(), kpiRow({ month: '2026-10' })],
    });
    expect(readInputSheets(grids, MONTH).counts).toEqual({ employees: 3, attendance: 2, violations: 1, merits: 1, kpi: 1, punches: 0, schedule: 0 });
  });

  it('returns the Shifts sheet when it has rows, replacing the default table', () => {
    const read = readInputSheets(templateWorkbook({ shifts: [{ code: 'D', start: serialTime(9, 0), end: serialTime(18, 0), breakMinutes: 60 }] }), MONTH);
    expect(read.shifts).toEqual([{ code: 'D', name: { zh: 'D', en: 'D' }, start: 540, end: 1080, breakMinutes: 60 }]);
    expect(read.sheetNames.shifts).toBe('班次');
  });

  it('takes an entirely empty optional sheet as absent, and an empty required one as lacking its columns', () => {
    const read = readInputSheets({ sheets: [templateSheet('employees', []), grid('考勤', [[null, '  ']]), templateSheet('violations', []), grid('加分', [])] }, MONTH);
    expect(read.issues.map((issue) => `${issue.sheet}!${issue.cell} ${issue.code}`)).toEqual([
      '考勤!A1 MISSING_COLUMN',
      '考勤!A1 MISSING_COLUMN',
    ]);
    expect(read.sheetNames.merits).toBe('加分');
  });

  it('returns no shifts when the Shifts sheet holds only its header', () => {
    expect(readInputSheets(templateWorkbook({ shifts: [] }), MONTH).shifts).toBeUndefined();
  });

  it('lists issues in sheet order, then row order, collecting all of them', () => {
    const grids = templateWorkbook({
      employees: [employeeRow({ name: null }), employeeRow({ id: 1002, hireDate: 'x' })],
      attendance: [attendanceRow({ status: '?' }), attendanceRow({ date: 'y' })],
      violations: [entryRow({ status: '?' })],
      kpi: [kpiRow({ month: '?' })],
      shifts: [{ code: 'D', start: '?', end: '17:30' }],
    });
    const located = readInputSheets(grids, MONTH).issues.map((issue) => `${issue.sheet}!${issue.cell} ${issue.code}`);
    expect(located).toEqual([
      '员工!B2 MISSING_VALUE',
      '员工!E3 INVALID_DATE',
      '考勤!F2 INVALID_STATUS',
      '考勤!A3 INVALID_DATE',
      '违规!I2 INVALID_ENTRY_STATUS',
      '指标!A2 INVALID_MONTH',
      '班次!C2 INVALID_TIME',
    ]);
  });

  it('reports missing columns of a found sheet and reads the other sheets on', () => {
    const read = readInputSheets(
      { sheets: [grid('员工', [['员工名单'], ['工号', '姓名']]), templateSheet('attendance', [attendanceRow()]), templateSheet('violations', [])] },
      MONTH,
    );
    expect(read.issues).toEqual([{ severity: 'error', code: 'MISSING_COLUMN', sheet: '员工', cell: 'A2', params: { column: '入职日期 / Hire date' } }]);
    expect(read.attendance).toHaveLength(1);
  });

  describe('with a time clock (SPEC §2.1)', () => {
    const clock = (sheets: ReturnType<typeof grid>[], withAttendance = false) => {
      const base = templateWorkbook({ employees: [employeeRow()], ...(withAttendance ? { attendance: [attendanceRow()] } : {}) });
      return { sheets: [...base.sheets.filter((sheet) => withAttendance || sheet.name !== '考勤'), ...sheets] };
    };

    it('needs no Attendance sheet when the month has a schedule', () => {
      const read = readInputSheets(clock([scheduleGrid('排班 2026-11', [1], [[1001, '王芳', 'D']]), templateSheet('punches', [punchRow()])]), MONTH);
      expect(read.issues).toEqual([]);
      expect(read.schedule.map((row) => row.shifts.length)).toEqual([1]);
      expect(read.punches).toHaveLength(1);
      expect(read.sheetNames).toMatchObject({ attendance: undefined, punches: '打卡', schedule: '排班 2026-11' });
      expect(read.counts).toMatchObject({ attendance: 0, punches: 1, schedule: 1 });
    });

    it('still needs Attendance when the schedule is another month’s', () => {
      const read = readInputSheets(clock([scheduleGrid('排班 2026-10', [1], [[1001, '王芳', 'D']])]), MONTH);
      expect(read.issues.map((issue) => issue.code)).toEqual(['MISSING_SHEET']);
    });

    it('reads Attendance beside the schedule, for the exceptions', () => {
      const read = readInputSheets(clock([scheduleGrid('Schedule', [1], [[1001, '王芳', 'D']])], true), MONTH);
      expect(read.attendance).toHaveLength(1);
      expect(read.schedule).toHaveLength(1);
    });
  });
});
