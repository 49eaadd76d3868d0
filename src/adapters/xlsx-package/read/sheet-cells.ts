import type { CellValue } from '../../../workbook/grid';
import { decodeEscapes, unescapeXml } from '../xml/xml-text';
import { stringItem } from './cell-text';
import { isoSerial } from './iso-serial';
import { withMerges } from './merged-cells';

/** What the cells of a sheet need from the rest of the workbook. */
export interface CellContext {
  readonly sharedStrings: () => readonly string[];
  /** Whether the cell format at this index shows a date; consulted only for 1904 workbooks. */
  readonly showsDate: (styleIndex: number) => boolean;
  readonly date1904: boolean;
}

/** Days between the 1900 and the 1904 date systems' day 0. */
export const DAYS_1900_TO_1904 = 1462;

const SLASH = 0x2f;
const GT = 0x3e;
const SPACE = 0x20;
const CHAR_C = 0x63;
const CHAR_R = 0x72;
const CHAR_S = 0x73;
const CHAR_T = 0x74;
const CHAR_V = 0x76;
const CHAR_F = 0x66;
const CHAR_I = 0x69;

/** Cell types by the `t` attribute (ECMA-376 Part 1, §18.18.11). */
const enum CellType {
  Number,
  Shared,
  Text,
  Inline,
  Boolean,
  Date,
}

function cellType(xml: string, start: number, end: number): CellType {
  switch (xml.charCodeAt(start)) {
    case CHAR_S:
      return end - start === 1 ? CellType.Shared : CellType.Text; // s, str
    case CHAR_I:
      return CellType.Inline;
    case 0x62:
      return CellType.Boolean;
    case 0x64:
      return CellType.Date;
    case 0x65:
      return CellType.Text; // e: the error's text, #N/A
    default:
      return CellType.Number;
  }
}

/** Digits from `start` as a whole number; -1 when there are none. */
function integerAt(xml: string, start: number, end: number): number {
  let value = 0;
  let at = start;
  for (; at < end; at++) {
    const code = xml.charCodeAt(at) - 0x30;
    if (code < 0 || code > 9) break;
    value = value * 10 + code;
  }
  return at === start ? -1 : value;
}

/**
 * The worksheet's root prefix removed from its elements (`<x:c>` → `<c>`), for the few writers
 * that bind SpreadsheetML to a prefix; the scan below then reads one spelling only.
 */
function unprefixed(xml: string): string {
  // The root element comes first, before any cell.
  const root = /<([A-Za-z_][\w.-]*):worksheet[\s>]/.exec(xml.slice(0, 4096));
  if (!root) return xml;
  return xml.split(`<${root[1]}:`).join('<').split(`</${root[1]}:`).join('</');
}

/**
 * The cells of a worksheet part as rows of plain values (`workbook/grid.ts`), in one pass over
 * its text, without an object per cell: a row's values are collected in one scratch array and
 * copied out at their size. Formulas give their cached value, shared and inline strings their
 * text (rich text joined, `_xHHHH_` decoded), booleans true or false, errors their text
 * (`#N/A`); a number in a date format of a 1904 workbook is moved to the 1900 system unless it
 * is a time of day. Every cell of a merged range reads as the range's value.
 */
export function sheetRows(source: string, context: CellContext): CellValue[][] {
  const xml = unprefixed(source);
  const rows: CellValue[][] = [];
  const scratch: CellValue[] = [];
  let width = 0;
  let rowIndex = -1;
  let columnIndex = -1;
  let type = CellType.Number;
  let style = 0;
  let value: CellValue = null;
  let strings: readonly string[] | undefined;

  const flushRow = (): void => {
    if (width === 0 || rowIndex < 0) return;
    const row = new Array<CellValue>(width);
    for (let i = 0; i < width; i++) {
      row[i] = scratch[i] ?? null;
      scratch[i] = null;
    }
    rows[rowIndex] = row;
    width = 0;
  };

  const typed = (start: number, end: number): CellValue => {
    switch (type) {
      case CellType.Number: {
        const number = Number(xml.slice(start, end));
        if (start === end || !Number.isFinite(number)) return null;
        if (context.date1904 && !(number >= 0 && number < 1) && context.showsDate(style)) return number + DAYS_1900_TO_1904;
        return number;
      }
      case CellType.Shared: {
        strings ??= context.sharedStrings();
        const shared = strings[integerAt(xml, start, end)];
        if (shared === undefined) throw new SyntaxError(`shared string ${xml.slice(start, end)} does not exist`);
        return shared;
      }
      case CellType.Boolean:
        return xml.charCodeAt(start) === 0x31 || xml.startsWith('true', start);
      case CellType.Date:
        return isoSerial(xml.slice(start, end));
      default:
        return decodeEscapes(unescapeXml(xml.slice(start, end)));
    }
  };

  let at = xml.indexOf('<sheetData');
  if (at < 0) return rows;
  let end = xml.indexOf('</sheetData>', at);
  if (end < 0) end = xml.length;
  for (;;) {
    at = xml.indexOf('<', at + 1);
    if (at < 0 || at >= end) break;
    const first = xml.charCodeAt(at + 1);
    const second = xml.charCodeAt(at + 2);
    if (first === SLASH) {
      if (second === CHAR_C && xml.charCodeAt(at + 3) === GT) {
        // </c>
        if (value !== null && columnIndex >= 0) {
          scratch[columnIndex] = value;
          if (columnIndex >= width) width = columnIndex + 1;
        }
        value = null;
      } else if (second === CHAR_R && xml.charCodeAt(at + 3) === 0x6f) flushRow(); // </row>
      continue;
    }
    if (first === CHAR_V && second === GT) {
      const textEnd = xml.indexOf('<', at + 3);
      value = typed(at + 3, textEnd);
      at = textEnd;
      continue;
    }
    if (first === CHAR_C && (second === SPACE || second === GT || second === SLASH)) {
      const tagEnd = xml.indexOf('>', at);
      columnIndex++;
      type = CellType.Number;
      style = 0;
      value = null;
      // Attributes: r, s and t matter; any others (cm, vm, ph) are passed over.
      for (let equals = xml.indexOf('=', at); equals >= 0 && equals < tagEnd; equals = xml.indexOf('=', equals + 1)) {
        const valueStart = equals + 2;
        const valueEnd = xml.indexOf(xml[equals + 1], valueStart);
        const separator = xml.charCodeAt(equals - 2);
        if (separator === SPACE || separator === 0x0a || separator === 0x09 || separator === 0x0d) {
          const name = xml.charCodeAt(equals - 1);
          if (name === CHAR_R) {
            let column = 0;
            let cursor = valueStart;
            for (; cursor < valueEnd; cursor++) {
              const code = xml.charCodeAt(cursor) | 0x20;
              if (code < 0x61 || code > 0x7a) break;
              column = column * 26 + (code - 0x60);
            }
            if (cursor > valueStart) columnIndex = column - 1;
            const row = integerAt(xml, cursor, valueEnd);
            if (row > 0 && row - 1 !== rowIndex) {
              flushRow();
              rowIndex = row - 1;
            }
          } else if (name === CHAR_T) type = cellType(xml, valueStart, valueEnd);
          else if (name === CHAR_S) style = integerAt(xml, valueStart, valueEnd);
        }
        equals = valueEnd;
      }
      at = tagEnd;
      continue;
    }
    if (first === CHAR_R && second === 0x6f && xml.charCodeAt(at + 3) === 0x77) {
      // <row r="5">; a row without r follows the one before.
      flushRow();
      const tagEnd = xml.indexOf('>', at);
      const r = xml.indexOf(' r="', at);
      rowIndex = r >= 0 && r < tagEnd ? integerAt(xml, r + 4, tagEnd) - 1 : rowIndex + 1;
      columnIndex = -1;
      at = tagEnd;
      continue;
    }
    if (first === CHAR_I && second === CHAR_S && xml.charCodeAt(at + 3) === GT) {
      // <is>: an inline string, plain or rich.
      const item = stringItem(xml, at + 4, '</is>');
      value = item.text;
      at = item.end - 1;
      continue;
    }
    if (first === CHAR_F) {
      // <f>: the formula itself; its cached value follows in <v>.
      const tagEnd = xml.indexOf('>', at);
      at = xml.charCodeAt(tagEnd - 1) === SLASH ? tagEnd : xml.indexOf('<', tagEnd);
      at--;
      continue;
    }
  }
  flushRow();
  for (let index = 0; index < rows.length; index++) rows[index] ??= [];
  return withMerges(rows, xml, end);
}
