import { sum } from './decimal';
import { compareEmployeeIds } from './employee-id';
import type { HistoryRow } from './records';

/** What a recompute may change for one employee (SPEC §4.3). */
export interface ChangedValues {
  readonly score: number;
  readonly grade: string;
  readonly rank: number;
  readonly salaryAdjustment: number;
  readonly award: number;
}

/** One employee whose results differ; `before` null: newly scored; `after` null: no longer scored. */
export interface EmployeeChange {
  readonly id: string;
  readonly name: string;
  readonly before: ChangedValues | null;
  readonly after: ChangedValues | null;
}

/** A month's headcount and money, for "before and after" totals. */
export interface MonthTotals {
  readonly employees: number;
  readonly salaryAdjustment: number;
  readonly award: number;
}

const valuesOf = (row: HistoryRow): ChangedValues => ({
  score: row.score,
  grade: row.grade,
  rank: row.rank,
  salaryAdjustment: row.salaryAdjustment,
  award: row.award,
});

const same = (a: ChangedValues, b: ChangedValues): boolean =>
  a.score === b.score && a.grade === b.grade && a.rank === b.rank && a.salaryAdjustment === b.salaryAdjustment && a.award === b.award;

/**
 * SPEC §4.3: against the results being replaced (`before`, the month's history rows), each
 * employee whose score, grade, rank, salary adjustment or award differs, or who was added or
 * removed, with the values before and after; by employee ID. A name or team change alone, or
 * a flag, is not a change of results. Nothing before (a first compute) gives no changes.
 */
export function changesBetween(before: readonly HistoryRow[], after: readonly HistoryRow[]): EmployeeChange[] {
  if (before.length === 0) return [];
  const old = new Map(before.map((row) => [row.employeeId, row]));
  const now = new Map(after.map((row) => [row.employeeId, row]));
  const ids = [...new Set([...old.keys(), ...now.keys()])].sort(compareEmployeeIds);
  const changes: EmployeeChange[] = [];
  for (const id of ids) {
    const was = old.get(id);
    const is = now.get(id);
    const previous = was ? valuesOf(was) : null;
    const next = is ? valuesOf(is) : null;
    if (previous && next && same(previous, next)) continue;
    changes.push({ id, name: (is ?? was)?.name ?? '', before: previous, after: next });
  }
  return changes;
}

/** Headcount and exact money totals of a month's history rows. */
export function monthTotals(rows: readonly HistoryRow[]): MonthTotals {
  return {
    employees: rows.length,
    salaryAdjustment: sum(rows.map((row) => row.salaryAdjustment)),
    award: sum(rows.map((row) => row.award)),
  };
}
