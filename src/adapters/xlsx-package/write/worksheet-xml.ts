import { a1, columnLetter } from '../../../workbook/grid';
import { linkFormula } from '../../../workbook/link-formula';
import type { SheetSpec } from '../../../workbook/sheet-spec';
import { XmlBytes } from '../xml/xml-bytes';
import { encodeCellText, escapeAttribute, escapeText } from '../xml/xml-text';
import { cellStyleGrid } from './cell-styles';
import { colsXml, conditionalFormattingXml, mergeCellsXml, printXml, sheetPrXml, sheetViewsXml } from './sheet-features-xml';
import type { StyleSheet } from './style-sheet';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RELATIONSHIPS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface WorksheetOptions {
  /** The relationship id of the sheet's drawing (its chart), when it has one. */
  readonly drawingId?: string;
  /** A number unique to the sheet within the workbook, for the ids of its data bars. */
  readonly serial: number;
}

/**
 * A SheetSpec as worksheet XML, every element in the schema's order (CT_Worksheet): sheetPr,
 * dimension, sheetViews, sheetFormatPr, cols, sheetData, autoFilter, mergeCells,
 * conditionalFormatting, printOptions, pageMargins, pageSetup, headerFooter, drawing, extLst.
 * Text is an inline string; a link is the shared HYPERLINK formula with its text cached.
 */
export function worksheetXml(spec: SheetSpec, styles: StyleSheet, options: WorksheetOptions): Uint8Array {
  const grid = cellStyleGrid(spec);
  const { width, height, ids, links, table } = grid;
  // `" s="12"` for each style and link state, made once: a large tab has a handful of them.
  const formats = new Map<number, string>();
  const formatOf = (styleId: number, link: boolean): string => {
    const key = styleId * 2 + (link ? 1 : 0);
    let format = formats.get(key);
    if (format === undefined) {
      format = `" s="${styles.cellFormat(table.styles[styleId], link)}"`;
      formats.set(key, format);
    }
    return format;
  };
  const letters = Array.from({ length: width }, (_, column) => columnLetter(column));
  const cellStarts = letters.map((letter) => `<c r="${letter}`);
  const heights = new Map((spec.rowHeights ?? []).map(({ row, height: points }) => [row, points]));
  let lastRow = height;
  for (const row of heights.keys()) lastRow = Math.max(lastRow, row);
  const conditional = conditionalFormattingXml(spec.conditionalFormats, styles, options.serial);
  const dimension = width > 0 && height > 0 ? `A1:${a1(height - 1, width - 1)}` : 'A1';
  const out = new XmlBytes(1 << 20);
  out.text(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
      sheetPrXml(spec) +
      `<dimension ref="${dimension}"/>` +
      sheetViewsXml(spec) +
      '<sheetFormatPr defaultRowHeight="15"/>' +
      colsXml(spec, styles) +
      '<sheetData>',
  );
  for (let row = 0; row < lastRow; row++) {
    const number = row + 1;
    const numberText = String(number);
    const values = spec.rows[row];
    const points = heights.get(number);
    let opened = false;
    const openRow = () => {
      out.text('<row r="').text(numberText);
      if (points !== undefined) out.text('" ht="').number(points).text('" customHeight="1');
      out.text('">');
      opened = true;
    };
    for (let column = 0; column < width && row < height; column++) {
      const at = row * width + column;
      const id = ids[at];
      if (id === 0) continue;
      if (!opened) openRow();
      const link = links ? links[at] : 0;
      out.text(cellStarts[column]).text(numberText);
      if (link > 0) {
        const hyperlink = spec.hyperlinks[link - 1];
        out.text(formatOf(id - 1, true)).text(' t="str"><f>').text(escapeText(linkFormula(hyperlink))).text('</f><v>').text(escapeText(encodeCellText(hyperlink.text))).text('</v></c>');
        continue;
      }
      out.text(formatOf(id - 1, false));
      const value = values?.[column] ?? null;
      if (value === null) out.text('/>');
      else if (typeof value === 'number') {
        if (!Number.isFinite(value)) throw new RangeError(`${spec.name}!${letters[column]}${number}: ${value} is not a number Excel can hold`);
        out.text('><v>').number(value).text('</v></c>');
      } else if (typeof value === 'boolean') out.text(value ? ' t="b"><v>1</v></c>' : ' t="b"><v>0</v></c>');
      else {
        // Text is an inline string: never a formula, whatever it starts with (`=`, `+`, `@`).
        const preserve = value.length > 0 && (isSpace(value.charCodeAt(0)) || isSpace(value.charCodeAt(value.length - 1)));
        out.text(preserve ? ' t="inlineStr"><is><t xml:space="preserve">' : ' t="inlineStr"><is><t>').text(escapeText(encodeCellText(value))).text('</t></is></c>');
      }
    }
    if (opened) out.text('</row>');
    else if (points !== undefined) {
      out.text('<row r="').number(number).text('" ht="').number(points).text('" customHeight="1"/>');
    }
  }
  out.text(
    '</sheetData>' +
      (spec.autoFilter ? `<autoFilter ref="${escapeAttribute(spec.autoFilter)}"/>` : '') +
      mergeCellsXml(spec) +
      conditional.main +
      printXml(spec) +
      (options.drawingId ? `<drawing r:id="${options.drawingId}"/>` : '') +
      conditional.extension +
      '</worksheet>',
  );
  return out.bytes();
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
