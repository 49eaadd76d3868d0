import { a1 } from '../grid';
import type { CellValue } from '../grid';
import type { ColumnDefinition } from '../schema';
import { normalizeText } from './normalize-text';

/** SPEC §2: the header row is anywhere in the first 10 rows. */
export const HEADER_SEARCH_ROWS = 10;

/** Where a sheet's columns are: the header row and, per field found, its column and header text. */
export interface HeaderMatch {
  /** 0-based. */
  readonly rowIndex: number;
  /** Field → 0-based column index. */
  readonly columnIndex: Readonly<Record<string, number>>;
  /** Field → the header as written in the sheet. */
  readonly headerText: Readonly<Record<string, string>>;
}

export type HeaderSearch =
  | { readonly found: true; readonly header: HeaderMatch }
  | {
      readonly found: false;
      readonly missing: readonly ColumnDefinition[];
      /** A1 of the first filled cell of the row that came closest, or A1. */
      readonly cell: string;
    };

/**
 * Headers compare normalised (trimmed, case-insensitive, full-width alike) and also without
 * spaces, underscores, hyphens, dots, colons and the asterisks templates put on required
 * columns, so `Clock-in`, `clock_in` and `ClockIn*` are all `Clock in`.
 */
export function headerKey(text: string): string {
  return normalizeText(text).replace(/[\s_\-.:*]/g, '');
}

function fieldsByKey(columns: readonly ColumnDefinition[]): Map<string, string> {
  const byKey = new Map<string, string>();
  for (const column of columns) {
    for (const name of [column.zh, column.en, ...(column.aliases ?? [])]) {
      const key = headerKey(name);
      if (!byKey.has(key)) byKey.set(key, column.field);
    }
  }
  return byKey;
}

interface RowMatch {
  readonly columnIndex: Record<string, number>;
  readonly headerText: Record<string, string>;
  /** 0-based column of the row's first filled cell; -1 for an empty row. */
  readonly firstFilled: number;
}

function isFilled(cell: CellValue | undefined): boolean {
  return cell !== null && cell !== undefined && (typeof cell !== 'string' || cell.trim() !== '');
}

function matchRow(row: readonly CellValue[], byKey: Map<string, string>): RowMatch {
  const columnIndex: Record<string, number> = {};
  const headerText: Record<string, string> = {};
  let firstFilled = -1;
  for (let index = 0; index < row.length; index++) {
    const cell = row[index];
    if (!isFilled(cell)) continue;
    if (firstFilled < 0) firstFilled = index;
    if (typeof cell !== 'string') continue;
    const field = byKey.get(headerKey(cell));
    if (field !== undefined && !(field in columnIndex)) {
      columnIndex[field] = index;
      headerText[field] = cell.trim();
    }
  }
  return { columnIndex, headerText, firstFilled };
}

/**
 * The first of the first 10 rows holding every required header (SPEC §2). When none does,
 * the required columns missing from the row that holds the most of them.
 */
export function findHeader(rows: readonly (readonly CellValue[])[], columns: readonly ColumnDefinition[]): HeaderSearch {
  const byKey = fieldsByKey(columns);
  const required = columns.filter((column) => column.required);
  let best: { rowIndex: number; missing: ColumnDefinition[]; firstFilled: number } | undefined;
  for (let rowIndex = 0; rowIndex < Math.min(rows.length, HEADER_SEARCH_ROWS); rowIndex++) {
    const { columnIndex, headerText, firstFilled } = matchRow(rows[rowIndex] ?? [], byKey);
    const missing = required.filter((column) => !(column.field in columnIndex));
    if (missing.length === 0) return { found: true, header: { rowIndex, columnIndex, headerText } };
    const foundAny = Object.keys(columnIndex).length > 0;
    if (foundAny && (best === undefined || missing.length < best.missing.length)) best = { rowIndex, missing, firstFilled };
  }
  if (best === undefined) return { found: false, missing: required, cell: 'A1' };
  return { found: false, missing: best.missing, cell: a1(best.rowIndex, Math.max(best.firstFilled, 0)) };
}
