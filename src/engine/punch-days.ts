import { absenceDay, assessAttendanceDay, unknownShift, type AttendanceDay } from './attendance-day';
import { isoDateFromDayNumber, MINUTES_PER_DAY, monthOf, type IsoDate, type Month } from './calendar';
import { cellAddress } from './cell-address';
import { isEmployedOn } from './employment';
import { issueAt, type Issue } from './issues';
import type { Ledger } from './ledger';
import { DayNumbers, placePunches, type PunchAt, type WindowCatch } from './punch-windows';
import type { AttendanceRow, Employee, PunchRow, RowRef, ScheduleRow } from './records';
import type { PunchesUsed, PunchUsed } from './results';
import type { Roster } from './roster';
import type { RuleBook } from './rule-book';
import { isBeforeMidpoint, shiftWindows, type ScheduledDay, type ShiftWindow } from './shift-windows';

/** A scheduled day as the schedule sheet holds it: the shift, and the cell that scheduled it. */
interface ScheduleCell extends ScheduledDay {
  readonly ref: RowRef;
  /** A day of the month, to be judged; the days beside the month only shape its windows. */
  readonly judged: boolean;
}

export interface PunchDaysOutcome {
  readonly absenceDays: ReadonlyMap<string, number>;
  readonly issues: readonly Issue[];
  /** Days judged from punches and the schedule. */
  readonly days: number;
}

export interface PunchDaysInput {
  readonly month: Month;
  readonly schedule: readonly ScheduleRow[];
  readonly punches: readonly PunchRow[];
  /** The month's Attendance rows: a row for an employee and day replaces what the schedule and punches say of it. */
  readonly attendance: readonly AttendanceRow[];
}

/** Every field a day's rules may point at lands on the schedule's cell for that day. */
class CellRefs {
  private readonly columns = new Map<string, Readonly<Record<string, string>>>();

  at(row: RowRef, column: string): RowRef {
    const idColumn = row.columns.employeeId ?? 'A';
    const key = `${idColumn}:${column}`;
    let columns = this.columns.get(key);
    if (columns === undefined) {
      columns = { employeeId: idColumn, date: column, shift: column, clockIn: column, clockOut: column, status: column, note: column };
      this.columns.set(key, columns);
    }
    return { sheet: row.sheet, row: row.row, columns };
  }
}

/** The days each employee has an Attendance row for (SPEC §2: such a row replaces the schedule's day). */
function attendanceDays(rows: readonly AttendanceRow[]): Map<string, Set<IsoDate>> {
  const days = new Map<string, Set<IsoDate>>();
  for (const row of rows) {
    let dates = days.get(row.employeeId);
    if (dates === undefined) days.set(row.employeeId, (dates = new Set()));
    dates.add(row.date);
  }
  return days;
}

/** Rows by sheet as given, then by row: the first cell of a duplicated day is the one that counts. */
function inScheduleOrder(rows: readonly ScheduleRow[]): ScheduleRow[] {
  const sheets = new Map<string, number>();
  for (const row of rows) if (!sheets.has(row.ref.sheet)) sheets.set(row.ref.sheet, sheets.size);
  return [...rows].sort((a, b) => (sheets.get(a.ref.sheet) ?? 0) - (sheets.get(b.ref.sheet) ?? 0) || a.ref.row - b.ref.row);
}

/**
 * Each known employee's scheduled days in date order, with the errors of the month's cells
 * (SPEC §3.1a): a row of an unknown ID, an unknown or ambiguous shift, a day scheduled twice,
 * a shift outside employment. The days beside the month are taken when readable, unchecked.
 */
function scheduledDays(input: PunchDaysInput, roster: Roster, book: RuleBook, days: DayNumbers, issues: Issue[]): Map<string, ScheduleCell[]> {
  const refs = new CellRefs();
  const byEmployee = new Map<string, ScheduleCell[]>();
  const firstCell = new Map<string, Map<IsoDate, RowRef>>();
  for (const row of inScheduleOrder(input.schedule)) {
    const employee = roster.byId.get(row.employeeId);
    if (employee === undefined) {
      if (row.shifts.some((shift) => monthOf(shift.date) === input.month)) {
        issues.push(issueAt('error', 'UNKNOWN_EMPLOYEE', row.ref, 'employeeId', { id: row.employeeId }));
      }
      continue;
    }
    let cells = byEmployee.get(employee.id);
    if (cells === undefined) byEmployee.set(employee.id, (cells = []));
    let firsts = firstCell.get(employee.id);
    if (firsts === undefined) firstCell.set(employee.id, (firsts = new Map()));
    for (const scheduled of row.shifts) {
      const inMonth = monthOf(scheduled.date) === input.month;
      const ref = refs.at(row.ref, scheduled.column);
      const match = book.shiftFor(scheduled.shift);
      const first = firsts.get(scheduled.date);
      if (match.shift === undefined) {
        if (inMonth) issues.push(issueAt('error', 'UNKNOWN_SHIFT', ref, 'shift', unknownShift(scheduled.shift, match.sharedBy)));
        continue;
      }
      if (first !== undefined) {
        if (inMonth) issues.push(issueAt('error', 'DUPLICATE_SCHEDULE', ref, 'shift', { id: employee.id, date: scheduled.date, first: cellAddress(first, 'shift') }));
        continue;
      }
      firsts.set(scheduled.date, ref);
      const employed = isEmployedOn(employee, scheduled.date);
      if (inMonth && !employed) issues.push(issueAt('error', 'ATTENDANCE_OUTSIDE_EMPLOYMENT', ref, 'shift', { id: employee.id, date: scheduled.date }));
      cells.push({ date: scheduled.date, dayNumber: days.of(scheduled.date), shift: match.shift, ref, judged: inMonth && employed });
    }
  }
  for (const cells of byEmployee.values()) cells.sort((a, b) => a.dayNumber - b.dayNumber);
  return byEmployee;
}

/** The punches of the roster's employees, by employee; one warning per other ID with punches in the month (SPEC §3.1a). */
function punchesByEmployee(input: PunchDaysInput, roster: Roster, issues: Issue[]): Map<string, PunchRow[]> {
  const byEmployee = new Map<string, PunchRow[]>();
  const strangers = new Map<string, { first: PunchRow; count: number }>();
  for (const punch of input.punches) {
    if (roster.byId.has(punch.employeeId)) {
      const punches = byEmployee.get(punch.employeeId);
      if (punches === undefined) byEmployee.set(punch.employeeId, [punch]);
      else punches.push(punch);
      continue;
    }
    if (monthOf(punch.date) !== input.month) continue;
    const stranger = strangers.get(punch.employeeId);
    if (stranger === undefined) strangers.set(punch.employeeId, { first: punch, count: 1 });
    else {
      stranger.count++;
      if (punch.ref.row < stranger.first.ref.row) stranger.first = punch;
    }
  }
  for (const [id, { first, count }] of strangers) issues.push(issueAt('warning', 'UNKNOWN_PUNCH_ID', first.ref, 'employeeId', { id, count }));
  return byEmployee;
}

const pad = (value: number): string => String(value).padStart(2, '0');

function clockText(minuteOfDay: number): string {
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

/** A punch as an issue names it: `08:29 (打卡!B12)`, with its date when it is not on `day`. */
function punchText(at: PunchAt, day: number): string {
  const punchDay = Math.floor(at.instant / MINUTES_PER_DAY);
  const time = clockText(at.instant - punchDay * MINUTES_PER_DAY);
  const when = punchDay === day ? time : `${isoDateFromDayNumber(punchDay)} ${time}`;
  return `${when} (${cellAddress(at.punch.ref, 'punchTime')})`;
}

function punchUsed(at: PunchAt): PunchUsed {
  const day = Math.floor(at.instant / MINUTES_PER_DAY);
  const used = { date: isoDateFromDayNumber(day), minuteOfDay: at.instant - day * MINUTES_PER_DAY, ref: at.punch.ref };
  return at.punch.source === undefined ? used : { ...used, source: at.punch.source };
}

/**
 * One scheduled day from what its window caught (SPEC §3.1a): no punch is an absence; a lone
 * punch is the clock-in before the shift's midpoint and the clock-out from it, the other one
 * missing; otherwise the first and the last punch are judged by §3.1 exactly as a present
 * Attendance row with those two date-and-time values would be.
 */
function judgeDay(cell: ScheduleCell & ShiftWindow, caught: WindowCatch, employee: Employee, book: RuleBook): AttendanceDay {
  const { first, last } = caught;
  const row: AttendanceRow = { date: cell.date, employeeId: employee.id, shift: cell.shift.code, status: 'present', ref: cell.ref };
  const dayStart = cell.dayNumber * MINUTES_PER_DAY;
  if (first === undefined || last === undefined) {
    return fromPunches(absenceDay(book, row, { kind: 'noPunch', from: cell.opens - dayStart, to: cell.closes - dayStart }));
  }
  if (first.instant === last.instant) {
    const clockIn = isBeforeMidpoint(cell, first.instant);
    const params = { id: employee.id, date: cell.date, punch: punchText(first, cell.dayNumber) };
    const issue = clockIn ? issueAt('error', 'MISSING_CLOCK_OUT', cell.ref, 'clockOut', params) : issueAt('error', 'MISSING_CLOCK_IN', cell.ref, 'clockIn', params);
    return { items: [], issues: [issue], absent: false };
  }
  const clockIn = punchUsed(first);
  const clockOut = punchUsed(last);
  const day = assessAttendanceDay(
    { ...row, clockIn: { date: clockIn.date, minuteOfDay: clockIn.minuteOfDay }, clockOut: { date: clockOut.date, minuteOfDay: clockOut.minuteOfDay } },
    book,
  );
  return fromPunches(day, { clockIn, clockOut });
}

/** The day's items, marked as coming from punches and the schedule, with the two punches used when there were. */
function fromPunches(day: AttendanceDay, punches?: PunchesUsed): AttendanceDay {
  if (day.items.length === 0) return day;
  return { ...day, items: day.items.map((item) => ({ ...item, source: 'punches' as const, ...(punches ? { punches } : {}) })) };
}

/** The warnings of punches in no window, except those of a day Attendance speaks for. */
function outsideWarnings(punches: readonly PunchRow[], month: Month, overridden: ReadonlySet<IsoDate> | undefined, issues: Issue[]): void {
  for (const punch of punches) {
    if (monthOf(punch.date) !== month || overridden?.has(punch.date)) continue;
    const time = `${punch.date} ${punch.dayOffset === undefined ? '' : punch.dayOffset > 0 ? '+1 ' : '-1 '}${clockText(punch.minuteOfDay)}`;
    issues.push(issueAt('warning', 'PUNCH_OUTSIDE_SCHEDULE', punch.ref, 'punchTime', { id: punch.employeeId, time }));
  }
}

/**
 * The month's days from punches and the schedule (SPEC §3.1a): each scheduled day of the month
 * that Attendance has no row for is judged from the punches in its shift's window; the items go
 * to the ledger, absence days are counted, and every problem is returned at its cell.
 */
export function assessPunchDays(input: PunchDaysInput, roster: Roster, book: RuleBook, ledger: Ledger): PunchDaysOutcome {
  const issues: Issue[] = [];
  const warnings: Issue[] = [];
  const dayNumbers = new DayNumbers();
  const schedule = scheduledDays(input, roster, book, dayNumbers, issues);
  const punches = punchesByEmployee(input, roster, warnings);
  const overrides = attendanceDays(input.attendance.filter((row) => monthOf(row.date) === input.month));
  const absenceDays = new Map<string, number>();
  let days = 0;
  for (const employee of roster.byId.values()) {
    const cells = schedule.get(employee.id) ?? [];
    const own = punches.get(employee.id) ?? [];
    if (cells.length === 0 && own.length === 0) continue;
    const windows = shiftWindows(cells, book.policy);
    const placed = placePunches(windows, own, dayNumbers);
    const overridden = overrides.get(employee.id);
    outsideWarnings(placed.outside, input.month, overridden, warnings);
    windows.forEach((window, index) => {
      if (!window.judged || overridden?.has(window.date)) return;
      days++;
      const day = judgeDay(window, placed.caught[index], employee, book);
      for (const issue of day.issues) issues.push(issue);
      for (const item of day.items) ledger.add(item);
      if (day.absent) absenceDays.set(employee.id, (absenceDays.get(employee.id) ?? 0) + 1);
    });
  }
  warnings.sort((a, b) => rowOf(a) - rowOf(b));
  return { absenceDays, issues: [...issues, ...warnings], days };
}

/** The row number of an issue's cell, for putting warnings in sheet order whatever the order of the punches. */
function rowOf(issue: Issue): number {
  return Number(/\d+$/.exec(issue.cell ?? '')?.[0] ?? 0);
}
