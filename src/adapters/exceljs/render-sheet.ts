import type { CellFormulaValue, Worksheet } from 'exceljs';
import { a1 } from '../../workbook/grid';
import type { Hyperlink, SheetSpec } from '../../workbook/sheet-spec';
import { parseCell } from './cell-range';
import { argb } from './cell-style';
import { conditionalFormattings } from './conditional-formats';
import { headerFooter, pageSetup } from './page-setup';
import { cellOfKey, sheetCellStyles } from './sheet-styles';

/** `'It''s'`: a sheet name quoted for a formula reference. */
function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * An internal link as a HYPERLINK formula. ExcelJS 4.4 writes a `#Sheet!A1` hyperlink as an
 * external relationship plus a location, which Excel resolves to a broken address; the
 * formula follows the link in Excel, LibreOffice and Excel on the web alike, and its cached
 * result shows the text without a recalculation.
 */
export function hyperlinkFormula(link: Hyperlink): CellFormulaValue {
  const target = `#${quotedSheet(link.sheet)}!${link.targetCell}`.replace(/"/g, '""');
  const text = link.text.replace(/"/g, '""');
  return { formula: `HYPERLINK("${target}","${text}")`, result: link.text, date1904: false };
}

function writeColumns(worksheet: Worksheet, spec: SheetSpec): void {
  spec.columns.forEach((definition, index) => {
    const column = worksheet.getColumn(index + 1);
    column.width = definition.width;
    if (definition.hidden) column.hidden = true;
    // The column's own format also governs cells typed later: `@` keeps them text.
    const numFmt = definition.text ? '@' : definition.numberFormat;
    if (numFmt) column.style = { numFmt };
  });
}

function writeValues(worksheet: Worksheet, spec: SheetSpec): void {
  spec.rows.forEach((values, rowIndex) => {
    const row = worksheet.getRow(rowIndex + 1);
    values.forEach((value, columnIndex) => {
      if (value === null) return;
      if (typeof value === 'number' && !Number.isFinite(value)) {
        throw new RangeError(`${spec.name}!${a1(rowIndex, columnIndex)}: ${value} is not a number Excel can hold`);
      }
      // A string is stored as a shared string whatever it starts with (`=`, `+`, `@`): never a formula.
      row.getCell(columnIndex + 1).value = value;
    });
  });
  for (const link of spec.hyperlinks) {
    const cell = parseCell(link.cell);
    worksheet.getCell(cell.row + 1, cell.column + 1).value = hyperlinkFormula(link);
  }
}

function writeStyles(worksheet: Worksheet, spec: SheetSpec): void {
  for (const [key, style] of sheetCellStyles(spec)) {
    const { row, column } = cellOfKey(key);
    worksheet.getRow(row + 1).getCell(column + 1).style = style;
  }
}

function writeView(worksheet: Worksheet, spec: SheetSpec): void {
  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    const topLeftCell = a1(freeze.rows, freeze.columns);
    worksheet.views = [
      { state: 'frozen', xSplit: freeze.columns, ySplit: freeze.rows, topLeftCell, activeCell: topLeftCell },
    ];
  }
}

/** Renders a SheetSpec into a new, empty worksheet. */
export function renderSheet(worksheet: Worksheet, spec: SheetSpec): void {
  worksheet.state = spec.visibility;
  if (spec.tabColor) worksheet.properties.tabColor = { argb: argb(spec.tabColor) };
  writeColumns(worksheet, spec);
  writeValues(worksheet, spec);
  // Values first: a value written into a merged cell would land in the merge's first cell.
  for (const range of spec.merges) worksheet.mergeCellsWithoutStyle(range);
  writeStyles(worksheet, spec);
  writeView(worksheet, spec);
  if (spec.autoFilter) worksheet.autoFilter = spec.autoFilter;
  for (const format of conditionalFormattings(spec.conditionalFormats)) worksheet.addConditionalFormatting(format);
  if (spec.print) {
    worksheet.pageSetup = { ...worksheet.pageSetup, ...pageSetup(spec.print) };
    const footer = headerFooter(spec.print);
    if (footer) worksheet.headerFooter = { ...worksheet.headerFooter, ...footer };
  }
  // The chart cannot be drawn by ExcelJS; the distribution block's data bars picture it in a file.
}
