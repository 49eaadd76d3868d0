import { columnIndex, columnLetter } from '../../workbook/grid';

/** A rectangle of a plan's sheet, 0-based and inclusive. */
export interface CellArea {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const CELL = /^\$?([A-Z]{1,3})\$?([1-9]\d{0,6})$/i;

function cell(text: string): { readonly row: number; readonly column: number } {
  const match = CELL.exec(text.trim());
  if (!match) throw new RangeError(`not a cell address: ${text}`);
  return { row: Number(match[2]) - 1, column: columnIndex(match[1]) };
}

/** `C5` or `A4:P40` → the area it covers. */
export function parseArea(text: string): CellArea {
  const [first, second, extra] = text.split(':');
  if (extra !== undefined || first === undefined) throw new RangeError(`not a range address: ${text}`);
  const start = cell(first);
  const end = second === undefined ? start : cell(second);
  return {
    top: Math.min(start.row, end.row),
    left: Math.min(start.column, end.column),
    bottom: Math.max(start.row, end.row),
    right: Math.max(start.column, end.column),
  };
}

export function areaAddress(area: CellArea): string {
  const start = `${columnLetter(area.left)}${area.top + 1}`;
  if (area.top === area.bottom && area.left === area.right) return start;
  return `${start}:${columnLetter(area.right)}${area.bottom + 1}`;
}

export function contains(area: CellArea, row: number, column: number): boolean {
  return row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;
}

/** `'Details 2026-11'!A5`: a reference Excel follows whatever the sheet's name holds. */
export function sheetReference(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}
