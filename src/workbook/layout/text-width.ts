import type { CellValue } from '../grid';

/**
 * Column widths fitted to content. Excel measures widths in characters of the default font;
 * CJK and other full-width characters take two.
 */
export interface WidthBounds {
  readonly min: number;
  readonly max: number;
}

export const defaultWidthBounds: WidthBounds = { min: 6, max: 48 };

/** Padding for the filter button and cell margins. */
export const HEADER_PADDING = 2;

function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    code >= 0x20000
  );
}

/**
 * Display width in half-width character cells, a character (a code point: a surrogate pair
 * is one) at a time. Measured for every cell of a details tab, so it reads code units rather
 * than iterating the string.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x1100) {
      width += 1;
    } else if (code >= 0xd800 && code < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      width += isWide(0x10000 + ((code - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00)) ? 2 : 1;
      i++;
    } else {
      width += isWide(code) ? 2 : 1;
    }
  }
  return width;
}

/**
 * Characters in the text of a whole number below 10^15 (a safe integer), its sign included:
 * `String(value).length` without building the string, for the hundreds of thousands of
 * numbers a large details tab measures.
 */
function wholeNumberLength(value: number): number {
  let length = value < 0 ? 2 : 1;
  const magnitude = Math.abs(value);
  for (let power = 10; magnitude >= power; power *= 10) length++;
  return length;
}

/** How wide a value shows; numbers by their shortest text, with room for separators. */
export function valueWidth(value: CellValue): number {
  if (value === null) return 0;
  if (typeof value === 'number') {
    const shown = Math.round(value * 100) / 100;
    // -0 shows as 0; fractions and very large numbers are measured by their text.
    if (Number.isInteger(shown) && Math.abs(shown) < 1e15) return (shown === 0 ? 1 : wholeNumberLength(shown)) + 1;
    return String(shown).length + 1;
  }
  if (typeof value === 'boolean') return 5;
  if (!value.includes('\n')) return displayWidth(value);
  return Math.max(...value.split('\n').map(displayWidth));
}

/**
 * The widest value of each column, unpadded and unbounded. `shownAs` gives columns whose
 * filled cells show as another text than their value (serial dates as their format).
 */
export function contentWidths(
  rows: readonly (readonly CellValue[])[],
  columnCount: number,
  shownAs: ReadonlyMap<number, CellValue> = new Map(),
): number[] {
  const widths = new Array<number>(columnCount).fill(0);
  const shownWidths = Array.from({ length: columnCount }, (_, column) => (shownAs.has(column) ? valueWidth(shownAs.get(column) ?? null) : -1));
  for (const row of rows) {
    for (let column = 0; column < columnCount; column++) {
      const value = row[column] ?? null;
      const width = shownWidths[column] >= 0 && value !== null ? shownWidths[column] : valueWidth(value);
      if (width > widths[column]) widths[column] = width;
    }
  }
  return widths;
}

/** Content widths with `padding` added, within bounds. */
export function boundedWidths(widths: readonly number[], bounds: WidthBounds = defaultWidthBounds, padding = HEADER_PADDING): number[] {
  return widths.map((width) => Math.min(bounds.max, Math.max(bounds.min, width + padding)));
}

/**
 * The width of each column that fits every given row, within bounds. `padding` is room for
 * the cell margins and, in a header, the filter button.
 */
export function fittedWidths(
  rows: readonly (readonly CellValue[])[],
  columnCount: number,
  bounds: WidthBounds = defaultWidthBounds,
  padding = HEADER_PADDING,
): number[] {
  return boundedWidths(contentWidths(rows, columnCount), bounds, padding);
}
