import { type Area, areaCells, cellKey, cellOfKey, isWholeColumns, isWholeRows } from './address';
import { enterValue, formulaResult } from './cell-input';
import { fail, FakeErrorCode } from './errors';
import type { CellState, SheetState } from './state';

/**
 * "A range is limited to 5,000,000 cells for read operations" (learn.microsoft.com, "Resource
 * limits and performance optimization for Office Add-ins", section Excel add-ins). The error a
 * larger read raises is not documented.
 */
export const READ_CELL_LIMIT = 5_000_000;

/**
 * "An unbounded range address is a range address that specifies either entire columns or entire
 * rows" (learn.microsoft.com, "Read or write to an unbounded range").
 */
export function isUnbounded(area: Area): boolean {
  return isWholeColumns(area) || isWholeRows(area);
}

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

/**
 * Visits every cell of a bounded area, to set a cell-level property. "You can't set cell-level
 * properties like `values`, `numberFormat`, or `formula` on an unbounded range … The API returns
 * an error" ("Read or write to an unbounded range"). Formats (font, fill, borders, alignment) on
 * whole rows or columns are not mentioned there; the fake refuses them too rather than guess
 * how Excel would store them.
 */
export function forEachCell(area: Area, visit: (row: number, column: number) => void): void {
  if (isUnbounded(area)) {
    fail(FakeErrorCode.invalidArgument, 'Cell-level properties cannot be set on an unbounded range (entire rows or columns).');
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

/**
 * Enters a value as if typed. A formula entered while calculation is suspended
 * (`suspendApiCalculationUntilNextSync`) is left uncalculated: its old value stays until a
 * recalculation (workbook.ts, FakeApplication).
 */
export function writeValue(sheet: SheetState, row: number, column: number, input: unknown, date1904: boolean, suspended = false): void {
  const entered = enterValue(input, effectiveFormat(sheet, row, column), date1904);
  if (!entered) return;
  const cell = ensureCell(sheet, row, column);
  const shown = readValue(sheet, row, column);
  cell.value = entered.value;
  cell.formula = entered.formula;
  if (entered.formula !== undefined && suspended) {
    cell.uncalculated = true;
    cell.staleValue = shown;
  } else {
    delete cell.uncalculated;
    delete cell.staleValue;
  }
  if (entered.impliedFormat && effectiveFormat(sheet, row, column) === 'General') cell.numberFormat = entered.impliedFormat;
  prune(sheet, row, column);
}

/** What `Range.values` reports for a cell: a formula's result, the constant, or "". */
export function readValue(sheet: SheetState, row: number, column: number): string | number | boolean {
  const cell = cellAt(sheet, row, column);
  if (!cell) return '';
  if (cell.formula !== undefined) return cell.uncalculated ? (cell.staleValue ?? '') : formulaResult(cell.formula);
  return cell.value ?? '';
}

export function readFormula(sheet: SheetState, row: number, column: number): string | number | boolean {
  const cell = cellAt(sheet, row, column);
  return cell?.formula ?? cell?.value ?? '';
}

/**
 * A cell-level property read over an area. "When you request an unbounded range (for example,
 * getRange('C:C')), the response returns null for cell-level properties like values, text,
 * numberFormat, and formula" ("Read or write to an unbounded range"); a bounded range of more
 * than READ_CELL_LIMIT cells is refused.
 */
export function matrix<T>(area: Area, read: (row: number, column: number) => T): T[][] | null {
  if (isUnbounded(area)) return null;
  if (areaCells(area) > READ_CELL_LIMIT) {
    fail(FakeErrorCode.generalException, `A read of ${areaCells(area)} cells exceeds the limit of ${READ_CELL_LIMIT} cells per range.`);
  }
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
