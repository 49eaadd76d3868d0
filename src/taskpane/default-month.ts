import { isoDate, monthOf, previousMonth, type Month } from '../engine/calendar';

/**
 * Supervisors compute at month end or early in the next month, so the pane starts on the
 * month before today (in the user's local calendar).
 */
export function defaultMonth(today: Date): Month {
  return previousMonth(monthOf(isoDate(today.getFullYear(), today.getMonth() + 1, today.getDate())));
}
