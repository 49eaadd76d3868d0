/**
 * Builders of engine inputs for tests: each returns a plausible record and takes overrides,
 * so that a test states only what matters to it. Sheet names and columns follow the template
 * (SPEC §2) so that issue cells read like the workbook's.
 */
import type { IsoDate, Month } from './calendar';
import { defaultPolicy } from './default-policy';
import type { Policy } from './policy';
import { PunchLog } from './punch-log';
import type { AttendanceRow, Clock, Employee, EntryRow, HistoryRow, KpiRow, PunchRow, RowRef, ScheduleRow } from './records';
import type { MonthInput } from './results';

export const sheetColumns = {
  员工: { id: 'A', name: 'B', team: 'C', role: 'D', hireDate: 'E', leaveDate: 'F' },
  考勤: { date: 'A', employeeId: 'B', shift: 'C', clockIn: 'D', clockOut: 'E', status: 'F', note: 'G' },
  违规: { date: 'A', employeeId: 'B', code: 'C', times: 'D', points: 'E', amount: 'F', note: 'G', recordedBy: 'H', status: 'I' },
  加分: { date: 'A', employeeId: 'B', code: 'C', times: 'D', points: 'E', amount: 'F', note: 'G', recordedBy: 'H', status: 'I' },
  指标: { month: 'A', employeeId: 'B', workload: 'C', quality: 'D', examScore: 'E', validComplaints: 'F' },
  打卡: { employeeId: 'A', punchTime: 'B', date: 'C', source: 'D', status: 'E' },
  排班: { employeeId: 'A', name: 'B' },
} as const;

export type FixtureSheet = keyof typeof sheetColumns;

export function ref(sheet: FixtureSheet, row = 2): RowRef {
  return { sheet, row, columns: sheetColumns[sheet] };
}

/** A time of day; with `date`, a full date-and-time punch. */
export function at(hours: number, minutes: number, date?: IsoDate): Clock {
  return date === undefined ? { minuteOfDay: hours * 60 + minutes } : { minuteOfDay: hours * 60 + minutes, date };
}

export function employee(overrides: Partial<Employee> = {}): Employee {
  return { id: '1001', name: '王芳', team: '一组', role: 'agent', hireDate: '2020-01-01', ref: ref('员工'), ...overrides };
}

/** A punctual day shift (D, 08:30–17:30) unless overridden. */
export function attendance(overrides: Partial<AttendanceRow> = {}): AttendanceRow {
  return {
    date: '2026-11-02',
    employeeId: '1001',
    shift: 'D',
    clockIn: at(8, 30),
    clockOut: at(17, 30),
    ref: ref('考勤'),
    ...overrides,
  };
}

/** A date-and-time punch, `2026-11-03 08:29`. */
export function punch(employeeId: string, dateTime: string, overrides: Partial<PunchRow> = {}): PunchRow {
  const [date, time] = dateTime.split(' ');
  const [hours, minutes] = time.split(':').map(Number);
  return { employeeId, date, minuteOfDay: hours * 60 + minutes, ref: ref('打卡'), ...overrides };
}

/** A time-of-day punch given with its work day (考勤日期); `dayOffset` +1 for 次日, −1 for 昨日. */
export function timePunch(employeeId: string, workDate: IsoDate, time: string, dayOffset?: number): PunchRow {
  const [hours, minutes] = time.split(':').map(Number);
  return { employeeId, date: workDate, minuteOfDay: hours * 60 + minutes, timeOfDay: true, dayOffset, ref: ref('打卡') };
}

/** The schedule's column of a day of the month, as the template lays it out: ID, name, then day 1 in C. */
export function scheduleColumn(date: IsoDate): string {
  const index = 2 + Number(date.slice(8, 10)) - 1;
  return index < 26 ? String.fromCharCode(65 + index) : `A${String.fromCharCode(65 + index - 26)}`;
}

/** One employee's schedule row: a shift (code or name) by date. */
export function scheduleRow(employeeId: string, shifts: Readonly<Record<IsoDate, string>>, sheet = '排班'): ScheduleRow {
  return {
    employeeId,
    ref: { sheet, row: 2, columns: sheetColumns.排班 },
    shifts: Object.entries(shifts).map(([date, shift]) => ({ date, shift, column: scheduleColumn(date) })),
  };
}

export function entry(overrides: Partial<EntryRow> = {}): EntryRow {
  const sheet = overrides.sheet ?? 'violations';
  return {
    sheet,
    date: '2026-11-10',
    employeeId: '1001',
    code: 'L01',
    voided: false,
    ref: ref(sheet === 'violations' ? '违规' : '加分'),
    ...overrides,
  };
}

export function kpiRow(overrides: Partial<KpiRow> = {}): KpiRow {
  return { month: '2026-11', employeeId: '1001', ref: ref('指标'), ...overrides };
}

export function historyRow(overrides: Partial<HistoryRow> = {}): HistoryRow {
  return {
    month: '2026-10',
    employeeId: '1001',
    name: '王芳',
    score: 80,
    grade: 'B',
    rank: 2,
    lastPlace: false,
    firstPlaceRun: 0,
    award: 0,
    salaryAdjustment: 0,
    ...overrides,
  };
}

function renumbered<T extends { readonly ref: RowRef }>(rows: readonly T[]): T[] {
  return rows.map((row, index) => ({ ...row, ref: { ...row.ref, row: index + 2 } }));
}

/** Rows numbered in list order within each sheet. */
function renumberedBySheet<T extends { readonly ref: RowRef }>(rows: readonly T[]): T[] {
  const next = new Map<string, number>();
  return rows.map((row) => {
    const number = next.get(row.ref.sheet) ?? 2;
    next.set(row.ref.sheet, number + 1);
    return { ...row, ref: { ...row.ref, row: number } };
  });
}

export interface MonthFixture {
  readonly month?: Month;
  readonly policy?: Policy;
  readonly employees?: readonly Employee[];
  readonly attendance?: readonly AttendanceRow[];
  readonly violations?: readonly EntryRow[];
  readonly merits?: readonly EntryRow[];
  readonly kpi?: readonly KpiRow[];
  readonly history?: readonly HistoryRow[];
  readonly punches?: readonly PunchRow[];
  readonly schedule?: readonly ScheduleRow[];
}

/**
 * A month's input for November 2026 with every sheet's rows numbered in list order: the first
 * row of each sheet is sheet row 2, under the header. History defaults to one row for the
 * previous month, so that only tests about history see its warning.
 */
export function monthInput(fixture: MonthFixture = {}): MonthInput {
  const employees = fixture.employees ?? [employee()];
  return {
    month: fixture.month ?? '2026-11',
    policy: fixture.policy ?? defaultPolicy,
    employees: renumbered(employees),
    attendance: renumbered(fixture.attendance ?? []),
    entries: [
      ...renumbered((fixture.violations ?? []).map((row) => entry({ ...row, sheet: 'violations', ref: ref('违规') }))),
      ...renumbered((fixture.merits ?? []).map((row) => entry({ ...row, sheet: 'merits', ref: ref('加分') }))),
    ],
    kpi: renumbered(fixture.kpi ?? []),
    history: fixture.history ?? [historyRow({ employeeId: employees[0]?.id ?? '1001' })],
    ...(fixture.punches ? { punches: PunchLog.of(renumbered(fixture.punches)) } : {}),
    ...(fixture.schedule ? { schedule: renumberedBySheet(fixture.schedule) } : {}),
  };
}

/** The default policy with some parts replaced. */
export function policyWith(overrides: Partial<Policy>): Policy {
  return { ...defaultPolicy, ...overrides };
}
