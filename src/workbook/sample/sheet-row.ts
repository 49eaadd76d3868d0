import type { CellValue } from '../grid';
import { inputSheet, templateColumns, type InputSheetKey } from '../schema';

/**
 * Builds rows of an input sheet from named fields, in the column order `schema.ts` gives the
 * sheet; fields left out stay blank.
 */
export function sheetRowBuilder(key: InputSheetKey): (fields: Readonly<Record<string, CellValue | undefined>>) => CellValue[] {
  const columns = templateColumns(inputSheet(key)).map((column) => column.field);
  return (fields) => {
    const row = new Array<CellValue>(columns.length);
    for (let index = 0; index < columns.length; index++) row[index] = fields[columns[index]] ?? null;
    return row;
  };
}
