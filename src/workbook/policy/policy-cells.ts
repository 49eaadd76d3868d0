import type { Issue } from '../../engine/issues';
import { labels, type ExpectedValue, type PolicyProblems } from '../../i18n/labels';
import { a1, type CellValue, type SheetGrid, type WorkbookGrids } from '../grid';
import { findHeader, type HeaderMatch } from '../read/find-header';
import { findSheet } from '../read/find-sheet';
import { normalizeText } from '../read/normalize-text';
import { numberFromCell } from '../read/parse-number';
import { fitsKind, type ValueKind } from './parameters';
import type { PolicySheetDefinition } from './policy-sheet-definitions';

/**
 * Reading one policy sheet: its cells as numbers, words and flags, and every problem as an
 * issue at its cell (SPEC §5). Issue texts carry both languages, since an issue's parameters
 * are shown whichever language the reader picked.
 */
export interface PolicySheet {
  readonly grid: SheetGrid;
  readonly header: HeaderMatch;
  readonly issues: Issue[];
}

/** A cell as read: blank, a value, or invalid (the issue is already recorded). */
export type CellRead<T> = { readonly kind: 'blank' } | { readonly kind: 'value'; readonly value: T } | { readonly kind: 'invalid' };

const blank = { kind: 'blank' } as const;
const invalid = { kind: 'invalid' } as const;

const bothLanguages = (zh: string, en: string): string => `${zh} / ${en}`;

/**
 * The sheet, if the workbook has it. A sheet present without its headers gives a
 * MISSING_COLUMN error per missing column and is otherwise ignored.
 */
export function openPolicySheet(grids: WorkbookGrids, definition: PolicySheetDefinition, issues: Issue[]): PolicySheet | undefined {
  const found = findSheet(grids, definition);
  if (!found) return undefined;
  const search = findHeader(found.grid.rows, definition.columns);
  if (search.found) return { grid: found.grid, header: search.header, issues };
  for (const column of search.missing) {
    issues.push({
      severity: 'error',
      code: 'MISSING_COLUMN',
      sheet: found.grid.name,
      cell: search.cell,
      params: { column: bothLanguages(column.zh, column.en) },
    });
  }
  return undefined;
}

function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** 0-based indices of the data rows: after the header, with any recognised column filled. */
export function dataRows(sheet: PolicySheet): number[] {
  const columns = Object.values(sheet.header.columnIndex);
  const rows: number[] = [];
  for (let rowIndex = sheet.header.rowIndex + 1; rowIndex < sheet.grid.rows.length; rowIndex++) {
    const cells = sheet.grid.rows[rowIndex] ?? [];
    if (columns.some((column) => !isBlank(cells[column]))) rows.push(rowIndex);
  }
  return rows;
}

/** A1 of a field's cell on a row; the header row's first column when the field has no column. */
export function addressOf(sheet: PolicySheet, rowIndex: number, field: string): string {
  const column = sheet.header.columnIndex[field];
  return column === undefined ? a1(sheet.header.rowIndex, 0) : a1(rowIndex, column);
}

/** A1 of a field's header cell, where problems of the whole column are reported. */
export function headerAddress(sheet: PolicySheet, field: string): string {
  return addressOf(sheet, sheet.header.rowIndex, field);
}

function cellOf(sheet: PolicySheet, rowIndex: number, field: string): CellValue {
  const column = sheet.header.columnIndex[field];
  if (column === undefined) return null;
  const cell = sheet.grid.rows[rowIndex]?.[column] ?? null;
  return isBlank(cell) ? null : cell;
}

export function invalidValue(sheet: PolicySheet, rowIndex: number, field: string, expected: ExpectedValue): void {
  const cell = cellOf(sheet, rowIndex, field);
  sheet.issues.push({
    severity: 'error',
    code: 'INVALID_POLICY_VALUE',
    sheet: sheet.grid.name,
    cell: addressOf(sheet, rowIndex, field),
    params: {
      value: cell === null ? '' : String(cell),
      expected: bothLanguages(labels('zh').policySheets.expected[expected], labels('en').policySheets.expected[expected]),
    },
  });
}

export function invalidTable(sheet: PolicySheet, cell: string, problem: (problems: PolicyProblems) => string): void {
  sheet.issues.push({
    severity: 'error',
    code: 'INVALID_POLICY_TABLE',
    sheet: sheet.grid.name,
    cell,
    params: { problem: bothLanguages(problem(labels('zh').policySheets.problems), problem(labels('en').policySheets.problems)) },
  });
}

export function readNumber(sheet: PolicySheet, rowIndex: number, field: string, kind: ValueKind): CellRead<number> {
  const cell = cellOf(sheet, rowIndex, field);
  if (cell === null) return blank;
  const value = numberFromCell(cell);
  if (value !== undefined && fitsKind(value, kind)) return { kind: 'value', value };
  invalidValue(sheet, rowIndex, field, kind);
  return invalid;
}

/** Text as written, trimmed; numbers as their digits. */
export function readText(sheet: PolicySheet, rowIndex: number, field: string): CellRead<string> {
  const cell = cellOf(sheet, rowIndex, field);
  if (cell === null) return blank;
  return { kind: 'value', value: typeof cell === 'string' ? cell.trim() : String(cell) };
}

const yesWords = new Set(['是', 'yes', 'y', 'true', '1', '含', '√', '✓'].map(normalizeText));
const noWords = new Set(['否', 'no', 'n', 'false', '0', '不含', '×', '✗'].map(normalizeText));

export function readYesNo(sheet: PolicySheet, rowIndex: number, field: string): CellRead<boolean> {
  const cell = cellOf(sheet, rowIndex, field);
  if (cell === null) return blank;
  if (typeof cell === 'boolean') return { kind: 'value', value: cell };
  const word = normalizeText(String(cell));
  if (yesWords.has(word)) return { kind: 'value', value: true };
  if (noWords.has(word)) return { kind: 'value', value: false };
  invalidValue(sheet, rowIndex, field, 'yesNo');
  return invalid;
}
