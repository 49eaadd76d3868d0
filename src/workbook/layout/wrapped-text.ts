import type { CellValue } from '../grid';
import type { RowHeight } from '../sheet-spec';
import { displayWidth } from './text-width';

/**
 * Wrapped text and the row heights it needs. Neither Excel (when a file is opened) nor the
 * Office.js renderer grows a row to fit wrapped text, so the layout works out how many lines
 * each wrapped cell takes and sets the row's height itself.
 */

/** Points per line of 11 pt text, Excel's default row height. */
export const LINE_HEIGHT = 15;

/** Width a cell's margins take from its text, in characters (5 of a digit's 7 pixels in Excel). */
const CELL_MARGIN = 1;

/** A full-width glyph at 11 pt is 14.7 pixels, a little over two 7-pixel digits of Calibri 11. */
const WIDE_GLYPH = 2.1;

/** One unbreakable piece of a line: a word with the spaces after it, or one CJK character. */
interface Token {
  readonly width: number;
  /** Width of the trailing spaces, which may hang past the line's end. */
  readonly trailing: number;
}

/**
 * Calibri's letters in widths of its digit (from its advance widths, rounded up to a
 * twentieth): most are about a digit wide, i, l, t and the space about half, m and w half as
 * wide again. Counting every letter as a whole digit would promise three lines where two do.
 */
const latinWidths: readonly (readonly [string, number])[] = [
  ["il.,:;!|'I", 0.5],
  [' ', 0.45],
  ['j', 0.5],
  ['ftr()-', 0.7],
  ['J', 0.65],
  ['sz', 0.8],
  ['cxL', 0.85],
  ['kvyFS', 0.9],
  ['agETYZ', 0.95],
  ['eP', 1],
  ['bdhnopquCKX', 1.05],
  ['BR', 1.1],
  ['AV', 1.15],
  ['DGHU', 1.25],
  ['NO', 1.3],
  ['Q', 1.35],
  ['w', 1.45],
  ['m', 1.6],
  ['M', 1.7],
  ['W', 1.75],
];
const latinWidthOf = new Map(latinWidths.flatMap(([letters, width]) => [...letters].map((ch) => [ch, width] as const)));

/** Digits, and anything not listed, count as one digit. */
const latinWidth = (ch: string): number => latinWidthOf.get(ch) ?? 1;

const isWide = (ch: string): boolean => displayWidth(ch) === 2;

/** Punctuation no line starts with: it stays with the text before it (Unicode line breaking, classes CL, CP, EX, IS). */
const NO_BREAK_BEFORE = new Set([...')]}!?,.:;）］｝！？，。：；、”’》」』】']);
/** Punctuation no line ends with: it stays with the text after it (class OP). */
const NO_BREAK_AFTER = new Set([...'([{（［｛“‘《「『【']);

/**
 * Words break at spaces; full-width text breaks between any two characters, and next to
 * Latin text; but never before closing punctuation or after an opening bracket, so
 * `15:57(打卡!C2734);` keeps `(打` and `卡!C2734);` together, as Excel and LibreOffice lay it out.
 */
function tokens(line: string): Token[] {
  const result: Token[] = [];
  let word = 0;
  let trailing = 0;
  let previous = '';
  const flush = (): void => {
    if (word > 0 || trailing > 0) result.push({ width: word, trailing });
    word = 0;
    trailing = 0;
  };
  for (const ch of line) {
    if (/\s/u.test(ch)) {
      trailing += latinWidth(ch);
      previous = ch;
      continue;
    }
    const wide = isWide(ch);
    const opportunity = trailing > 0 || ((wide || isWide(previous)) && previous !== '');
    const glued = trailing === 0 && (NO_BREAK_BEFORE.has(ch) || NO_BREAK_AFTER.has(previous));
    if (opportunity && !glued) flush();
    word += wide ? WIDE_GLYPH : latinWidth(ch);
    previous = ch;
  }
  flush();
  return result;
}

function linesOf(line: string, room: number): number {
  let lines = 1;
  let used = 0;
  for (const token of tokens(line)) {
    if (token.width > 0 && used > 0 && used + token.width > room) {
      lines++;
      used = 0;
    }
    if (token.width > room) {
      // A word longer than the line is broken where it reaches the edge.
      const extra = Math.ceil(token.width / room) - 1;
      lines += extra;
      used = token.width - extra * room;
    } else {
      used += token.width;
    }
    used += token.trailing;
  }
  return lines;
}

/** Lines a value takes in a wrapped cell `width` characters wide; explicit line breaks count. */
export function wrappedLineCount(value: CellValue, width: number): number {
  if (value === null || typeof value !== 'string') return 1;
  const room = Math.max(1, width - CELL_MARGIN);
  return value.split('\n').reduce((total, line) => total + linesOf(line, room), 0);
}

/**
 * The heights of the rows whose wrapped cells need more than one line. `wrapped` maps a
 * column index to the width its text wraps in; `firstRow` is the 1-based row of `rows[0]`.
 */
export function wrappedRowHeights(
  rows: readonly (readonly CellValue[])[],
  wrapped: ReadonlyMap<number, number>,
  firstRow: number,
): RowHeight[] {
  // The same rule names and notes come back row after row: each text is measured once per width.
  const counted = new Map<number, Map<string, number>>();
  const columns = [...wrapped].map(([column, width]) => {
    let known = counted.get(width);
    if (!known) counted.set(width, (known = new Map()));
    return { column, width, known };
  });
  const heights: RowHeight[] = [];
  rows.forEach((row, index) => {
    let lines = 1;
    for (const { column, width, known } of columns) {
      const value = row[column] ?? null;
      let count = typeof value === 'string' ? known.get(value) : undefined;
      if (count === undefined) {
        count = wrappedLineCount(value, width);
        if (typeof value === 'string') known.set(value, count);
      }
      if (count > lines) lines = count;
    }
    if (lines > 1) heights.push({ row: firstRow + index, height: lines * LINE_HEIGHT });
  });
  return heights;
}

/**
 * The height of a header row whose labels break over lines of their own (`Attendance\n
 * deductions`); none when every label is one line. Columns are fitted to the labels' lines.
 */
export function headerRowHeight(header: readonly CellValue[], row: number): RowHeight[] {
  const lines = Math.max(1, ...header.map((label) => (typeof label === 'string' ? label.split('\n').length : 1)));
  return lines > 1 ? [{ row, height: lines * LINE_HEIGHT }] : [];
}
