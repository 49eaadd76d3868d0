import { assessAttendanceDay } from './attendance-day';
import { monthOf, type IsoDate, type Month } from './calendar';
import { cellAddress } from './cell-address';
import { issueAt, type Issue } from './issues';
import type { Ledger } from './ledger';
import type { AttendanceRow, RowRef } from './records';
import { ownerOn, type Roster } from './roster';
import type { RuleBook } from './rule-book';
import { inSheetOrder } from './sheet-order';
import { keepAsLatest } from './latest-instance';

/**
 * The first row of each of one employee's days, by the day's number for dates written
 * `YYYY-MM-DD` and by their text otherwise: a large month has one row per employee and day,
 * and an array step costs a fraction of a map lookup per row.
 */
class DaysSeen {
  private readonly byDay: (RowRef | undefined)[] = [];
  private otherDates?: Map<IsoDate, RowRef>;

  constructor() {
    keepAsLatest(this);
  }

  /** The first row of `date` seen before, or undefined after keeping `ref` as that first row. */
  firstOf(date: IsoDate, ref: RowRef): RowRef | undefined {
    const day = dayOfMonth(date);
    if (day >= 0) {
      const first = this.byDay[day];
      if (first === undefined) this.byDay[day] = ref;
      return first;
    }
    this.otherDates ??= new Map();
    const first = this.otherDates.get(date);
    if (first === undefined) this.otherDates.set(date, ref);
    return first;
  }
}

const DIGIT_0 = 0x30;

/**
 * `DD` of `YYYY-MM-DD` as a number, or -1 for any other text. The dates compared all begin
 * with the same month, so two dates have the same number exactly when they are the same text.
 */
function dayOfMonth(date: IsoDate): number {
  if (date.length !== 10 || date.charCodeAt(7) !== 0x2d) return -1;
  const tens = date.charCodeAt(8) - DIGIT_0;
  const units = date.charCodeAt(9) - DIGIT_0;
  return tens >= 0 && tens <= 9 && units >= 0 && units <= 9 ? tens * 10 + units : -1;
}

/**
 * The Attendance sheet for one month (SPEC §2, §3.1): each row's items go to the ledger and
 * each absence day is counted; every row is checked, so all its problems show at once.
 * Rows of other months are not this month's business and are ignored.
 */
export function assessAttendance(
  rows: readonly AttendanceRow[],
  month: Month,
  roster: Roster,
  book: RuleBook,
  ledger: Ledger,
): { readonly absenceDays: ReadonlyMap<string, number>; readonly issues: readonly Issue[] } {
  const absenceDays = new Map<string, number>();
  const issues: Issue[] = [];
  const daysSeen = new Map<string, DaysSeen>();
  for (const row of inSheetOrder(rows.filter((candidate) => monthOf(candidate.date) === month))) {
    const owner = ownerOn(roster, row.employeeId, row.date, row.ref);
    if (owner.issue !== undefined) issues.push(owner.issue);

    let days = daysSeen.get(row.employeeId);
    if (days === undefined) daysSeen.set(row.employeeId, (days = new DaysSeen()));
    const first = days.firstOf(row.date, row.ref);
    if (first !== undefined) {
      const params = { id: row.employeeId, date: row.date, first: cellAddress(first, 'date') };
      issues.push(issueAt('error', 'DUPLICATE_ATTENDANCE', row.ref, 'date', params));
    }

    const day = assessAttendanceDay(row, book);
    for (const issue of day.issues) issues.push(issue);
    if (owner.employee === undefined || first !== undefined) continue;
    for (const item of day.items) ledger.add(item);
    if (day.absent) absenceDays.set(row.employeeId, (absenceDays.get(row.employeeId) ?? 0) + 1);
  }
  return { absenceDays, issues };
}
