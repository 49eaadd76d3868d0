import { columnLetter } from '../../workbook/grid';
import type { CellRange } from '../../workbook/cell-range';

// Both renderers read a plan's A1 addresses the same way.
export { parseRange as parseArea, type CellRange as CellArea } from '../../workbook/cell-range';

export function areaAddress(area: CellRange): string {
  const start = `${columnLetter(area.left)}${area.top + 1}`;
  if (area.top === area.bottom && area.left === area.right) return start;
  return `${start}:${columnLetter(area.right)}${area.bottom + 1}`;
}

export function contains(area: CellRange, row: number, column: number): boolean {
  return row >= area.top && row <= area.bottom && column >= area.left && column <= area.right;
}
