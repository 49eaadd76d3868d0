import { fail, FakeErrorCode } from './errors';

/** Excel's grid limits. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells, 0-based and inclusive. */
export interface Area {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

export function letters(column: number): string {
  let text = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

function columnOf(text: string): number {
  let n = 0;
  for (const ch of text.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/;
const COLUMNS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/;

function checked(area: Area, text: string): Area {
  const inside = (row: number, column: number) => row >= 0 && row < MAX_ROWS && column >= 0 && column < MAX_COLUMNS;
  if (!inside(area.top, area.left) || !inside(area.bottom, area.right)) {
    fail(FakeErrorCode.invalidArgument, `The address ${text} is outside the grid.`);
  }
  return {
    top: Math.min(area.top, area.bottom),
    left: Math.min(area.left, area.right),
    bottom: Math.max(area.top, area.bottom),
    right: Math.max(area.left, area.right),
  };
}

/** `A1`, `B2:C9`, `C:C`, `1:4` (with or without `$`), without a sheet name. */
export function parseArea(text: string): Area {
  const [first, second, extra] = text.trim().split(':');
  if (extra !== undefined) fail(FakeErrorCode.invalidArgument, `The address ${text} is not valid.`);
  const whole = text.trim();
  const columns = COLUMNS.exec(whole);
  if (columns) return checked({ top: 0, left: columnOf(columns[1]), bottom: MAX_ROWS - 1, right: columnOf(columns[2]) }, text);
  const rows = ROWS.exec(whole);
  if (rows) return checked({ top: Number(rows[1]) - 1, left: 0, bottom: Number(rows[2]) - 1, right: MAX_COLUMNS - 1 }, text);
  const start = CELL.exec(first ?? '');
  const end = second === undefined ? start : CELL.exec(second);
  if (!start || !end) return fail(FakeErrorCode.invalidArgument, `The address ${text} is not valid.`);
  return checked(
    { top: Number(start[2]) - 1, left: columnOf(start[1]), bottom: Number(end[2]) - 1, right: columnOf(end[1]) },
    text,
  );
}

/** Splits `'My sheet'!A1:B2` into its sheet name (unquoted) and address. */
export function splitSheetAddress(text: string): { readonly sheet?: string; readonly address: string } {
  const bang = text.lastIndexOf('!');
  if (bang < 0) return { address: text };
  const rawSheet = text.slice(0, bang);
  const sheet = /^'.*'$/.test(rawSheet) ? rawSheet.slice(1, -1).replace(/''/g, "'") : rawSheet;
  return { sheet, address: text.slice(bang + 1) };
}

export function isWholeColumns(area: Area): boolean {
  return area.top === 0 && area.bottom === MAX_ROWS - 1;
}

export function isWholeRows(area: Area): boolean {
  return area.left === 0 && area.right === MAX_COLUMNS - 1;
}

export function formatArea(area: Area): string {
  if (isWholeColumns(area)) return `${letters(area.left)}:${letters(area.right)}`;
  if (isWholeRows(area)) return `${area.top + 1}:${area.bottom + 1}`;
  const start = `${letters(area.left)}${area.top + 1}`;
  if (area.top === area.bottom && area.left === area.right) return start;
  return `${start}:${letters(area.right)}${area.bottom + 1}`;
}

/** A sheet name as Excel writes it in an address: quoted when it is not a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !CELL.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function cellOfKey(key: number): { readonly row: number; readonly column: number } {
  return { row: Math.floor(key / MAX_COLUMNS), column: key % MAX_COLUMNS };
}

export function areaCells(area: Area): number {
  return (area.bottom - area.top + 1) * (area.right - area.left + 1);
}

export function overlaps(a: Area, b: Area): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}
