import { dayNumber, isoDateFromDayNumber, MINUTES_PER_DAY, type IsoDate } from './calendar';
import type { PunchRow } from './records';
import { shiftEndMinutes } from './attendance-day';
import type { Policy } from './policy';
import { instantOf, WINDOW_CLOSES, WINDOW_END, WINDOW_OPENS, WINDOW_START, writeShiftWindows, type Instant, type ScheduledDay, type ShiftWindow } from './shift-windows';

/** A punch at its instant. */
export interface PunchAt {
  readonly instant: Instant;
  readonly punch: PunchRow;
}

/**
 * Day numbers by date and dates by day number, remembered: a month's punches carry some sixty
 * dates between them, mostly in runs of one date (exports are in time order).
 */
export class DayNumbers {
  private readonly numbers = new Map<IsoDate, number>();
  /** Dates by day number, from `firstDay` on: a month's punches and shifts span some sixty days. */
  private readonly dates: (IsoDate | undefined)[] = [];
  private firstDay = NaN;
  private lastDate = '';
  private lastNumber = 0;

  of(date: IsoDate): number {
    if (date === this.lastDate) return this.lastNumber;
    let day = this.numbers.get(date);
    if (day === undefined) this.numbers.set(date, (day = dayNumber(date)));
    this.lastDate = date;
    this.lastNumber = day;
    return day;
  }

  dateOf(day: number): IsoDate {
    if (Number.isNaN(this.firstDay)) this.firstDay = day - 64;
    const index = day - this.firstDay;
    const known = index >= 0 && index < 4096 ? this.dates[index] : undefined;
    if (known !== undefined) return known;
    const date = isoDateFromDayNumber(day);
    if (index >= 0 && index < 4096) this.dates[index] = date;
    return date;
  }
}

const inWindow = (opens: number, closes: number, instant: Instant): boolean => instant >= opens && instant <= closes;

/** A window's numbers in `MonthWindows.slots`: its bounds (see shift-windows), then what it caught (NaN: nothing yet). */
const FIRST_INSTANT = 4;
const LAST_INSTANT = 5;
const FIRST_PUNCH = 6;
const LAST_PUNCH = 7;
const SLOTS = 8;

/**
 * The windows of every employee's shifts, with the month's punches placed in them (SPEC
 * §3.1a). A date-and-time punch goes to the window of its employee holding its instant; a time
 * of day to the window of its work day's shift, at that time on the work day or, when only
 * that lies in the window, on the next day (with 次日 or 昨日, only the day it names); any
 * other punch is outside the schedule. Of the punches in a window, the first and the last are
 * kept; duplicates of one minute count once, named by their first row.
 *
 * Half a million punches are placed one by one in the order given (sheet order, where they lie
 * in memory as they were read). Each employee has a table of their windows by day, so a punch
 * is tried against the window of its own day, then of the days before and after it as far as a
 * window can reach; each window's bounds and catch sit side by side in one flat array. A punch
 * costs a lookup of its ID and a few reads in cache lines its neighbours in time also read, and
 * no object is made per punch or window. (Going employee by employee instead would jump about
 * half a million objects, several times slower at 5,000 employees.)
 */
export class MonthWindows<D extends ScheduledDay = ScheduledDay> {
  /** Every employee's scheduled days, employee after employee, each employee's in date order; window `i` is day `i`'s. */
  readonly days: readonly D[];
  private readonly slots: Float64Array;
  private readonly employees = new Map<string, number>();
  private readonly from: Int32Array;
  private readonly to: Int32Array;
  private readonly outside: (PunchRow[] | undefined)[];
  private readonly punches: readonly PunchRow[];
  /** Each employee's window by day, `span` days from `firstDay`: the window's index, or -1. */
  private readonly byDay: Int32Array;
  private readonly firstDay: number;
  private readonly span: number;
  /** How many days before a punch's day a window holding it may belong to, and after. */
  private readonly reachBack: number;
  private readonly reachAhead: number;

  /** `employees`: every ID whose punches are placed, with its scheduled days in date order (none for an unscheduled employee). */
  constructor(employees: ReadonlyMap<string, readonly D[]>, policy: Policy, punches: readonly PunchRow[]) {
    const days: D[] = [];
    this.from = new Int32Array(employees.size);
    this.to = new Int32Array(employees.size);
    let count = 0;
    let firstDay = Infinity;
    let lastDay = -Infinity;
    for (const own of employees.values()) {
      count += own.length;
      for (const day of own) {
        firstDay = Math.min(firstDay, day.dayNumber);
        lastDay = Math.max(lastDay, day.dayNumber);
      }
    }
    this.firstDay = count === 0 ? 0 : firstDay;
    this.span = count === 0 ? 0 : lastDay - firstDay + 1;
    this.slots = new Float64Array(count * SLOTS).fill(NaN);
    this.byDay = new Int32Array(employees.size * this.span).fill(-1);
    let index = 0;
    for (const [id, own] of employees) {
      this.employees.set(id, index);
      this.from[index] = days.length;
      writeShiftWindows(own, policy, this.slots, days.length * SLOTS, SLOTS);
      for (const day of own) {
        this.byDay[index * this.span + day.dayNumber - this.firstDay] = days.length;
        days.push(day);
      }
      this.to[index] = days.length;
      index++;
    }
    this.days = days;
    this.outside = new Array<PunchRow[] | undefined>(employees.size).fill(undefined);
    this.punches = punches;
    // A window opens at most this far before its day, and closes at most this far after it.
    const longest = Math.max(0, ...policy.shifts.map((shift) => shiftEndMinutes(shift) - shift.start));
    this.reachAhead = Math.ceil(policy.attendance.checkInOpensMinutes / MINUTES_PER_DAY);
    this.reachBack = Math.ceil((MINUTES_PER_DAY + longest + policy.attendance.checkOutClosesMinutes) / MINUTES_PER_DAY) - 1;
  }

  /** Places every punch; each one whose ID is none of the employees' goes to `stranger`. */
  placeAll(days: DayNumbers, stranger: (punch: PunchRow) => void): void {
    const { punches } = this;
    // Exports sorted by person give runs of one ID.
    let lastId: string | undefined;
    let lastEmployee: number | undefined;
    for (let index = 0; index < punches.length; index++) {
      const punch = punches[index];
      const employee = punch.employeeId === lastId ? lastEmployee : this.employees.get(punch.employeeId);
      lastId = punch.employeeId;
      lastEmployee = employee;
      if (employee === undefined) {
        stranger(punch);
        continue;
      }
      const day = days.of(punch.date);
      if (punch.timeOfDay) {
        const window = this.workDayWindow(employee, day);
        const instant = window < 0 ? NaN : this.timeOfDayInstant(window, punch, day);
        if (Number.isNaN(instant)) (this.outside[employee] ??= []).push(punch);
        else this.take(window, instant, index);
        continue;
      }
      const instant = instantOf(day, punch.minuteOfDay);
      const window = this.holding(employee, day, instant);
      if (window >= 0) this.take(window, instant, index);
      else (this.outside[employee] ??= []).push(punch);
    }
  }

  /** The indices of an employee's windows, `[from, to)`. */
  rangeOf(id: string): { readonly from: number; readonly to: number } {
    const employee = this.employees.get(id);
    return employee === undefined ? { from: 0, to: 0 } : { from: this.from[employee], to: this.to[employee] };
  }

  /** The employee's punches in no window (SPEC §3.1a: ignored, with a warning when they are the month's). */
  outsideOf(id: string): readonly PunchRow[] {
    const employee = this.employees.get(id);
    return (employee === undefined ? undefined : this.outside[employee]) ?? [];
  }

  window(index: number): ShiftWindow {
    const base = index * SLOTS;
    const { slots } = this;
    return { start: slots[base + WINDOW_START], end: slots[base + WINDOW_END], opens: slots[base + WINDOW_OPENS], closes: slots[base + WINDOW_CLOSES] };
  }

  /** Whether the window caught a punch. */
  caughtAny(index: number): boolean {
    return !Number.isNaN(this.slots[index * SLOTS + FIRST_PUNCH]);
  }

  firstInstant(index: number): Instant {
    return this.slots[index * SLOTS + FIRST_INSTANT];
  }

  lastInstant(index: number): Instant {
    return this.slots[index * SLOTS + LAST_INSTANT];
  }

  /** The first punch the window caught, undefined when it caught none. */
  first(index: number): PunchAt | undefined {
    return this.caught(index, FIRST_INSTANT, FIRST_PUNCH);
  }

  last(index: number): PunchAt | undefined {
    return this.caught(index, LAST_INSTANT, LAST_PUNCH);
  }

  private caught(window: number, instantSlot: number, punchSlot: number): PunchAt | undefined {
    const base = window * SLOTS;
    const index = this.slots[base + punchSlot];
    return Number.isNaN(index) ? undefined : { instant: this.slots[base + instantSlot], punch: this.punches[index] };
  }

  /** Earlier instant first; of one instant, the earlier row, so that the order of the rows never matters. */
  private take(window: number, instant: Instant, index: number): void {
    const { slots } = this;
    const base = window * SLOTS;
    const first = slots[base + FIRST_INSTANT];
    if (Number.isNaN(first) || instant < first || (instant === first && this.earlierRow(index, slots[base + FIRST_PUNCH]))) {
      slots[base + FIRST_INSTANT] = instant;
      slots[base + FIRST_PUNCH] = index;
    }
    const last = slots[base + LAST_INSTANT];
    if (Number.isNaN(last) || instant > last || (instant === last && this.earlierRow(index, slots[base + LAST_PUNCH]))) {
      slots[base + LAST_INSTANT] = instant;
      slots[base + LAST_PUNCH] = index;
    }
  }

  private earlierRow(index: number, other: number): boolean {
    return this.punches[index].ref.row < this.punches[other].ref.row;
  }

  /** The employee's window holding `instant`, on `day`: its own day's, then the nearest days' within reach; -1 when none does. */
  private holding(employee: number, day: number, instant: Instant): number {
    const offset = day - this.firstDay;
    for (let distance = 0; distance <= Math.max(this.reachBack, this.reachAhead); distance++) {
      if (distance <= this.reachBack && this.holds(employee, offset - distance, instant)) return this.byDay[employee * this.span + offset - distance];
      if (distance > 0 && distance <= this.reachAhead && this.holds(employee, offset + distance, instant)) return this.byDay[employee * this.span + offset + distance];
    }
    return -1;
  }

  /** Whether the employee's window of the day `offset` days after `firstDay` holds `instant`. */
  private holds(employee: number, offset: number, instant: Instant): boolean {
    if (offset < 0 || offset >= this.span) return false;
    const window = this.byDay[employee * this.span + offset];
    if (window < 0) return false;
    const base = window * SLOTS;
    return instant >= this.slots[base + WINDOW_OPENS] && instant <= this.slots[base + WINDOW_CLOSES];
  }

  /** The employee's window of the shift on a work day, or -1. */
  private workDayWindow(employee: number, workDay: number): number {
    const offset = workDay - this.firstDay;
    return offset < 0 || offset >= this.span ? -1 : this.byDay[employee * this.span + offset];
  }

  /**
   * A time of day's instant in its work day's window: at that time on the work day, or on the
   * next day when only that lies in the window; with 次日 or 昨日, only on the day it names.
   * NaN when the window holds neither.
   */
  private timeOfDayInstant(window: number, punch: PunchRow, workDay: number): Instant {
    const opens = this.slots[window * SLOTS + WINDOW_OPENS];
    const closes = this.slots[window * SLOTS + WINDOW_CLOSES];
    const onWorkDay = instantOf(workDay, punch.minuteOfDay);
    if (punch.dayOffset !== undefined) {
      const named = onWorkDay + punch.dayOffset * MINUTES_PER_DAY;
      return inWindow(opens, closes, named) ? named : NaN;
    }
    if (inWindow(opens, closes, onWorkDay)) return onWorkDay;
    const nextDay = onWorkDay + MINUTES_PER_DAY;
    return inWindow(opens, closes, nextDay) ? nextDay : NaN;
  }
}
