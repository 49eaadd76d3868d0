import { columnIndex, type CellValue } from '../grid';
import type { SheetSpec } from '../sheet-spec';

/** The value a sheet description puts at an A1 address: what a reader of the rendered sheet would see there. */
export function valueAt(spec: SheetSpec, address: string): CellValue {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(`not a cell address: ${address}`);
  return spec.rows[Number(match[2]) - 1]?.[columnIndex(match[1])] ?? null;
}

/** Every value of an A1 range such as `A12:A17`, row by row. */
export function valuesIn(spec: SheetSpec, range: string): CellValue[] {
  const [from, to = from] = range.split(':');
  const start = /^([A-Z]+)(\d+)$/.exec(from);
  const end = /^([A-Z]+)(\d+)$/.exec(to);
  if (!start || !end) throw new Error(`not a range: ${range}`);
  const values: CellValue[] = [];
  for (let row = Number(start[2]); row <= Number(end[2]); row++) {
    for (let column = columnIndex(start[1]); column <= columnIndex(end[1]); column++) {
      values.push(spec.rows[row - 1]?.[column] ?? null);
    }
  }
  return values;
}
