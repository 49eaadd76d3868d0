import { adjustmentRangeIssues } from './adjustment';
import { monthOf, type Month } from './calendar';
import { assessEntryRow } from './entry-row';
import type { Issue } from './issues';
import type { Ledger } from './ledger';
import { RuleCode } from './policy';
import type { EntryRow } from './records';
import type { LineItem } from './results';
import { ownerOn, type Roster } from './roster';
import type { RuleBook } from './rule-book';
import { entriesInSheetOrder } from './sheet-order';

/**
 * The Violations and Merits sheets for one month (SPEC §2, §3.3): every row checked, the
 * items of rows without errors filed in the ledger, and the month's ADJ total checked per
 * employee over the rows that count. Returns the hand-entered items that count, for the
 * checks against KPI-derived codes.
 */
export function assessEntries(
  rows: readonly EntryRow[],
  month: Month,
  roster: Roster,
  book: RuleBook,
  ledger: Ledger,
): { readonly counted: readonly LineItem[]; readonly issues: readonly Issue[] } {
  const issues: Issue[] = [];
  const counted: LineItem[] = [];
  for (const row of entriesInSheetOrder(rows.filter((candidate) => monthOf(candidate.date) === month))) {
    const owner = ownerOn(roster, row.employeeId, row.date, row.ref);
    if (owner.issue !== undefined) issues.push(owner.issue);
    const assessment = assessEntryRow(row, owner.employee, book);
    issues.push(...assessment.issues);
    if (assessment.item === undefined || owner.employee === undefined) continue;
    ledger.add(assessment.item);
    if (!assessment.item.voided) counted.push(assessment.item);
  }
  const adjustments = counted.filter((item) => item.code === RuleCode.adjustment);
  issues.push(...adjustmentRangeIssues(adjustments, book.policy));
  return { counted, issues };
}
