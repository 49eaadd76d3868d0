/**
 * The hidden history sheet (SPEC §4: the month's history goes to a hidden sheet; the
 * consecutive-month rules read it). Its name and headers are fixed and language-neutral, so
 * a workbook keeps one history whichever language its tabs were computed in.
 */
export const HISTORY_SHEET = '_scorecard_history';

export const historyColumns = [
  'month',
  'employee_id',
  'name',
  'score',
  'grade',
  'rank',
  'last_place',
  'first_place_run',
  'award',
  'salary_adjustment',
  'fingerprint',
  'computed_at',
  'team',
  'flags',
] as const;

export type HistoryColumn = (typeof historyColumns)[number];

/**
 * Older workbooks may lack these; a row reads without them. A history without `flags` says
 * nothing about its months' flags (unknown, not none); one with the column and a blank cell
 * says the month had none.
 */
export const optionalHistoryColumns: ReadonlySet<HistoryColumn> = new Set(['fingerprint', 'computed_at', 'team', 'flags']);

/** Flag codes in one cell, in the engine's order, joined by this. */
export const FLAG_SEPARATOR = ',';

/**
 * The flags cell of a month whose flags are unknown (its rows came from a history without the
 * column and are written again when another month is computed): blank would say "none".
 */
export const UNKNOWN_FLAGS = '?';
