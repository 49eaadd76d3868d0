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
] as const;

export type HistoryColumn = (typeof historyColumns)[number];

/** Older workbooks may lack these; a row reads without them. */
export const optionalHistoryColumns: ReadonlySet<HistoryColumn> = new Set(['fingerprint', 'computed_at']);
