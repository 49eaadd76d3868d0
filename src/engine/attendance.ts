import { assessAttendanceDay } from './attendance-day';
import { monthOf, type Month } from './calendar';
import { cellAddress } from './cell-address';
import { issueAt, type Issue } from './issues';
import type { Ledger } from './ledger';
import type { AttendanceRow, RowRef } from './records';
import { ownerOn, type Roster } from './roster';
import type { RuleBook } from './rule-book';
import { inSheetOrder } from './sheet-order';

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
  // Employee → date → the first row of that day; nested maps spare building a key per row.
  const firstOfDay = new Map<string, Map<string, RowRef>>();
  for (const row of inSheetOrder(rows.filter((candidate) => monthOf(candidate.date) === month))) {
    const owner = ownerOn(roster, row.employeeId, row.date, row.ref);
    if (owner.issue !== undefined) issues.push(owner.issue);

    let days = firstOfDay.get(row.employeeId);
    if (days === undefined) firstOfDay.set(row.employeeId, (days = new Map()));
    const first = days.get(row.date);
    if (first === undefined) days.set(row.date, row.ref);
    else {
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
