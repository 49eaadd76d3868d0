import { isMonth, type Month } from '../../engine/calendar';
import type { Issue } from '../../engine/issues';
import type { HistoryRow } from '../../engine/records';
import { a1, type CellValue, type WorkbookGrids } from '../grid';
import type { ColumnDefinition } from '../schema';
import { findHeader } from '../read/find-header';
import { findSheet } from '../read/find-sheet';
import { idFromCell } from '../read/parse-id';
import { numberFromCell } from '../read/parse-number';
import { FLAG_SEPARATOR, HISTORY_SHEET, historyColumns, optionalHistoryColumns, UNKNOWN_FLAGS, type HistoryColumn } from './history-columns';
import type { Flag } from '../../engine/results';

export interface StoredHistory {
  readonly rows: HistoryRow[];
  readonly fingerprints: Record<Month, string>;
  readonly computedAt: Record<Month, string>;
  readonly issues: Issue[];
}

const columnDefinitions: readonly ColumnDefinition[] = historyColumns.map((column) => ({
  field: column,
  zh: column,
  en: column,
  required: !optionalHistoryColumns.has(column),
  kind: 'text',
}));

type Parsed<T> = { ok: true; value: T } | { ok: false };
const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const bad: Parsed<never> = { ok: false };

const text = (cell: CellValue): Parsed<string> =>
  cell === null ? bad : ok(typeof cell === 'string' ? cell.trim() : String(cell));

const number = (cell: CellValue): Parsed<number> => {
  const value = cell === null ? undefined : numberFromCell(cell);
  return value === undefined ? bad : ok(value);
};

const wholeAtLeast = (min: number) => (cell: CellValue): Parsed<number> => {
  const parsed = number(cell);
  return parsed.ok && Number.isInteger(parsed.value) && parsed.value >= min ? parsed : bad;
};

const flag = (cell: CellValue): Parsed<boolean> => {
  if (typeof cell === 'boolean') return ok(cell);
  if (cell === 1 || cell === 0) return ok(cell === 1);
  if (typeof cell === 'string' && /^(true|false)$/i.test(cell.trim())) return ok(cell.trim().toLowerCase() === 'true');
  return bad;
};

const month = (cell: CellValue): Parsed<Month> => {
  const value = typeof cell === 'string' ? cell.trim() : '';
  return isMonth(value) ? ok(value) : bad;
};

const nonEmpty = (cell: CellValue): Parsed<string> => {
  const parsed = cell === null ? bad : ok(idFromCell(cell));
  return parsed.ok && parsed.value !== '' ? parsed : bad;
};

const knownFlags: ReadonlySet<string> = new Set<Flag>(['SCORE_BELOW_60', 'LAST_PLACE_TWICE', 'ABSENCE_DAYS', 'DISMISSAL_OFFENCE']);

/** Flag codes joined by commas; blank: none; `?`: unknown (undefined). */
const flags = (cell: CellValue): Parsed<readonly Flag[] | undefined> => {
  if (cell === null) return ok([]);
  const value = String(cell).trim();
  if (value === UNKNOWN_FLAGS) return ok(undefined);
  const codes = value.split(FLAG_SEPARATOR).map((code) => code.trim()).filter((code) => code !== '');
  return codes.every((code) => knownFlags.has(code)) ? ok(codes as Flag[]) : bad;
};

const parsers: { readonly [C in HistoryColumn]: (cell: CellValue) => Parsed<unknown> } = {
  month,
  employee_id: nonEmpty,
  name: (cell) => (cell === null ? ok('') : text(cell)),
  score: number,
  grade: nonEmpty,
  rank: wholeAtLeast(1),
  last_place: flag,
  first_place_run: wholeAtLeast(0),
  award: number,
  salary_adjustment: number,
  fingerprint: (cell) => (cell === null ? ok('') : text(cell)),
  computed_at: (cell) => (cell === null ? ok('') : text(cell)),
  team: (cell) => (cell === null ? ok(undefined) : text(cell)),
  flags,
};

const isBlank = (cell: CellValue | undefined): boolean =>
  cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');

/**
 * The history of every computed month from the hidden sheet. A row that cannot be read is
 * skipped with an UNREADABLE_HISTORY warning at its cell: the run-based rules then treat that
 * employee's month as missing, which the warning lets HR see.
 */
export function readHistory(grids: WorkbookGrids): StoredHistory {
  const stored: StoredHistory = { rows: [], fingerprints: {}, computedAt: {}, issues: [] };
  const found = findSheet(grids, { zh: HISTORY_SHEET, en: HISTORY_SHEET });
  if (!found) return stored;
  const { grid } = found;
  const search = findHeader(grid.rows, columnDefinitions);
  if (!search.found) {
    const missing = search.missing.map((column) => column.field).join(', ');
    stored.issues.push({ severity: 'warning', code: 'UNREADABLE_HISTORY', sheet: grid.name, cell: search.cell, params: { value: missing } });
    return stored;
  }
  const { rowIndex: headerRow, columnIndex } = search.header;
  const seen = new Set<string>();
  const unreadable = (rowIndex: number, columnIndexValue: number): void => {
    const cell = grid.rows[rowIndex]?.[columnIndexValue] ?? null;
    stored.issues.push({
      severity: 'warning',
      code: 'UNREADABLE_HISTORY',
      sheet: grid.name,
      cell: a1(rowIndex, columnIndexValue),
      params: { value: cell === null ? '' : String(cell) },
    });
  };
  for (let rowIndex = headerRow + 1; rowIndex < grid.rows.length; rowIndex++) {
    const cells = grid.rows[rowIndex] ?? [];
    if (Object.values(columnIndex).every((index) => isBlank(cells[index]))) continue;
    const parsed = parseRow(cells, columnIndex);
    if ('failedColumn' in parsed) {
      unreadable(rowIndex, parsed.failedColumn);
      continue;
    }
    const { row, fingerprint, computedAt } = parsed;
    const key = `${row.month}\u0000${row.employeeId}`;
    if (seen.has(key)) {
      unreadable(rowIndex, columnIndex.employee_id);
      continue;
    }
    seen.add(key);
    stored.rows.push(row);
    if (fingerprint && !(row.month in stored.fingerprints)) stored.fingerprints[row.month] = fingerprint;
    if (computedAt && !(row.month in stored.computedAt)) stored.computedAt[row.month] = computedAt;
  }
  return stored;
}

type ParsedRow = { row: HistoryRow; fingerprint: string; computedAt: string } | { failedColumn: number };

/** A row's values, or the 0-based column of the first that cannot be read. */
function parseRow(cells: readonly CellValue[], columnIndex: Readonly<Record<string, number>>): ParsedRow {
  const values: Partial<Record<HistoryColumn, unknown>> = {};
  for (const column of historyColumns) {
    const index = columnIndex[column];
    if (index === undefined && column === 'flags') {
      // A history written before flags were kept: unknown, not none.
      values.flags = undefined;
      continue;
    }
    const cell = index === undefined ? null : (cells[index] ?? null);
    const parsed = parsers[column](isBlank(cell) ? null : cell);
    // Only optional columns may be absent, and their parsers accept a blank.
    if (!parsed.ok) return { failedColumn: index ?? 0 };
    values[column] = parsed.value;
  }
  return { row: toHistoryRow(values), fingerprint: values.fingerprint as string, computedAt: values.computed_at as string };
}

function toHistoryRow(values: Partial<Record<HistoryColumn, unknown>>): HistoryRow {
  return {
    month: values.month as Month,
    employeeId: values.employee_id as string,
    name: values.name as string,
    score: values.score as number,
    grade: values.grade as string,
    rank: values.rank as number,
    lastPlace: values.last_place as boolean,
    firstPlaceRun: values.first_place_run as number,
    award: values.award as number,
    salaryAdjustment: values.salary_adjustment as number,
    ...(values.team ? { team: values.team as string } : {}),
    flags: values.flags as readonly Flag[] | undefined,
  };
}
