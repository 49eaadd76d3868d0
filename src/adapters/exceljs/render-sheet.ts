import type { CellFormulaValue, Worksheet } from 'exceljs';
import { a1, type CellValue } from '../../workbook/grid';
import { linkFormula } from '../../workbook/link-formula';
import type { Hyperlink, SheetSpec } from '../../workbook/sheet-spec';
import { argb } from './cell-style';
import { conditionalFormattings } from './conditional-formats';
import { headerFooter, pageSetup } from './page-setup';
import { forEachCellStyle } from './sheet-styles';

/** A link cell's value: the shared link formula, with its text as the cached result. */
export function hyperlinkFormula(link: Hyperlink): CellFormulaValue {
  return { formula: linkFormula(link), result: link.text, date1904: false };
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

/**
 * Values, links and styles in one pass over the cells the sheet writes: ExcelJS makes an
 * object per cell, so each cell is looked up once.
 */
function writeCells(worksheet: Worksheet, spec: SheetSpec): void {
  let rowIndex = -1;
  let row = worksheet.getRow(1);
  let values: readonly CellValue[] = [];
  forEachCellStyle(spec, (index, columnIndex, style, link) => {
    if (index !== rowIndex) {
      rowIndex = index;
      row = worksheet.getRow(index + 1);
      values = spec.rows[index] ?? [];
    }
    const cell = row.getCell(columnIndex + 1);
    const value = values[columnIndex] ?? null;
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new RangeError(`${spec.name}!${a1(rowIndex, columnIndex)}: ${value} is not a number Excel can hold`);
    }
    // A string is stored as a shared string whatever it starts with (`=`, `+`, `@`): never a formula.
    if (link !== undefined) cell.value = hyperlinkFormula(link);
    else if (value !== null) cell.value = value;
    cell.style = style;
  });
  for (const { row: index, height } of spec.rowHeights ?? []) worksheet.getRow(index).height = height;
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
  writeCells(worksheet, spec);
  // After the values: a value written into a merged cell would land in the merge's first cell.
  for (const range of spec.merges) worksheet.mergeCellsWithoutStyle(range);
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
