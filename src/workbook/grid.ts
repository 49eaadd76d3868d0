/**
 * A sheet as the adapters hand it over: a rectangle of plain values. Dates and times arrive
 * as Excel serial numbers in the 1900 date system (adapters convert 1904 workbooks), text as
 * strings, empty cells as null. Row 0 is the sheet's row 1.
 */
export type CellValue = string | number | boolean | null;

export type Visibility = 'visible' | 'hidden' | 'veryHidden';

export interface SheetGrid {
  readonly name: string;
  readonly rows: readonly (readonly CellValue[])[];
  readonly visibility?: Visibility;
}

export interface WorkbookGrids {
  readonly sheets: readonly SheetGrid[];
}

/** Column letters for a 0-based index: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  let n = index + 1;
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** 0-based column index of letters: A → 0, AA → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** `A1` for 0-based row and column indices. */
export function a1(rowIndex: number, columnIndexValue: number): string {
  return `${columnLetter(columnIndexValue)}${rowIndex + 1}`;
}
