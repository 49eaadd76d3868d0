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
export interface ShiftWindow extends ScheduledDay {
  readonly start: Instant;
  readonly end: Instant;
  readonly opens: Instant;
  readonly closes: Instant;
}

/**
 * The windows of one employee's shifts, in date order (one shift a day): each from
 * `checkInOpensMinutes` before its start to `checkOutClosesMinutes` after its end, which is on
 * the next day when it is not after the start. Two consecutive windows that overlap (or touch)
 * are cut at the later of the earlier shift's end and the later window's opening; a punch
 * exactly at the cut belongs to the earlier shift, so the later window opens a minute after it.
 */
export function shiftWindows<D extends ScheduledDay>(days: readonly D[], policy: Policy): (D & ShiftWindow)[] {
  const { checkInOpensMinutes, checkOutClosesMinutes } = policy.attendance;
  const windows: (D & ShiftWindow)[] = [];
  // The last window that holds any minute: a window swallowed by its neighbour cuts nothing further.
  let previous = -1;
  for (const day of days) {
    const start = instantOf(day.dayNumber, day.shift.start);
    const end = instantOf(day.dayNumber, shiftEndMinutes(day.shift));
    let opens = start - checkInOpensMinutes;
    const before = previous < 0 ? undefined : windows[previous];
    if (before !== undefined && opens <= before.closes) {
      const cut = Math.max(before.end, opens);
      windows[previous] = { ...before, closes: Math.min(before.closes, cut) };
      opens = cut + 1;
    }
    const closes = end + checkOutClosesMinutes;
    windows.push({ ...day, start, end, opens, closes });
    if (opens <= closes) previous = windows.length - 1;
  }
  return windows;
}

/** SPEC §3.1a: a lone punch earlier than the shift's midpoint is its clock-in, otherwise its clock-out. */
export function isBeforeMidpoint(window: Pick<ShiftWindow, 'start' | 'end'>, instant: Instant): boolean {
  return instant * 2 < window.start + window.end;
}
