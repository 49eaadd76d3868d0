import { isoDate, monthFromIndex, monthIndex, monthOf, previousMonth, type Month } from '../engine/calendar';

function currentMonth(today: Date): Month {
  return monthOf(isoDate(today.getFullYear(), today.getMonth() + 1, today.getDate()));
}

/**
 * Supervisors compute at month end or early in the next month, so the pane starts on the
 * month before today (in the user's local calendar).
 */
export function defaultMonth(today: Date): Month {
  return previousMonth(currentMonth(today));
}

/** How far back the month list reaches: three years covers recomputing after late appeals. */
export const monthsOffered = 36;

/**
 * The months the picker offers, newest first: the current month (to check a month in
 * progress) and the `monthsOffered - 1` before it. A list rather than a month input, which
 * Safari (Excel on Mac) shows as a bare text box.
 */
export function monthChoices(today: Date): readonly Month[] {
  const newest = monthIndex(currentMonth(today));
  return Array.from({ length: monthsOffered }, (_, back) => monthFromIndex(newest - back));
}
