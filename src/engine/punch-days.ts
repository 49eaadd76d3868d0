import { absenceDay, assessAttendanceDay, unknownShift, type AttendanceDay } from './attendance-day';
import { firstDayOf, lastDayOf, MINUTES_PER_DAY, monthOf, type IsoDate, type Month } from './calendar';
import { cellAddress } from './cell-address';
import { isEmployedOn } from './employment';
import { issueAt, type Issue } from './issues';
import type { Ledger } from './ledger';
import { DayNumbers, MonthWindows, type PunchAt } from './punch-windows';
import type { AttendanceRow, Employee, PunchRow, RowRef, ScheduleRow } from './records';
import type { PunchesUsed, PunchUsed } from './results';
import type { Roster } from './roster';
import type { RuleBook } from './rule-book';
import { isBeforeMidpoint, type Instant, type ScheduledDay } from './shift-windows';

/**
 * A scheduled day as the schedule sheet holds it: the shift, and the cell that scheduled it,
 * as its row and column (made a RowRef only when a rule points at it: a month has 100,000).
 */
interface ScheduleCell extends ScheduledDay {
  readonly row: RowRef;
  readonly column: string;
  readonly inMonth: boolean;
  /** A day of the month, to be judged; the days beside the month only shape its windows. */
  judged: boolean;
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
  private readonly byIdColumn = new Map<string, Map<string, Readonly<Record<string, string>>>>();

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

  /** The schedule's cell of a day. */
  of(cell: Pick<ScheduleCell, 'row' | 'column'>): RowRef {
    return this.at(cell.row, cell.column);
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
 * One employee's cells in date order, the first of each day kept (in sheet order, the sort
 * being stable), each later one an error when it is the month's; a day of the month outside
 * employment is an error too and is not judged.
 */
function checkedDays(employee: Employee, cells: ScheduleCell[], refs: CellRefs, issues: Issue[]): ScheduleCell[] {
  // A row's days come in column order, which is almost always date order already.
  if (cells.some((cell, index) => index > 0 && cell.dayNumber < cells[index - 1].dayNumber)) cells.sort((a, b) => a.dayNumber - b.dayNumber);
  const kept: ScheduleCell[] = [];
  let previous: ScheduleCell | undefined;
  for (const cell of cells) {
    if (previous !== undefined && previous.dayNumber === cell.dayNumber) {
      const params = { id: employee.id, date: cell.date, first: cellAddress(refs.of(previous), 'shift') };
      if (cell.inMonth) issues.push(issueAt('error', 'DUPLICATE_SCHEDULE', refs.of(cell), 'shift', params));
      continue;
    }
    previous = cell;
    if (cell.inMonth && !isEmployedOn(employee, cell.date)) {
      issues.push(issueAt('error', 'ATTENDANCE_OUTSIDE_EMPLOYMENT', refs.of(cell), 'shift', { id: employee.id, date: cell.date }));
      cell.judged = false;
    }
    kept.push(cell);
  }
  return kept;
}

/**
 * Each known employee's scheduled days in date order, with the errors of the month's cells
 * (SPEC §3.1a): a row of an unknown ID, an unknown or ambiguous shift, a day scheduled twice,
 * a shift outside employment. The days beside the month are taken when readable, unchecked.
 */
function scheduledDays(input: PunchDaysInput, roster: Roster, book: RuleBook, days: DayNumbers, refs: CellRefs, issues: Issue[]): Map<string, ScheduleCell[]> {
  const first = firstDayOf(input.month);
  const last = lastDayOf(input.month);
  const read = new Map<string, ScheduleCell[]>();
  for (const row of inScheduleOrder(input.schedule)) {
    const employee = roster.byId.get(row.employeeId);
    if (employee === undefined) {
      if (row.shifts.some((shift) => shift.date >= first && shift.date <= last)) {
        issues.push(issueAt('error', 'UNKNOWN_EMPLOYEE', row.ref, 'employeeId', { id: row.employeeId }));
      }
      continue;
    }
    let cells = read.get(employee.id);
    if (cells === undefined) read.set(employee.id, (cells = []));
    for (const scheduled of row.shifts) {
      const inMonth = scheduled.date >= first && scheduled.date <= last;
      const match = book.shiftFor(scheduled.shift);
      if (match.shift === undefined) {
        if (inMonth) issues.push(issueAt('error', 'UNKNOWN_SHIFT', refs.at(row.ref, scheduled.column), 'shift', unknownShift(scheduled.shift, match.sharedBy)));
        continue;
      }
      const { date, column } = scheduled;
      cells.push({ date, dayNumber: days.of(date), shift: match.shift, row: row.ref, column, inMonth, judged: inMonth });
    }
  }
  const byEmployee = new Map<string, ScheduleCell[]>();
  for (const [id, cells] of read) {
    const employee = roster.byId.get(id);
    if (employee !== undefined) byEmployee.set(id, checkedDays(employee, cells, refs, issues));
  }
  return byEmployee;
}

/** Strangers' punches: how many the month has of each, and the first row. */
type Strangers = Map<string, { first: PunchRow; count: number }>;

function noteStranger(strangers: Strangers, punch: PunchRow): void {
  const stranger = strangers.get(punch.employeeId);
  if (stranger === undefined) strangers.set(punch.employeeId, { first: punch, count: 1 });
  else {
    stranger.count++;
    if (punch.ref.row < stranger.first.ref.row) stranger.first = punch;
  }
}

/**
 * Every employee's windows, with the month's punches placed in them in one pass over the
 * punches; one warning per ID not in Employees with punches in the month (SPEC §3.1a), since
 * a time clock serves more people than one team.
 */
function placedPunches(
  input: PunchDaysInput,
  roster: Roster,
  schedule: ReadonlyMap<string, ScheduleCell[]>,
  book: RuleBook,
  days: DayNumbers,
  warnings: Issue[],
): MonthWindows<ScheduleCell> {
  const byEmployee = new Map<string, readonly ScheduleCell[]>();
  for (const id of roster.byId.keys()) byEmployee.set(id, schedule.get(id) ?? []);
  const windows = new MonthWindows(byEmployee, book.policy, input.punches);
  const strangers: Strangers = new Map();
  const first = firstDayOf(input.month);
  const last = lastDayOf(input.month);
  windows.placeAll(days, (punch) => {
    if (punch.date >= first && punch.date <= last) noteStranger(strangers, punch);
  });
  for (const [id, { first: firstPunch, count }] of strangers) warnings.push(issueAt('warning', 'UNKNOWN_PUNCH_ID', firstPunch.ref, 'employeeId', { id, count }));
  return windows;
}

const pad = (value: number): string => String(value).padStart(2, '0');

function clockText(minuteOfDay: number): string {
  return `${pad(Math.floor(minuteOfDay / 60))}:${pad(minuteOfDay % 60)}`;
}

/** A punch as an issue names it: `08:29 (打卡!B12)`, with its date when it is not on `day`. */
function punchText(at: PunchAt, day: number, days: DayNumbers): string {
  const punchDay = Math.floor(at.instant / MINUTES_PER_DAY);
  const time = clockText(at.instant - punchDay * MINUTES_PER_DAY);
  const when = punchDay === day ? time : `${days.dateOf(punchDay)} ${time}`;
  return `${when} (${cellAddress(at.punch.ref, 'punchTime')})`;
}

/** A clock value the judged row is given, set anew for each day. */
interface ClockValue {
  date: IsoDate;
  minuteOfDay: number;
}

/**
 * The present Attendance row a scheduled day is judged as (SPEC §3.1a: "exactly as a present
 * Attendance row with those two date-and-time values"). One object serves every day of the
 * month: the §3.1 rules copy into their items and issues what they keep of a row, and the
 * items get the schedule's cell as their own reference afterwards.
 */
class JudgedRow implements AttendanceRow {
  date: IsoDate = '';
  employeeId = '';
  shift = '';
  readonly status = 'present' as const;
  ref: RowRef = { sheet: '', row: 0, columns: {} };
  readonly clockIn: ClockValue = { date: '', minuteOfDay: 0 };
  readonly clockOut: ClockValue = { date: '', minuteOfDay: 0 };

  constructor(private readonly days: DayNumbers) {}

  /** The row of `cell`, for `employee`, clocked in and out at these instants. */
  set(cell: ScheduleCell, employee: Employee, clockIn: Instant, clockOut: Instant): this {
    this.date = cell.date;
    this.employeeId = employee.id;
    this.shift = cell.shift.code;
    this.ref = cell.row;
    this.setClock(this.clockIn, clockIn);
    this.setClock(this.clockOut, clockOut);
    return this;
  }

  private setClock(clock: ClockValue, instant: Instant): void {
    const day = Math.floor(instant / MINUTES_PER_DAY);
    clock.date = this.days.dateOf(day);
    clock.minuteOfDay = instant - day * MINUTES_PER_DAY;
  }
}

function punchUsed(at: PunchAt, days: DayNumbers): PunchUsed {
  const day = Math.floor(at.instant / MINUTES_PER_DAY);
  const used = { date: days.dateOf(day), minuteOfDay: at.instant - day * MINUTES_PER_DAY, ref: at.punch.ref };
  return at.punch.source === undefined ? used : { ...used, source: at.punch.source };
}

/** What judging the days needs besides the day: the rules, the dates, the cells and the row they are judged as. */
interface Judging {
  readonly book: RuleBook;
  readonly days: DayNumbers;
  readonly refs: CellRefs;
  readonly row: JudgedRow;
}

/**
 * One scheduled day from what its window caught (SPEC §3.1a): no punch is an absence; a lone
 * punch is the clock-in before the shift's midpoint and the clock-out from it, the other one
 * missing; otherwise the first and the last punch are judged by §3.1 exactly as a present
 * Attendance row with those two date-and-time values would be. Everything points at the
 * schedule's cell for the day.
 */
function judgeDay(placed: MonthWindows<ScheduleCell>, index: number, employee: Employee, judging: Judging): AttendanceDay {
  const { book, days, refs } = judging;
  const cell = placed.days[index];
  if (!placed.caughtAny(index)) {
    const window = placed.window(index);
    const dayStart = cell.dayNumber * MINUTES_PER_DAY;
    const row: AttendanceRow = { date: cell.date, employeeId: employee.id, shift: cell.shift.code, status: 'present', ref: cell.row };
    const absence = absenceDay(book, row, { kind: 'noPunch', from: window.opens - dayStart, to: window.closes - dayStart });
    return fromPunches(absence, refs.of(cell));
  }
  const firstInstant = placed.firstInstant(index);
  const lastInstant = placed.lastInstant(index);
  if (firstInstant === lastInstant) {
    const lone = placed.first(index);
    const clockIn = isBeforeMidpoint(placed.window(index), firstInstant);
    const params = { id: employee.id, date: cell.date, punch: lone === undefined ? '' : punchText(lone, cell.dayNumber, days) };
    const ref = refs.of(cell);
    const issue = clockIn ? issueAt('error', 'MISSING_CLOCK_OUT', ref, 'clockOut', params) : issueAt('error', 'MISSING_CLOCK_IN', ref, 'clockIn', params);
    return { items: [], issues: [issue], absent: false };
  }
  const day = assessAttendanceDay(judging.row.set(cell, employee, firstInstant, lastInstant), book);
  if (day.items.length === 0) return day;
  const first = placed.first(index);
  const last = placed.last(index);
  if (first === undefined || last === undefined) return day;
  return fromPunches(day, refs.of(cell), { clockIn: punchUsed(first, days), clockOut: punchUsed(last, days) });
}

/** The day's items, from punches and the schedule, at the schedule's cell, with the two punches used when there were. */
function fromPunches(day: AttendanceDay, ref: RowRef, punches?: PunchesUsed): AttendanceDay {
  if (day.items.length === 0) return day;
  return { ...day, items: day.items.map((item) => ({ ...item, source: 'punches' as const, ref, ...(punches ? { punches } : {}) })) };
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
  const refs = new CellRefs();
  const judging: Judging = { book, days: dayNumbers, refs, row: new JudgedRow(dayNumbers) };
  const schedule = scheduledDays(input, roster, book, dayNumbers, refs, issues);
  const placed = placedPunches(input, roster, schedule, book, dayNumbers, warnings);
  const overrides = attendanceDays(input.attendance.filter((row) => monthOf(row.date) === input.month));
  const absenceDays = new Map<string, number>();
  let days = 0;
  for (const employee of roster.byId.values()) {
    const overridden = overrides.get(employee.id);
    outsideWarnings(placed.outsideOf(employee.id), input.month, overridden, warnings);
    const { from, to } = placed.rangeOf(employee.id);
    let absent = 0;
    for (let index = from; index < to; index++) {
      const cell = placed.days[index];
      if (!cell.judged || overridden?.has(cell.date)) continue;
      days++;
      const day = judgeDay(placed, index, employee, judging);
      if (day.issues.length > 0) issues.push(...day.issues);
      for (let item = 0; item < day.items.length; item++) ledger.add(day.items[item]);
      if (day.absent) absent++;
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
