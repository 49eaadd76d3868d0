import type { EntryRow, EntrySheet, RowRef } from './records';

/**
 * Rows in the order a supervisor sees them: by sheet row. Every rule that speaks of "the first"
 * or "the later" row, or of a running total, works on this order, so the caller's array order
 * never changes a result.
 */
export function inSheetOrder<T extends { readonly ref: RowRef }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.ref.row - b.ref.row);
}

const entrySheetOrder: Readonly<Record<EntrySheet, number>> = { violations: 0, merits: 1 };

/** Violations before Merits (the order of SPEC §2), each by sheet row. */
export function entriesInSheetOrder(rows: readonly EntryRow[]): EntryRow[] {
  return [...rows].sort((a, b) => entrySheetOrder[a.sheet] - entrySheetOrder[b.sheet] || a.ref.row - b.ref.row);
}
