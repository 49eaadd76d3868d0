import type { Policy } from '../engine/policy';

/** Small pieces of text both label catalogues build sentences from. */

/** `2–5` for a range, `5` for a fixed value; `-5 ~ 5` when a dash would read as a minus sign. */
export function pointsRange(min: number, max: number): string {
  if (min === max) return String(min);
  return min < 0 ? `${min} ~ ${max}` : `${min}–${max}`;
}

/** `08:30` for minutes after midnight. */
export function clockText(minuteOfDay: number): string {
  const hours = Math.floor(minuteOfDay / 60) % 24;
  const minutes = minuteOfDay % 60;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/** Lateness beyond this many minutes is an absence (SPEC §3.1): the last tier's limit. */
export function absenceAfterMinutes(policy: Policy): number {
  const tiers = policy.attendance.lateTiers;
  return tiers.length === 0 ? 0 : tiers[tiers.length - 1].upToMinutes;
}

/** The tiers as `from–to minutes → points` triples, each band starting one past the previous. */
export function lateTierBands(policy: Policy): { from: number; to: number; points: number }[] {
  let from = 1;
  return policy.attendance.lateTiers.map((tier) => {
    const band = { from, to: tier.upToMinutes, points: tier.points };
    from = tier.upToMinutes + 1;
    return band;
  });
}

/** Marks for a time on the day before or after the day it belongs to. */
export interface DayMarks {
  readonly previous: (time: string) => string;
  readonly next: (time: string) => string;
}

/** `06:30`, or `次日 05:00` / `05:00 next day`, for minutes from a day's midnight that may fall on a neighbouring day. */
export function dayClockText(minutes: number, marks: DayMarks): string {
  const time = clockText(((minutes % 1440) + 1440) % 1440);
  if (minutes < 0) return marks.previous(time);
  return minutes >= 1440 ? marks.next(time) : time;
}
