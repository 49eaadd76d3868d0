import { dayNumber, MINUTES_PER_DAY, type IsoDate } from './calendar';
import type { PunchRow } from './records';
import { instantOf, type Instant, type ShiftWindow } from './shift-windows';

/** A punch at its instant. */
export interface PunchAt {
  readonly instant: Instant;
  readonly punch: PunchRow;
}

/** What one window caught: its first and last punch, or nothing. */
export interface WindowCatch {
  readonly first?: PunchAt;
  readonly last?: PunchAt;
}

export interface PunchesPlaced {
  /** By window, in the order of the windows. */
  readonly caught: readonly WindowCatch[];
  /** Punches in no window (SPEC §3.1a: ignored, with a warning when they are the month's). */
  readonly outside: readonly PunchRow[];
}

/** Day numbers by date: a month's punches carry some sixty dates between them. */
export class DayNumbers {
  private readonly known = new Map<IsoDate, number>();

  of(date: IsoDate): number {
    let day = this.known.get(date);
    if (day === undefined) this.known.set(date, (day = dayNumber(date)));
    return day;
  }
}

/** Earlier instant first; of one instant, the punch on the earlier row (so that the order of the rows never matters). */
function isBefore(a: PunchAt, b: PunchAt): boolean {
  return a.instant < b.instant || (a.instant === b.instant && a.punch.ref.row < b.punch.ref.row);
}

/** Keeps the first and the last punch of a window; duplicates of one minute count once, named by their first row. */
class Catches {
  readonly first: (PunchAt | undefined)[];
  readonly last: (PunchAt | undefined)[];

  constructor(windows: number) {
    this.first = new Array<PunchAt | undefined>(windows).fill(undefined);
    this.last = new Array<PunchAt | undefined>(windows).fill(undefined);
  }

  take(window: number, at: PunchAt): void {
    const first = this.first[window];
    if (first === undefined || isBefore(at, first)) this.first[window] = at;
    const last = this.last[window];
    if (last === undefined || at.instant > last.instant || (at.instant === last.instant && at.punch.ref.row < last.punch.ref.row)) this.last[window] = at;
  }
}

/** The window holding `instant`, by binary search over windows in order; -1 when none does. */
function windowAt(windows: readonly ShiftWindow[], instant: Instant): number {
  let low = 0;
  let high = windows.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const window = windows[middle];
    if (instant < window.opens) high = middle - 1;
    else if (instant > window.closes) low = middle + 1;
    else return middle;
  }
  return -1;
}

const inWindow = (window: ShiftWindow, instant: Instant): boolean => instant >= window.opens && instant <= window.closes;

/**
 * The instant of a time of day, which belongs to the shift scheduled on its work day (SPEC
 * §3.1a): that time on the work day, or on the next day when only that lies in the window
 * (an overnight shift's clock-out); with 次日 or 昨日, only the day it names. Undefined when no
 * shift is scheduled on the work day or the window holds neither.
 */
function timeOfDayInstant(window: ShiftWindow | undefined, punch: PunchRow, workDay: number): Instant | undefined {
  if (window === undefined) return undefined;
  const onWorkDay = instantOf(workDay, punch.minuteOfDay);
  if (punch.dayOffset !== undefined) {
    const named = onWorkDay + punch.dayOffset * MINUTES_PER_DAY;
    return inWindow(window, named) ? named : undefined;
  }
  if (inWindow(window, onWorkDay)) return onWorkDay;
  const nextDay = onWorkDay + MINUTES_PER_DAY;
  return inWindow(window, nextDay) ? nextDay : undefined;
}

/**
 * Places one employee's punches in the windows of their shifts (SPEC §3.1a). A date-and-time
 * punch goes to the window holding its instant; a time of day to the window of its work day's
 * shift. Linear in the punches, plus a binary search each: a month has some 100 per person.
 */
export function placePunches(windows: readonly ShiftWindow[], punches: readonly PunchRow[], days: DayNumbers): PunchesPlaced {
  const catches = new Catches(windows.length);
  const outside: PunchRow[] = [];
  let byWorkDay: Map<number, number> | undefined;
  for (const punch of punches) {
    const day = days.of(punch.date);
    let window = -1;
    let instant: Instant | undefined;
    if (punch.timeOfDay) {
      if (byWorkDay === undefined) byWorkDay = new Map(windows.map((candidate, index) => [candidate.dayNumber, index]));
      const index = byWorkDay.get(day);
      instant = timeOfDayInstant(index === undefined ? undefined : windows[index], punch, day);
      if (instant !== undefined && index !== undefined) window = index;
    } else {
      instant = instantOf(day, punch.minuteOfDay);
      window = windowAt(windows, instant);
    }
    if (window < 0 || instant === undefined) outside.push(punch);
    else catches.take(window, { instant, punch });
  }
  const caught = windows.map((_, index) => ({ first: catches.first[index], last: catches.last[index] }));
  return { caught, outside };
}
