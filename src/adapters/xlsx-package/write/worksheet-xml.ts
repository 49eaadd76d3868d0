import { a1, columnLetter, type CellValue } from '../../../workbook/grid';
import { linkFormula } from '../../../workbook/link-formula';
import type { SheetSpec } from '../../../workbook/sheet-spec';
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

/** Text as an inline string: never a formula, whatever it starts with (`=`, `+`, `@`). */
function inlineString(text: string): string {
  const encoded = escapeText(encodeCellText(text));
  const preserve = /^\s|\s$/.test(text) ? ' xml:space="preserve"' : '';
  return `<is><t${preserve}>${encoded}</t></is>`;
}

function valueXml(value: CellValue, where: () => string): { type: string; content: string } | undefined {
  if (value === null) return undefined;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError(`${where()}: ${value} is not a number Excel can hold`);
    return { type: '', content: `<v>${value}</v>` };
  }
  if (typeof value === 'boolean') return { type: ' t="b"', content: `<v>${value ? 1 : 0}</v>` };
  return { type: ' t="inlineStr"', content: inlineString(value) };
}

/**
 * A SheetSpec as worksheet XML, every element in the schema's order (CT_Worksheet): sheetPr,
 * dimension, sheetViews, sheetFormatPr, cols, sheetData, autoFilter, mergeCells,
 * conditionalFormatting, printOptions, pageMargins, pageSetup, headerFooter, drawing, extLst.
 * Text is an inline string; a link is the shared HYPERLINK formula with its text cached.
 */
export function worksheetXml(spec: SheetSpec, styles: StyleSheet, options: WorksheetOptions): string {
  const grid = cellStyleGrid(spec);
  const { width, height, ids, links, table } = grid;
  const formats = new Map<number, number>();
  const formatOf = (styleId: number, link: boolean): number => {
    const key = styleId * 2 + (link ? 1 : 0);
    let format = formats.get(key);
    if (format === undefined) {
      format = styles.cellFormat(table.styles[styleId], link);
      formats.set(key, format);
    }
    return format;
  };
  const letters = Array.from({ length: width }, (_, column) => columnLetter(column));
  const heights = new Map((spec.rowHeights ?? []).map(({ row, height: points }) => [row, points]));
  let lastRow = height;
  for (const row of heights.keys()) lastRow = Math.max(lastRow, row);
  const parts: string[] = [];
  for (let row = 0; row < lastRow; row++) {
    const number = row + 1;
    const values = spec.rows[row];
    let cells = '';
    for (let column = 0; column < width && row < height; column++) {
      const at = row * width + column;
      const id = ids[at];
      if (id === 0) continue;
      const link = links ? links[at] : 0;
      const reference = letters[column] + number;
      if (link > 0) {
        const hyperlink = spec.hyperlinks[link - 1];
        cells += `<c r="${reference}" s="${formatOf(id - 1, true)}" t="str"><f>${escapeText(linkFormula(hyperlink))}</f><v>${escapeText(encodeCellText(hyperlink.text))}</v></c>`;
        continue;
      }
      const value = valueXml(values?.[column] ?? null, () => `${spec.name}!${reference}`);
      const style = formatOf(id - 1, false);
      cells += value ? `<c r="${reference}" s="${style}"${value.type}>${value.content}</c>` : `<c r="${reference}" s="${style}"/>`;
    }
    const points = heights.get(number);
    const height_ = points !== undefined ? ` ht="${points}" customHeight="1"` : '';
    if (cells) parts.push(`<row r="${number}"${height_}>${cells}</row>`);
    else if (height_) parts.push(`<row r="${number}"${height_}/>`);
  }
  const conditional = conditionalFormattingXml(spec.conditionalFormats, styles, options.serial);
  const dimension = width > 0 && height > 0 ? `A1:${a1(height - 1, width - 1)}` : 'A1';
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="${MAIN}" xmlns:r="${RELATIONSHIPS}">` +
    sheetPrXml(spec) +
    `<dimension ref="${dimension}"/>` +
    sheetViewsXml(spec) +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    colsXml(spec, styles) +
    `<sheetData>${parts.join('')}</sheetData>` +
    (spec.autoFilter ? `<autoFilter ref="${escapeAttribute(spec.autoFilter)}"/>` : '') +
    mergeCellsXml(spec) +
    conditional.main +
    printXml(spec) +
    (options.drawingId ? `<drawing r:id="${options.drawingId}"/>` : '') +
    conditional.extension +
    '</worksheet>'
  );
}
