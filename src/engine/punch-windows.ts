import { MINUTES_PER_DAY } from './calendar';
import type { PunchLog } from './punch-log';
import { shiftEndMinutes } from './attendance-day';
import { keepAsLatest } from './latest-instance';
import type { Policy } from './policy';
import type { ScheduledDays } from './scheduled-days';
import { instantOf, WINDOW_CLOSES, WINDOW_END, WINDOW_OPENS, WINDOW_START, writeShiftWindows, type Instant, type ShiftWindow } from './shift-windows';

/** A punch at its instant: its index in the month's `PunchLog`. */
export interface PunchAt {
  readonly instant: Instant;
  readonly index: number;
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
 * Half a million punches are placed one by one in the order given (sheet order), read from the
 * log's columns. A table gives each day's window of each employee, day by day (exports are in
 * time order, so a day's entries are read together), and a punch is tried against the window
 * of its own day, then of the days before and after it as far as a window can reach; each
 * window's bounds and catch sit side by side in one flat array. A punch costs a few reads
 * of numbers, in cache lines its neighbours in time also read, and no object is made per punch
 * or window. (Going employee by employee instead would jump about the log, several times slower
 * at 5,000 employees.)
 */
export class MonthWindows {
  /** Every employee's scheduled days; window `i` is day `i`'s. */
  readonly days: ScheduledDays;
  private readonly slots: Float64Array;
  /** Per employee (by `ScheduledDays.employeeNumber`), the indices of their punches in no window. */
  private readonly outside: (number[] | undefined)[];
  private readonly punches: PunchLog;
  /** Each day's windows by employee, `span` days from `firstDay`: the window's index, or -1. Day by day, since punches come in time order. */
  private readonly byDay: Int32Array;
  private readonly employeeCount: number;
  private readonly firstDay: number;
  private readonly span: number;
  /** How many days before a punch's day a window holding it may belong to, and after. */
  private readonly reachBack: number;
  private readonly reachAhead: number;

  /** `days`: a range, empty or not, for every ID whose punches are placed. */
  constructor(days: ScheduledDays, policy: Policy, punches: PunchLog) {
    this.days = days;
    this.employeeCount = days.employeeCount;
    let firstDay = Infinity;
    let lastDay = -Infinity;
    for (let index = 0; index < days.length; index++) {
      const day = days.dayNumber[index];
      if (day < firstDay) firstDay = day;
      if (day > lastDay) lastDay = day;
    }
    this.firstDay = days.length === 0 ? 0 : firstDay;
    this.span = days.length === 0 ? 0 : lastDay - firstDay + 1;
    this.slots = new Float64Array(days.length * SLOTS).fill(NaN);
    this.byDay = new Int32Array(this.employeeCount * this.span).fill(-1);
    for (const id of days.ids()) {
      const { from, to } = days.rangeOf(id);
      writeShiftWindows(days, from, to, policy, this.slots, from * SLOTS, SLOTS);
      const employee = days.employeeNumber(id) ?? 0;
      for (let day = from; day < to; day++) this.byDay[(days.dayNumber[day] - this.firstDay) * this.employeeCount + employee] = day;
    }
    this.outside = new Array<number[] | undefined>(this.employeeCount).fill(undefined);
    this.punches = punches;
    // A window opens at most this far before its day, and closes at most this far after it.
    const longest = Math.max(0, ...policy.shifts.map((shift) => shiftEndMinutes(shift) - shift.start));
    this.reachAhead = Math.ceil(policy.attendance.checkInOpensMinutes / MINUTES_PER_DAY);
    this.reachBack = Math.ceil((MINUTES_PER_DAY + longest + policy.attendance.checkOutClosesMinutes) / MINUTES_PER_DAY) - 1;
    keepAsLatest(this);
  }

  /** Places every punch, and returns the indices of those whose ID is none of the employees'. */
  placeAll(): number[] {
    const strangers: number[] = [];
    const { punches } = this;
    const { day: days, minuteOfDay, timeOfDay } = punches;
    // The log numbers its IDs; each is looked up once, not once a punch.
    const employeeOf = Int32Array.from(punches.employeeIds, (id) => this.days.employeeNumber(id) ?? -1);
    for (let index = 0; index < punches.length; index++) {
      const employee = employeeOf[punches.employee[index]];
      if (employee < 0) {
        strangers.push(index);
        continue;
      }
      const day = days[index];
      if (timeOfDay[index] === 1) {
        const window = this.workDayWindow(employee, day);
        const instant = window < 0 ? NaN : this.timeOfDayInstant(window, minuteOfDay[index], punches.dayOffset(index), day);
        if (Number.isNaN(instant)) (this.outside[employee] ??= []).push(index);
        else this.take(window, instant, index);
        continue;
      }
      const instant = instantOf(day, minuteOfDay[index]);
      const window = this.holding(employee, day, instant);
      if (window >= 0) this.take(window, instant, index);
      else (this.outside[employee] ??= []).push(index);
    }
    return strangers;
  }

  /** The indices of the employee's punches in no window (SPEC §3.1a: ignored, with a warning when they are the month's). */
  outsideOf(id: string): readonly number[] {
    const employee = this.days.employeeNumber(id);
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
    return Number.isNaN(index) ? undefined : { instant: this.slots[base + instantSlot], index };
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
    return this.punches.row[index] < this.punches.row[other];
  }

  /** The employee's window holding `instant`, on `day`: its own day's, then the nearest days' within reach; -1 when none does. */
  private holding(employee: number, day: number, instant: Instant): number {
    const offset = day - this.firstDay;
    for (let distance = 0; distance <= Math.max(this.reachBack, this.reachAhead); distance++) {
      if (distance <= this.reachBack && this.holds(employee, offset - distance, instant)) return this.byDay[(offset - distance) * this.employeeCount + employee];
      if (distance > 0 && distance <= this.reachAhead && this.holds(employee, offset + distance, instant)) return this.byDay[(offset + distance) * this.employeeCount + employee];
    }
    return -1;
  }

  /** Whether the employee's window of the day `offset` days after `firstDay` holds `instant`. */
  private holds(employee: number, offset: number, instant: Instant): boolean {
    if (offset < 0 || offset >= this.span) return false;
    const window = this.byDay[offset * this.employeeCount + employee];
    if (window < 0) return false;
    const base = window * SLOTS;
    return instant >= this.slots[base + WINDOW_OPENS] && instant <= this.slots[base + WINDOW_CLOSES];
  }

  /** The employee's window of the shift on a work day, or -1. */
  private workDayWindow(employee: number, workDay: number): number {
    const offset = workDay - this.firstDay;
    return offset < 0 || offset >= this.span ? -1 : this.byDay[offset * this.employeeCount + employee];
  }

  /**
   * A time of day's instant in its work day's window: at that time on the work day, or on the
   * next day when only that lies in the window; with 次日 or 昨日, only on the day it names.
   * NaN when the window holds neither.
   */
  private timeOfDayInstant(window: number, minuteOfDay: number, dayOffset: number | undefined, workDay: number): Instant {
    const opens = this.slots[window * SLOTS + WINDOW_OPENS];
    const closes = this.slots[window * SLOTS + WINDOW_CLOSES];
    const onWorkDay = instantOf(workDay, minuteOfDay);
    if (dayOffset !== undefined) {
      const named = onWorkDay + dayOffset * MINUTES_PER_DAY;
      return inWindow(opens, closes, named) ? named : NaN;
    }
    if (inWindow(opens, closes, onWorkDay)) return onWorkDay;
    const nextDay = onWorkDay + MINUTES_PER_DAY;
    return inWindow(opens, closes, nextDay) ? nextDay : NaN;
  }
}
