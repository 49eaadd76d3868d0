import type { EmployeeResult } from '../../engine/results';
import fc from 'fast-check';
import type { CellValue } from '../grid';
import { dateSerial } from '../layout/excel-serial';
import { computeWorkbook } from '../pipeline';
import { inputSheet, type InputSheetKey } from '../schema';
import type { SheetSpec, WritePlan } from '../sheet-spec';
import { sampleWorkbookPlan, type SampleOptions } from './sample-plan';

const months = ['2026-10', '2026-11'];
const options: SampleOptions = { employees: 36, months, seed: 7, lang: 'zh' };
const plan = sampleWorkbookPlan(options);

function sheet(from: WritePlan, key: InputSheetKey): SheetSpec {
  const found = from.sheets.find((each) => each.name === inputSheet(key).zh || each.name === inputSheet(key).en);
  if (!found) throw new Error(`no ${key} sheet`);
  return found;
}

/** The data rows of a sheet as records by field name. */
function records(from: WritePlan, key: InputSheetKey): Record<string, CellValue>[] {
  const fields = inputSheet(key).columns.map((column) => column.field);
  return sheet(from, key)
    .rows.slice(1)
    .map((row) => Object.fromEntries(fields.map((field, index) => [field, row[index]])));
}

/** Reads and computes a month of a sample as the add-in would, with no history. */
function computeSample(from: WritePlan, month: string) {
  const grids = { sheets: from.sheets.map((each) => ({ name: each.name, rows: each.rows })) };
  const report = computeWorkbook(grids, { month, generatedAt: new Date('2026-12-01T09:00:00Z') });
  return { errors: report.issues.filter((issue) => issue.severity === 'error'), result: report.result, plan: report.plan };
}

const minuteOf = (serial: number): number => Math.floor(Math.round(serial * 86_400) / 60);

describe('sampleWorkbookPlan', () => {
  it('is the same for the same seed and differs for another', () => {
    expect(sampleWorkbookPlan(options)).toEqual(plan);
    expect(sampleWorkbookPlan({ ...options, seed: 8 })).not.toEqual(plan);
  });

  it('writes the input sheets with the headers of the language', () => {
    const english = sampleWorkbookPlan({ ...options, lang: 'en' });
    expect(plan.sheets.map((each) => each.name)).toEqual(['员工', '考勤', '违规', '加分', '指标', '班次']);
    expect(english.sheets.map((each) => each.name)).toEqual(['Employees', 'Attendance', 'Violations', 'Merits', 'KPI', 'Shifts']);
    expect(sheet(plan, 'attendance').rows[0]).toEqual(['日期', '工号', '班次', '上班打卡', '下班打卡', '状态', '备注']);
    expect(sheet(english, 'employees').rows[0]).toEqual(['Employee ID', 'Name', 'Team', 'Role', 'Hire date', 'Leave date']);
    expect(plan.activate).toBe('员工');
  });

  it('keeps IDs as text, dates as serials with a date format and punches as fractions with hh:mm', () => {
    const attendance = sheet(plan, 'attendance');
    expect(attendance.columns[0].numberFormat).toBe('yyyy-mm-dd');
    expect(attendance.columns[1].text).toBe(true);
    expect(attendance.columns[3].numberFormat).toBe('hh:mm');
    const first = records(plan, 'attendance')[0];
    expect(first.date).toBe(dateSerial('2026-10-01'));
    expect(typeof first.employeeId).toBe('string');
    const punches = records(plan, 'attendance').filter((row) => row.clockIn !== null);
    expect(punches.every((row) => (row.clockIn as number) >= 0 && (row.clockIn as number) < 1)).toBe(true);
  });

  it('staffs three teams of agents with their leads, a trainer and reception', () => {
    const employees = records(plan, 'employees');
    expect(employees).toHaveLength(36);
    expect(new Set(employees.map((row) => row.id)).size).toBe(36);
    expect(new Set(employees.map((row) => row.name)).size).toBe(36);
    expect(new Set(employees.map((row) => row.team).filter(Boolean))).toEqual(new Set(['一组', '二组', '三组']));
    const roles = employees.map((row) => row.role);
    expect(roles.filter((role) => role === '组长')).toHaveLength(3);
    expect(roles.filter((role) => role === '培训专员')).toHaveLength(1);
    expect(roles.filter((role) => role === '现场接待')).toHaveLength(1);
    expect(roles.filter((role) => role === '客服')).toHaveLength(31);
  });

  it('has newcomers hired within the months and one person leaving mid-month', () => {
    const employees = records(plan, 'employees');
    const hiredWithin = employees.filter((row) => (row.hireDate as number) >= dateSerial('2026-10-01'));
    expect(hiredWithin.length).toBeGreaterThanOrEqual(2);
    const leavers = employees.filter((row) => row.leaveDate !== null);
    expect(leavers.map((row) => row.leaveDate)).toEqual([dateSerial('2026-11-15')]);
  });

  it('has one attendance row per employee per day employed, and none outside employment', () => {
    const employees = records(plan, 'employees');
    const attendance = records(plan, 'attendance');
    const keys = attendance.map((row) => `${row.employeeId}|${row.date}`);
    expect(new Set(keys).size).toBe(keys.length);
    let expected = 0;
    for (const employee of employees) {
      const first = Math.max(employee.hireDate as number, dateSerial('2026-10-01'));
      const last = Math.min((employee.leaveDate as number | null) ?? Infinity, dateSerial('2026-11-30'));
      expected += Math.max(0, last - first + 1);
      const rows = attendance.filter((row) => row.employeeId === employee.id);
      expect(rows.every((row) => (row.date as number) >= first && (row.date as number) <= last)).toBe(true);
    }
    expect(attendance).toHaveLength(expected);
  });

  it('gives everyone two rest days a week', () => {
    const attendance = records(plan, 'attendance').filter((row) => row.employeeId === '1020');
    const firstWeek = attendance.filter((row) => (row.date as number) < dateSerial('2026-10-08'));
    expect(firstWeek.filter((row) => row.status === '休息')).toHaveLength(2);
  });

  it('has overnight shifts whose clock-out falls after midnight', () => {
    const overnight = records(plan, 'attendance').filter((row) => row.shift === 'L' && row.clockOut !== null);
    expect(overnight.length).toBeGreaterThan(20);
    expect(overnight.every((row) => (row.clockOut as number) < (row.clockIn as number))).toBe(true);
    expect(new Set(records(plan, 'attendance').map((row) => row.shift))).toEqual(new Set([null, 'D', 'E', 'N', 'L']));
  });

  it('has late punches of 1–5 minutes, fewer of 6–10 and a few over 10, and leave and absent days', () => {
    const starts: Record<string, number> = { D: 510, E: 480, N: 1050, L: 960 };
    const late = records(plan, 'attendance')
      .filter((row) => row.clockIn !== null)
      .map((row) => minuteOf(row.clockIn as number) - starts[row.shift as string])
      .filter((minutes) => minutes > 0);
    const small = late.filter((minutes) => minutes <= 5).length;
    const medium = late.filter((minutes) => minutes > 5 && minutes <= 10).length;
    const large = late.filter((minutes) => minutes > 10).length;
    expect(small).toBeGreaterThan(medium);
    expect(medium).toBeGreaterThan(0);
    expect(large).toBeGreaterThan(0);
    expect(large).toBeLessThan(medium + small);
    const statuses = records(plan, 'attendance').map((row) => row.status);
    expect(statuses).toContain('请假');
    expect(statuses).toContain('旷工');
  });

  it('records violations of every category, with points, an amount, times and a voided row', () => {
    const violations = records(plan, 'violations');
    const codes = new Set(violations.map((row) => row.code));
    for (const code of ['L08', 'L09', 'L14', 'M01', 'M03', 'M06', 'S02', 'S04', 'S06', 'X01']) expect(codes).toContain(code);
    expect(violations.find((row) => row.code === 'L09')?.points).toBe(1);
    expect(violations.find((row) => row.code === 'S04')?.amount).toBe(600);
    expect(violations.find((row) => row.code === 'L10')?.times).toBe(2);
    expect(violations.filter((row) => row.code === 'X01')).toHaveLength(1);
    expect(violations.filter((row) => row.status === '撤销').length).toBeGreaterThan(0);
    for (const derived of ['L04', 'S01', 'S05', 'M07', 'B01', 'B02', 'B05']) expect(codes).not.toContain(derived);
  });

  it('records merits and a reasoned adjustment for every team lead each month', () => {
    const merits = records(plan, 'merits');
    expect(new Set(merits.map((row) => row.code))).toEqual(new Set(['B03', 'B04', 'B06', 'ADJ']));
    const adjustments = merits.filter((row) => row.code === 'ADJ');
    expect(adjustments).toHaveLength(6);
    expect(new Set(adjustments.map((row) => row.employeeId))).toEqual(new Set(['1003', '1004', '1005']));
    expect(adjustments.every((row) => typeof row.note === 'string' && row.note.length > 0)).toBe(true);
  });

  it('has one KPI row per employee employed in each month', () => {
    const kpi = records(plan, 'kpi');
    for (const month of months) {
      const rows = kpi.filter((row) => row.month === month);
      expect(new Set(rows.map((row) => row.employeeId)).size).toBe(rows.length);
      expect(rows.length).toBeGreaterThan(30);
    }
    expect(kpi.filter((row) => row.month === '2026-10').map((row) => row.employeeId)).not.toContain('1009');
  });

  it.each(['zh', 'en'] as const)('computes every month without an error (%s)', (lang) => {
    const sample = lang === 'zh' ? plan : sampleWorkbookPlan({ ...options, lang });
    for (const month of months) {
      const { errors, result } = computeSample(sample, month);
      expect(errors).toEqual([]);
      expect(result?.employees.length).toBeGreaterThan(30);
    }
  });

  it('derives bonuses, the failing exam and escalation, and raises the absence and dismissal flags', () => {
    const codesOf = (employees: readonly EmployeeResult[]): Set<string> => new Set(employees.flatMap((each) => each.items.map((item) => item.code)));
    const october = computeSample(plan, '2026-10').result!;
    const november = computeSample(plan, '2026-11').result!;
    for (const result of [october, november]) {
      for (const code of ['B01', 'B02', 'B05', 'M07', 'S05', 'L04', 'S01', 'ADJ']) expect(codesOf(result.employees)).toContain(code);
      expect(result.employees.some((each) => each.probation)).toBe(true);
      expect(result.employees[0].grade).toBe('A');
    }
    expect(october.employees.some((each) => each.flags.includes('ABSENCE_DAYS'))).toBe(true);
    expect(november.employees.filter((each) => each.flags.includes('DISMISSAL_OFFENCE'))).toHaveLength(1);
  });

  it('grows to 5,000 employees with five violations each, quickly', () => {
    const started = Date.now();
    const big = sampleWorkbookPlan({ employees: 5_000, months: ['2026-11'], seed: 1, lang: 'zh', violationsPerEmployee: 5 });
    const elapsed = Date.now() - started;
    expect(sheet(big, 'employees').rows).toHaveLength(5_001);
    expect(sheet(big, 'attendance').rows.length).toBeGreaterThan(5_000 * 29);
    expect(sheet(big, 'violations').rows.length).toBeGreaterThanOrEqual(5_000 * 5 - 5);
    // About a second on a quiet machine; the bound leaves room for a busy one.
    expect(elapsed).toBeLessThan(8_000);
  });

  it('refuses too few employees, broken months and negative violation counts', () => {
    expect(() => sampleWorkbookPlan({ ...options, employees: 19 })).toThrow(RangeError);
    expect(() => sampleWorkbookPlan({ ...options, months: ['2026-10', '2026-12'] })).toThrow(RangeError);
    expect(() => sampleWorkbookPlan({ ...options, months: [] })).toThrow(RangeError);
    expect(() => sampleWorkbookPlan({ ...options, violationsPerEmployee: -1 })).toThrow(RangeError);
  });

  it('is valid whatever the seed, also over a year end and a short February', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 - 1 }), (seed) => {
        const sample = sampleWorkbookPlan({ employees: 24, months: ['2025-12', '2026-01', '2026-02'], seed, lang: 'en' });
        for (const month of ['2025-12', '2026-02']) expect(computeSample(sample, month).errors).toEqual([]);
      }),
      { numRuns: 5 },
    );
  });

  it('builds a sample of exactly 20 employees that computes', () => {
    const small = sampleWorkbookPlan({ ...options, employees: 20 });
    expect(computeSample(small, '2026-11').errors).toEqual([]);
  });
});

