/**
 * Builders of engine inputs for tests: each returns a plausible record and takes overrides,
 * so that a test states only what matters to it. Sheet names and columns follow the template
 * (SPEC §2) so that issue cells read like the workbook's.
 */
import type { IsoDate, Month } from './calendar';
import { defaultPolicy } from './default-policy';
import type { Policy } from './policy';
import type { AttendanceRow, Clock, Employee, EntryRow, HistoryRow, KpiRow, RowRef } from './records';
import type { MonthInput } from './results';

export const sheetColumns = {
  员工: { id: 'A', name: 'B', team: 'C', role: 'D', hireDate: 'E', leaveDate: 'F' },
  考勤: { date: 'A', employeeId: 'B', shift: 'C', clockIn: 'D', clockOut: 'E', status: 'F', note: 'G' },
  违规: { date: 'A', employeeId: 'B', code: 'C', times: 'D', points: 'E', amount: 'F', note: 'G', recordedBy: 'H', status: 'I' },
  加分: { date: 'A', employeeId: 'B', code: 'C', times: 'D', points: 'E', amount: 'F', note: 'G', recordedBy: 'H', status: 'I' },
  指标: { month: 'A', employeeId: 'B', workload: 'C', quality: 'D', examScore: 'E', validComplaints: 'F' },
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

export interface MonthFixture {
  readonly month?: Month;
  readonly policy?: Policy;
  readonly employees?: readonly Employee[];
  readonly attendance?: readonly AttendanceRow[];
  readonly violations?: readonly EntryRow[];
  readonly merits?: readonly EntryRow[];
  readonly kpi?: readonly KpiRow[];
  readonly history?: readonly HistoryRow[];
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
  };
}

/** The default policy with some parts replaced. */
export function policyWith(overrides: Partial<Policy>): Policy {
  return { ...defaultPolicy, ...overrides };
}
