import { type Area, areaCells, cellKey, cellOfKey, isWholeColumns, isWholeRows } from './address';
import { enterValue, formulaResult } from './cell-input';
import { fail, FakeErrorCode } from './errors';
import type { CellState, SheetState } from './state';

/** Cells the fake will touch one by one in a single call; whole columns go through column state. */
const CELL_LIMIT = 5_000_000;

export function cellAt(sheet: SheetState, row: number, column: number): CellState | undefined {
  return sheet.cells.get(cellKey(row, column));
}

export function ensureCell(sheet: SheetState, row: number, column: number): CellState {
  const key = cellKey(row, column);
  let cell = sheet.cells.get(key);
  if (!cell) {
    cell = {};
    sheet.cells.set(key, cell);
  }
  return cell;
}

/** Drops a cell that no longer holds anything, so snapshots compare content, not history. */
export function prune(sheet: SheetState, row: number, column: number): void {
  const key = cellKey(row, column);
  const cell = sheet.cells.get(key);
  if (cell && Object.values(cell).every((value) => value === undefined)) sheet.cells.delete(key);
}

/** The number format a cell shows: its own, else its column's, else General. */
export function effectiveFormat(sheet: SheetState, row: number, column: number): string {
  return cellAt(sheet, row, column)?.numberFormat ?? sheet.columns.get(column)?.numberFormat ?? 'General';
}

/** Visits every cell of an area of ordinary size; whole rows or columns are refused. */
export function forEachCell(area: Area, visit: (row: number, column: number) => void): void {
  if (isWholeColumns(area) || isWholeRows(area) || areaCells(area) > CELL_LIMIT) {
    fail(FakeErrorCode.generalException, 'The fake Excel only formats whole columns through column properties.');
  }
  for (let row = area.top; row <= area.bottom; row++) {
    for (let column = area.left; column <= area.right; column++) visit(row, column);
  }
}

/** A value or matrix argument spread over an area: a single value fills it; an array must fit it exactly. */
export function spread(input: unknown, area: Area, property: string): (row: number, column: number) => unknown {
  if (!Array.isArray(input)) return () => input;
  const rows = area.bottom - area.top + 1;
  const columns = area.right - area.left + 1;
  const fits = input.length === rows && input.every((row) => Array.isArray(row) && row.length === columns);
  if (!fits) {
    fail(
      FakeErrorCode.invalidArgument,
      `The number of rows or columns in the input array for ${property} doesn't match the size or dimensions of the range.`,
    );
  }
  return (row, column) => (input[row - area.top] as unknown[])[column - area.left];
}

export function writeValue(sheet: SheetState, row: number, column: number, input: unknown, date1904: boolean): void {
  const entered = enterValue(input, effectiveFormat(sheet, row, column), date1904);
  if (!entered) return;
  const cell = ensureCell(sheet, row, column);
  cell.value = entered.value;
  cell.formula = entered.formula;
  if (entered.impliedFormat && effectiveFormat(sheet, row, column) === 'General') cell.numberFormat = entered.impliedFormat;
  prune(sheet, row, column);
}

/** What `Range.values` reports for a cell: a formula's result, the constant, or "". */
export function readValue(sheet: SheetState, row: number, column: number): string | number | boolean {
  const cell = cellAt(sheet, row, column);
  if (!cell) return '';
  if (cell.formula !== undefined) return formulaResult(cell.formula);
  return cell.value ?? '';
}

export function readFormula(sheet: SheetState, row: number, column: number): string | number | boolean {
  const cell = cellAt(sheet, row, column);
  return cell?.formula ?? cell?.value ?? '';
}

export function matrix<T>(area: Area, read: (row: number, column: number) => T): T[][] {
  if (areaCells(area) > CELL_LIMIT) fail(FakeErrorCode.generalException, 'The fake Excel does not read whole rows or columns.');
  const rows: T[][] = [];
  for (let row = area.top; row <= area.bottom; row++) {
    const values: T[] = [];
    for (let column = area.left; column <= area.right; column++) values.push(read(row, column));
    rows.push(values);
  }
  return rows;
}

/** The smallest area holding every cell with a value (or, unless valuesOnly, any formatting). */
export function usedArea(sheet: SheetState, valuesOnly: boolean): Area | undefined {
  let top = Infinity;
  let left = Infinity;
  let bottom = -1;
  let right = -1;
  for (const [key, cell] of sheet.cells) {
    if (valuesOnly && cell.value === undefined && cell.formula === undefined) continue;
    const { row, column } = cellOfKey(key);
    top = Math.min(top, row);
    left = Math.min(left, column);
    bottom = Math.max(bottom, row);
    right = Math.max(right, column);
  }
  return bottom < 0 ? undefined : { top, left, bottom, right };
}
