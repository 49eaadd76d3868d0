import { absenceDay, assessAttendanceDay, unknownShift, type AttendanceDay } from './attendance-day';
import { firstDayOf, lastDayOf, MINUTES_PER_DAY, monthOf, type IsoDate, type Month } from './calendar';
import { cellAddress } from './cell-address';
import { DayNumbers } from './day-numbers';
import { isEmployedOn } from './employment';
import { issueAt, type Issue } from './issues';
import { keepAsLatest } from './latest-instance';
import type { Ledger } from './ledger';
import type { PunchLog } from './punch-log';
import { MonthWindows, type PunchAt } from './punch-windows';
import type { AttendanceRow, Clock, Employee, RowRef, ScheduleRow } from './records';
import type { LineItem, PunchesUsed, PunchUsed } from './results';
import type { Roster } from './roster';
import type { RuleBook } from './rule-book';
import { ScheduledDays } from './scheduled-days';
import { isBeforeMidpoint, type Instant } from './shift-windows';

export interface PunchDaysOutcome {
  readonly absenceDays: ReadonlyMap<string, number>;
  readonly issues: readonly Issue[];
  /** Days judged from punches and the schedule. */
  readonly days: number;
}

export interface PunchDaysInput {
  readonly month: Month;
  readonly schedule: readonly ScheduleRow[];
  readonly punches: PunchLog;
  /** The month's Attendance rows: a row for an employee and day replaces what the schedule and punches say of it. */
  readonly attendance: readonly AttendanceRow[];
}

/** Every field a day's rules may point at lands on the schedule's cell for that day. */
class CellRefs {
  private readonly byIdColumn = new Map<string, Map<string, Readonly<Record<string, string>>>>();

  constructor() {
    keepAsLatest(this);
  }

  at(row: RowRef, column: string): RowRef {
    const idColumn = row.columns.employeeId ?? 'A';
    let byColumn = this.byIdColumn.get(idColumn);
    if (byColumn === undefined) this.byIdColumn.set(idColumn, (byColumn = new Map()));
    let columns = byColumn.get(column);
    if (columns === undefined) {
      columns = { employeeId: idColumn, date: column, shift: column, clockIn: column, clockOut: column, status: column, note: column };
      byColumn.set(column, columns);
    }
    return { sheet: row.sheet, row: row.row, columns };
  }

  /** The schedule's cell of a scheduled day. */
  of(days: ScheduledDays, day: number): RowRef {
    return this.at(days.row(day), days.column(day));
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
function inScheduleOrder(rows: readonly ScheduleRow[]): readonly ScheduleRow[] {
  const sheets = new Map<string, number>();
  for (const row of rows) if (!sheets.has(row.ref.sheet)) sheets.set(row.ref.sheet, sheets.size);
  const order = (a: ScheduleRow, b: ScheduleRow) => (sheets.get(a.ref.sheet) ?? 0) - (sheets.get(b.ref.sheet) ?? 0) || a.ref.row - b.ref.row;
  // As read, the rows are in that order already: checking costs a pass, sorting 5,000 rows a dozen.
  return rows.every((row, index) => index === 0 || order(rows[index - 1], row) <= 0) ? rows : [...rows].sort(order);
}

/**
 * The current employee's days in date order, the first of each day kept (in sheet order), each
 * later one an error when it is the month's; a day of the month outside employment is an error
 * too and is not judged.
 */
function settleDays(employee: Employee, days: ScheduledDays, refs: CellRefs, issues: Issue[]): void {
  days.settle((day, before) => {
    if (before !== undefined && days.dayNumber[before] === days.dayNumber[day]) {
      const params = { id: employee.id, date: days.date(day), first: cellAddress(refs.of(days, before), 'shift') };
      if (days.inMonth[day] === 1) issues.push(issueAt('error', 'DUPLICATE_SCHEDULE', refs.of(days, day), 'shift', params));
      return false;
    }
    if (days.inMonth[day] === 1 && !isEmployedOn(employee, days.date(day))) {
      issues.push(issueAt('error', 'ATTENDANCE_OUTSIDE_EMPLOYMENT', refs.of(days, day), 'shift', { id: employee.id, date: days.date(day) }));
      days.judged[day] = 0;
    }
    return true;
  });
}

/**
 * Each known employee's scheduled days in date order, with the errors of the month's cells
 * (SPEC §3.1a): a row of an unknown ID, an unknown or ambiguous shift, a day scheduled twice,
 * a shift outside employment. The days beside the month are taken when readable, unchecked.
 * Every employee of the roster gets a range, empty when unscheduled, so that their punches
 * are theirs and not a stranger's.
 */
function scheduledDays(input: PunchDaysInput, roster: Roster, book: RuleBook, dayNumbers: DayNumbers, refs: CellRefs, issues: Issue[]): ScheduledDays {
  const first = firstDayOf(input.month);
  const last = lastDayOf(input.month);
  const rowsOf = new Map<Employee, ScheduleRow[]>();
  for (const row of inScheduleOrder(input.schedule)) {
    const employee = roster.byId.get(row.employeeId);
    if (employee === undefined) {
      if (row.shifts.some((shift) => shift.date >= first && shift.date <= last)) {
        issues.push(issueAt('error', 'UNKNOWN_EMPLOYEE', row.ref, 'employeeId', { id: row.employeeId }));
      }
      continue;
    }
    const rows = rowsOf.get(employee);
    if (rows === undefined) rowsOf.set(employee, [row]);
    else rows.push(row);
  }
  let capacity = 0;
  for (const rows of rowsOf.values()) for (const row of rows) capacity += row.shifts.length;
  const days = new ScheduledDays(capacity, dayNumbers);
  for (const [employee, rows] of rowsOf) {
    days.startEmployee(employee.id);
    for (const row of rows) {
      for (const cell of days.addRow(row, book, first, last)) {
        const { date, shift: text, column } = row.shifts[cell];
        if (date >= first && date <= last) issues.push(issueAt('error', 'UNKNOWN_SHIFT', refs.at(row.ref, column), 'shift', unknownShift(text, book.shiftFor(text).sharedBy)));
      }
    }
    settleDays(employee, days, refs, issues);
  }
  for (const id of roster.byId.keys()) if (days.employeeNumber(id) === undefined) days.startEmployee(id);
  return days;
}

/** Strangers' punches in the month, by their ID's index in the log: how many, and the one of the first row. */
type Strangers = Map<number, { first: number; count: number }>;

function noteStranger(strangers: Strangers, punches: PunchLog, index: number): void {
  const id = punches.employee[index];
  const stranger = strangers.get(id);
  if (stranger === undefined) strangers.set(id, { first: index, count: 1 });
  else {
    stranger.count++;
    if (punches.row[index] < punches.row[stranger.first]) stranger.first = index;
  }
}

/**
 * Every employee's windows, with the month's punches placed in them in one pass over the
 * punches; one warning per ID not in Employees with punches in the month (SPEC §3.1a), since
 * a time clock serves more people than one team.
 */
function placedPunches(input: PunchDaysInput, schedule: ScheduledDays, book: RuleBook, days: DayNumbers, warnings: Issue[]): MonthWindows {
  const { punches } = input;
  const windows = new MonthWindows(schedule, book.policy, punches);
  const strangers: Strangers = new Map();
  const first = days.of(firstDayOf(input.month));
  const last = days.of(lastDayOf(input.month));
  for (const index of windows.placeAll()) {
    if (punches.day[index] >= first && punches.day[index] <= last) noteStranger(strangers, punches, index);
  }
  for (const [id, { first: firstPunch, count }] of strangers) {
    warnings.push(issueAt('warning', 'UNKNOWN_PUNCH_ID', punches.ref(firstPunch), 'employeeId', { id: punches.employeeIds[id], count }));
  }
  return windows;
}

const pad = (value: number): string => String(value).padStart(2, '0');

function clockText(minuteOfDay: number): string {
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

/** A punch as an issue names it: `08:29 (打卡!B12)`, with its date when it is not on `day`. */
function punchText(at: PunchAt, punches: PunchLog, day: number, days: DayNumbers): string {
  const punchDay = Math.floor(at.instant / MINUTES_PER_DAY);
  const time = clockText(at.instant - punchDay * MINUTES_PER_DAY);
  const when = punchDay === day ? time : `${days.dateOf(punchDay)} ${time}`;
  return `${when} (${cellAddress(punches.ref(at.index), 'punchTime')})`;
}

/** An instant as a date-and-time clock value, laid out as the reader lays out one. */
function clockAt(instant: Instant, days: DayNumbers): Clock {
  const day = Math.floor(instant / MINUTES_PER_DAY);
  return { minuteOfDay: instant - day * MINUTES_PER_DAY, date: days.dateOf(day) };
}

/**
 * The present Attendance row a scheduled day is judged as (SPEC §3.1a: "exactly as a present
 * Attendance row with those two date-and-time values"). Its fields are those of a row the reader
 * builds, in the same order, so that the §3.1 rules see rows of one layout whether they come
 * from Attendance or from punches: script engines optimise code for the layouts they have met,
 * and undo that work when another one comes.
 */
function judgedRow(scheduled: ScheduledDays, day: number, employee: Employee, clockIn: Instant, clockOut: Instant, days: DayNumbers): AttendanceRow {
  return {
    date: scheduled.date(day),
    employeeId: employee.id,
    shift: scheduled.shiftOf(day).code,
    clockIn: clockAt(clockIn, days),
    clockOut: clockAt(clockOut, days),
    status: 'present',
    note: undefined,
    ref: scheduled.row(day),
  };
}

function punchUsed(at: PunchAt, punches: PunchLog, days: DayNumbers): PunchUsed {
  const day = Math.floor(at.instant / MINUTES_PER_DAY);
  const used = { date: days.dateOf(day), minuteOfDay: at.instant - day * MINUTES_PER_DAY, ref: punches.ref(at.index) };
  const source = punches.source(at.index);
  return source === undefined ? used : { ...used, source };
}

/** What judging the days needs besides the day: the rules, the punches, the dates and the cells. */
interface Judging {
  readonly book: RuleBook;
  readonly punches: PunchLog;
  readonly days: DayNumbers;
  readonly refs: CellRefs;
}

/**
 * One scheduled day from what its window caught (SPEC §3.1a): no punch is an absence; a lone
 * punch is the clock-in before the shift's midpoint and the clock-out from it, the other one
 * missing; otherwise the first and the last punch are judged by §3.1 exactly as a present
 * Attendance row with those two date-and-time values would be. Everything points at the
 * schedule's cell for the day.
 */
function judgeDay(placed: MonthWindows, day: number, employee: Employee, judging: Judging): AttendanceDay {
  const { book, punches, days, refs } = judging;
  const scheduled = placed.days;
  if (!placed.caughtAny(day)) {
    const window = placed.window(day);
    const dayStart = scheduled.dayNumber[day] * MINUTES_PER_DAY;
    const row: AttendanceRow = { date: scheduled.date(day), employeeId: employee.id, shift: scheduled.shiftOf(day).code, clockIn: undefined, clockOut: undefined, status: 'present', note: undefined, ref: scheduled.row(day) };
    const absence = absenceDay(book, row, { kind: 'noPunch', from: window.opens - dayStart, to: window.closes - dayStart });
    return fromPunches(absence, refs.of(scheduled, day));
  }
  const firstInstant = placed.firstInstant(day);
  const lastInstant = placed.lastInstant(day);
  if (firstInstant === lastInstant) {
    const lone = placed.first(day);
    const clockIn = isBeforeMidpoint(placed.window(day), firstInstant);
    const params = { id: employee.id, date: scheduled.date(day), punch: lone === undefined ? '' : punchText(lone, punches, scheduled.dayNumber[day], days) };
    const ref = refs.of(scheduled, day);
    const issue = clockIn ? issueAt('error', 'MISSING_CLOCK_OUT', ref, 'clockOut', params) : issueAt('error', 'MISSING_CLOCK_IN', ref, 'clockIn', params);
    return { items: [], issues: [issue], absent: false };
  }
  const judged = assessAttendanceDay(judgedRow(scheduled, day, employee, firstInstant, lastInstant, days), book);
  if (judged.items.length === 0) return judged;
  const first = placed.first(day);
  const last = placed.last(day);
  if (first === undefined || last === undefined) return judged;
  return fromPunches(judged, refs.of(scheduled, day), { clockIn: punchUsed(first, punches, days), clockOut: punchUsed(last, punches, days) });
}

/**
 * An item of a day judged from punches: the §3.1 rules' item, from punches, at the schedule's
 * cell. Written out field by field, in the order the rules write theirs, so that every such
 * item has one layout (a spread and an added field would give it a layout no literal keeps).
 */
function punchItem(item: LineItem, ref: RowRef, punches: PunchesUsed | undefined): LineItem {
  const { employeeId, date, code, category, bucket, times, pointsPerTime, points, voided, basis, note } = item;
  return { employeeId, date, code, category, bucket, times, pointsPerTime, points, voided, source: 'punches', basis, ref, note, punches };
}

/** The day's items, from punches and the schedule, at the schedule's cell, with the two punches used when there were. */
function fromPunches(day: AttendanceDay, ref: RowRef, punches?: PunchesUsed): AttendanceDay {
  if (day.items.length === 0) return day;
  return { ...day, items: day.items.map((item) => punchItem(item, ref, punches)) };
}

/** The warnings of punches in no window (by their indices in the log), except those of a day Attendance speaks for. */
function outsideWarnings(indices: readonly number[], punches: PunchLog, month: Month, days: DayNumbers, overridden: ReadonlySet<IsoDate> | undefined, issues: Issue[]): void {
  for (const index of indices) {
    const date = days.dateOf(punches.day[index]);
    if (monthOf(date) !== month || overridden?.has(date)) continue;
    const dayOffset = punches.dayOffset(index);
    const time = `${date} ${dayOffset === undefined ? '' : dayOffset > 0 ? '+1 ' : '-1 '}${clockText(punches.minuteOfDay[index])}`;
    issues.push(issueAt('warning', 'PUNCH_OUTSIDE_SCHEDULE', punches.ref(index), 'punchTime', { id: punches.employeeIds[punches.employee[index]], time }));
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
  const refs = new CellRefs();
  const judging: Judging = { book, punches: input.punches, days: dayNumbers, refs };
  const schedule = scheduledDays(input, roster, book, dayNumbers, refs, issues);
  const placed = placedPunches(input, schedule, book, dayNumbers, warnings);
  const overrides = attendanceDays(input.attendance.filter((row) => monthOf(row.date) === input.month));
  const absenceDays = new Map<string, number>();
  let days = 0;
  for (const employee of roster.byId.values()) {
    const overridden = overrides.get(employee.id);
    outsideWarnings(placed.outsideOf(employee.id), input.punches, input.month, dayNumbers, overridden, warnings);
    const { from, to } = schedule.rangeOf(employee.id);
    let absent = 0;
    for (let day = from; day < to; day++) {
      if (schedule.judged[day] === 0 || overridden?.has(schedule.date(day))) continue;
      days++;
      const judged = judgeDay(placed, day, employee, judging);
      if (judged.issues.length > 0) issues.push(...judged.issues);
      for (let item = 0; item < judged.items.length; item++) ledger.add(judged.items[item]);
      if (judged.absent) absent++;
    }
    if (absent > 0) absenceDays.set(employee.id, absent);
  }
  warnings.sort((a, b) => rowOf(a) - rowOf(b));
  return { absenceDays, issues: [...issues, ...warnings], days };
}

/** The row number of an issue's cell, for putting warnings in sheet order whatever the order of the punches. */
function rowOf(issue: Issue): number {
  return Number(/\d+$/.exec(issue.cell ?? '')?.[0] ?? 0);
}
