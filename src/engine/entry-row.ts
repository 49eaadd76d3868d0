import { multiply } from './decimal';
import { issueAt, type Issue } from './issues';
import { RuleCode, type CatalogEntry, type Category } from './policy';
import type { Employee, EntryRow, EntrySheet } from './records';
import type { Bucket, LineItem } from './results';
import type { RuleBook } from './rule-book';

export interface EntryAssessment {
  /**
   * Present when code, times and points are valid, so that month-wide checks (the ADJ total,
   * codes derived from KPI) see the row even while it has another error; a voided row gives an
   * item worth nothing.
   */
  readonly item?: LineItem;
  readonly issues: readonly Issue[];
}

const bucketOf: Readonly<Record<Category, Bucket>> = {
  minor: 'violation',
  moderate: 'violation',
  severe: 'violation',
  dismissal: 'none',
  bonus: 'bonus',
  adjustment: 'adjustment',
};

/** SPEC §2: deduction codes go in Violations, bonus and adjustment codes in Merits. */
function expectedSheet(category: Category): EntrySheet {
  return category === 'bonus' || category === 'adjustment' ? 'merits' : 'violations';
}

/** SPEC §2 Times: a whole number ≥ 1, 1 when blank. */
function timesIssue(row: EntryRow): Issue | undefined {
  const { times } = row;
  if (times === undefined || (Number.isInteger(times) && times >= 1)) return undefined;
  return issueAt('error', 'INVALID_TIMES', row.ref, 'times', { value: String(times) });
}

/** SPEC §2 Points: required and within the range for a ranged code; blank or the fixed value otherwise. */
function pointsIssue(row: EntryRow, entry: CatalogEntry): Issue | undefined {
  const { points } = row;
  const { code, min, max } = entry;
  if (min !== max) {
    if (points === undefined) return issueAt('error', 'POINTS_REQUIRED', row.ref, 'points', { code, min, max });
    if (points < min || points > max) return issueAt('error', 'POINTS_OUT_OF_RANGE', row.ref, 'points', { code, min, max, value: points });
    return undefined;
  }
  if (points === undefined || points === min) return undefined;
  return issueAt('error', 'POINTS_NOT_FIXED', row.ref, 'points', { code, expected: min, value: points });
}

/** Checks that only matter for a row that counts: voided rows are listed, not weighed. */
function countingIssues(row: EntryRow, entry: CatalogEntry, owner: Employee | undefined): Issue[] {
  const issues: Issue[] = [];
  const expected = expectedSheet(entry.category);
  if (row.sheet !== expected) {
    issues.push(issueAt('warning', 'CODE_IN_OTHER_SHEET', row.ref, 'code', { code: entry.code, expected }));
  }
  if (entry.code === RuleCode.adjustment) {
    // SPEC §3.3: the trainer's adjustment is for team leads only, always with a reason.
    if (owner !== undefined && owner.role !== 'teamLead') {
      issues.push(issueAt('error', 'ADJ_NOT_TEAM_LEAD', row.ref, 'employeeId', { id: row.employeeId }));
    }
    if ((row.note ?? '').trim() === '') issues.push(issueAt('error', 'ADJ_NOTE_REQUIRED', row.ref, 'note', {}));
  }
  return issues;
}

function lineItem(row: EntryRow, entry: CatalogEntry): LineItem {
  const times = row.times ?? 1;
  const pointsPerTime = row.points ?? entry.min;
  return {
    employeeId: row.employeeId,
    date: row.date,
    code: entry.code,
    category: entry.category,
    bucket: bucketOf[entry.category],
    times,
    pointsPerTime,
    points: row.voided ? 0 : multiply(pointsPerTime, times),
    amount: row.amount,
    voided: row.voided,
    source: row.sheet,
    basis: { kind: 'entered' },
    ref: row.ref,
    note: row.note,
  };
}

/**
 * One row of Violations or Merits (SPEC §2, §3.3). Code, times and points are checked on every
 * row, voided or not; S05 is computed only, so entering it is an error. `owner` is the row's
 * employee when known and employed.
 */
export function assessEntryRow(row: EntryRow, owner: Employee | undefined, book: RuleBook): EntryAssessment {
  const entry = book.entry(row.code);
  const issues: Issue[] = [];
  if (entry === undefined) issues.push(issueAt('error', 'UNKNOWN_CODE', row.ref, 'code', { code: row.code }));
  else if (entry.code === RuleCode.escalation) issues.push(issueAt('error', 'COMPUTED_CODE_ENTERED', row.ref, 'code', { code: entry.code }));
  const times = timesIssue(row);
  if (times !== undefined) issues.push(times);
  if (entry === undefined || entry.code === RuleCode.escalation) return { issues };

  const points = pointsIssue(row, entry);
  if (points !== undefined) issues.push(points);
  const valued = times === undefined && points === undefined;
  if (!row.voided) issues.push(...countingIssues(row, entry, owner));
  return valued ? { item: lineItem(row, entry), issues } : { issues };
}
