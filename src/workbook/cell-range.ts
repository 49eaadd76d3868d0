import { columnIndex } from './grid';

/** A rectangle of cells, 0-based and inclusive, as the A1 strings of a SheetSpec describe it. */
export interface CellRange {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;

/** 0-based row and column of one A1 cell (`C5` → row 4, column 2). */
export function parseCell(reference: string): { readonly row: number; readonly column: number } {
  const match = CELL.exec(reference.trim());
  if (!match || Number(match[2]) < 1) throw new RangeError(`not a cell reference: ${reference}`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/** `A4:P40` or a single cell `C5`; corners may come in any order. */
export function parseRange(reference: string): CellRange {
  const [first, second = first, ...rest] = reference.split(':');
  if (rest.length > 0) throw new RangeError(`not a cell range: ${reference}`);
  const start = parseCell(first);
  const end = parseCell(second);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}
