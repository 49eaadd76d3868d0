import type { Month } from '../../engine/calendar';
import type { HistoryRow } from '../../engine/records';
import { columnLetter, type CellValue } from '../grid';
import type { SheetSpec } from '../sheet-spec';
import { fittedWidths } from '../layout/text-width';
import { FLAG_SEPARATOR, HISTORY_SHEET, UNKNOWN_FLAGS, historyColumns, type HistoryColumn } from './history-columns';

const textColumns: ReadonlySet<HistoryColumn> = new Set(['month', 'employee_id', 'name', 'grade', 'fingerprint', 'computed_at', 'team', 'flags']);

/** Months in order, each month's rows by rank then ID: the order the rows were computed in. */
function compareRows(a: HistoryRow, b: HistoryRow): number {
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (a.rank !== b.rank) return a.rank - b.rank;
  return a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0;
}

function historyLine(row: HistoryRow, fingerprints: Record<Month, string>, computedAt: Record<Month, string>): CellValue[] {
  const values: Record<HistoryColumn, CellValue> = {
    month: row.month,
    employee_id: row.employeeId,
    name: row.name,
    score: row.score,
    grade: row.grade,
    rank: row.rank,
    last_place: row.lastPlace,
    first_place_run: row.firstPlaceRun,
    award: row.award,
    salary_adjustment: row.salaryAdjustment,
    fingerprint: fingerprints[row.month] ?? null,
    computed_at: computedAt[row.month] ?? null,
    team: row.team || null,
    flags: row.flags === undefined ? UNKNOWN_FLAGS : row.flags.length > 0 ? row.flags.join(FLAG_SEPARATOR) : null,
  };
  return historyColumns.map((column) => values[column]);
}

/** The very hidden history sheet holding every computed month's rows. */
export function historySheet(
  rows: readonly HistoryRow[],
  fingerprints: Record<Month, string>,
  computedAt: Record<Month, string>,
): SheetSpec {
  const header: CellValue[] = [...historyColumns];
  const body = [...rows].sort(compareRows).map((row) => historyLine(row, fingerprints, computedAt));
  const widths = fittedWidths([header, ...body], historyColumns.length);
  return {
    name: HISTORY_SHEET,
    visibility: 'veryHidden',
    columns: historyColumns.map((column, index) => ({ width: widths[index], ...(textColumns.has(column) ? { text: true } : {}) })),
    rows: [header, ...body],
    styles: [{ range: `A1:${columnLetter(historyColumns.length - 1)}1`, style: { bold: true } }],
    merges: [],
    conditionalFormats: [],
    hyperlinks: [],
  };
}
