import { MINUTES_PER_DAY, type IsoDate } from './calendar';
import { shiftEndMinutes } from './attendance-day';
import type { Policy, ShiftDefinition } from './policy';

/**
 * Instants as whole minutes since 1970-01-01 00:00 (day number × 1440 + minute of the day):
 * punches, shifts and windows compare as plain numbers (SPEC §3.1a: seconds dropped).
 */
export type Instant = number;

export function instantOf(dayNumber: number, minuteOfDay: number): Instant {
  return dayNumber * MINUTES_PER_DAY + minuteOfDay;
}

/** A shift scheduled for one employee on one day. */
export interface ScheduledDay {
  readonly date: IsoDate;
  /** Days since 1970-01-01 of `date`. */
  readonly dayNumber: number;
  readonly shift: ShiftDefinition;
}

/**
 * The shift's window (SPEC §3.1a): the punches from `opens` to `closes`, both included, belong
 * to the shift. Empty when `opens > closes`, which only a neighbour swallowing it can cause.
 */
export interface ShiftWindow {
  readonly start: Instant;
  readonly end: Instant;
  readonly opens: Instant;
  readonly closes: Instant;
}

/** Where a window's numbers sit in a flat array of windows, `stride` numbers apart. */
export const WINDOW_START = 0;
export const WINDOW_END = 1;
export const WINDOW_OPENS = 2;
export const WINDOW_CLOSES = 3;

/** Days with a shift each, by index: `ScheduledDays`, or the columns of a list of `ScheduledDay`. */
export interface ShiftDays {
  readonly dayNumber: ArrayLike<number>;
  shiftOf(index: number): ShiftDefinition;
}

/**
 * The windows of one employee's shifts, days `from` to `to` (excluded) of `days` in date order
 * (one shift a day), written into `into` from index `at`, one window every `stride` numbers:
 * each from `checkInOpensMinutes` before its start to `checkOutClosesMinutes` after its end,
 * which is on the next day when it is not after the start. Two consecutive windows that overlap
 * (or touch) are cut at the later of the earlier shift's end and the later window's opening; a
 * punch exactly at the cut belongs to the earlier shift, so the later window opens a minute
 * after it. A month's windows are written to one flat array: some 100,000 of them at 5,000
 * employees, and not an object each.
 */
export function writeShiftWindows(days: ShiftDays, from: number, to: number, policy: Policy, into: Float64Array, at: number, stride: number): void {
  const { checkInOpensMinutes, checkOutClosesMinutes } = policy.attendance;
  // The last window that holds any minute: a window swallowed by its neighbour cuts nothing further.
  let before = -1;
  for (let index = from; index < to; index++) {
    const shift = days.shiftOf(index);
    const dayNumber = days.dayNumber[index];
    const base = at + (index - from) * stride;
    const start = instantOf(dayNumber, shift.start);
    const end = instantOf(dayNumber, shiftEndMinutes(shift));
    let opens = start - checkInOpensMinutes;
    const closes = end + checkOutClosesMinutes;
    if (before >= 0 && opens <= into[before + WINDOW_CLOSES]) {
      const cut = Math.max(into[before + WINDOW_END], opens);
      into[before + WINDOW_CLOSES] = Math.min(into[before + WINDOW_CLOSES], cut);
      opens = cut + 1;
    }
    into[base + WINDOW_START] = start;
    into[base + WINDOW_END] = end;
    into[base + WINDOW_OPENS] = opens;
    into[base + WINDOW_CLOSES] = closes;
    if (opens <= closes) before = base;
  }
}

/** The windows of one employee's shifts, as objects: see `writeShiftWindows`. */
export function shiftWindows(days: readonly ScheduledDay[], policy: Policy): ShiftWindow[] {
  const numbers = new Float64Array(days.length * 4);
  writeShiftWindows({ dayNumber: days.map((day) => day.dayNumber), shiftOf: (index) => days[index].shift }, 0, days.length, policy, numbers, 0, 4);
  return days.map((_, index) => ({
    start: numbers[index * 4 + WINDOW_START],
    end: numbers[index * 4 + WINDOW_END],
    opens: numbers[index * 4 + WINDOW_OPENS],
    closes: numbers[index * 4 + WINDOW_CLOSES],
  }));
}

/** SPEC §3.1a: a lone punch earlier than the shift's midpoint is its clock-in, otherwise its clock-out. */
export function isBeforeMidpoint(window: Pick<ShiftWindow, 'start' | 'end'>, instant: Instant): boolean {
  return instant * 2 < window.start + window.end;
}
