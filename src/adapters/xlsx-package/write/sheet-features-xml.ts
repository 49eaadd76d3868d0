import { a1 } from '../../../workbook/grid';
import type { ConditionalFormat, SheetSpec } from '../../../workbook/sheet-spec';
import { escapeAttribute, escapeText } from '../xml/xml-text';
import { argb } from './cell-format-xml';
import type { StyleSheet } from './style-sheet';

const X14 = 'http://schemas.microsoft.com/office/spreadsheetml/2009/9/main';
const XM = 'http://schemas.microsoft.com/office/excel/2006/main';
/** The extension Excel reads a data bar's look from (gradient, minimum length). */
const DATA_BAR_EXTENSION = '{B025F937-C7B1-47D3-B67F-A62EFF666E3E}';
const CONDITIONAL_FORMATS_EXTENSION = '{78C0D931-6437-407d-A8EE-F0AAD7539E65}';

/**
 * `<sheetView>` with the frozen pane the spec asks for. It never marks its tab selected: the
 * workbook's active tab says which tab shows (see `applyPlan`).
 */
export function sheetViewsXml(spec: SheetSpec): string {
  const open = '<sheetView workbookViewId="0"';
  const freeze = spec.freeze;
  if (!freeze || (freeze.rows <= 0 && freeze.columns <= 0)) return `<sheetViews>${open}/></sheetViews>`;
  const topLeft = a1(freeze.rows, freeze.columns);
  const pane = freeze.rows > 0 && freeze.columns > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
  return (
    `<sheetViews>${open}>` +
    `<pane${freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/>` +
    `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>` +
    '</sheetView></sheetViews>'
  );
}

export function colsXml(spec: SheetSpec, styles: StyleSheet): string {
  if (spec.columns.length === 0) return '';
  const columns = spec.columns.map((column, index) => {
    const format = column.text ? '@' : column.numberFormat;
    const style = format ? ` style="${styles.columnFormat(format)}"` : '';
    return `<col min="${index + 1}" max="${index + 1}" width="${column.width}"${style}${column.hidden ? ' hidden="1"' : ''} customWidth="1"/>`;
  });
  return `<cols>${columns.join('')}</cols>`;
}

export function mergeCellsXml(spec: SheetSpec): string {
  if (spec.merges.length === 0) return '';
  return `<mergeCells count="${spec.merges.length}">${spec.merges.map((range) => `<mergeCell ref="${escapeAttribute(range)}"/>`).join('')}</mergeCells>`;
}

/** A string literal inside a formula: `A"B` → `"A""B"`. */
function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/** A stable GUID for the data bar at `index` of the sheet numbered `sheet` (unique within the workbook). */
function dataBarId(sheet: number, index: number): string {
  const tail = (sheet * 1000 + index).toString(16).toUpperCase().padStart(12, '0');
  return `{5C0A1E00-0000-4000-8000-${tail}}`;
}

/**
 * One `conditionalFormatting` per format, earlier formats first in priority. A grade is
 * `cellIs equal "A"` (an exact match, which Excel and LibreOffice read alike); a data bar
 * starts at 0, so the smallest count still shows a bar, and is solid (no gradient) through
 * Excel 2010's extension, which prints cleanly.
 */
export function conditionalFormattingXml(formats: readonly ConditionalFormat[], styles: StyleSheet, sheet: number): { main: string; extension: string } {
  const bars: string[] = [];
  const main = formats.map((format, index) => {
    const priority = index + 1;
    const range = escapeAttribute(format.range);
    switch (format.kind) {
      case 'textEquals':
      case 'lessThan': {
        const operator = format.kind === 'textEquals' ? 'equal' : 'lessThan';
        const formula = format.kind === 'textEquals' ? formulaText(format.text) : String(format.value);
        return `<conditionalFormatting sqref="${range}"><cfRule type="cellIs" dxfId="${styles.differentialFormat(format.style)}" priority="${priority}" operator="${operator}"><formula>${escapeText(formula)}</formula></cfRule></conditionalFormatting>`;
      }
      case 'dataBar': {
        const id = dataBarId(sheet, index);
        bars.push(
          `<x14:conditionalFormatting xmlns:xm="${XM}"><x14:cfRule type="dataBar" id="${id}"><x14:dataBar minLength="0" maxLength="100" gradient="0"><x14:cfvo type="num"><xm:f>0</xm:f></x14:cfvo><x14:cfvo type="max"/></x14:dataBar></x14:cfRule><xm:sqref>${escapeText(format.range)}</xm:sqref></x14:conditionalFormatting>`,
        );
        return (
          `<conditionalFormatting sqref="${range}"><cfRule type="dataBar" priority="${priority}"><dataBar><cfvo type="num" val="0"/><cfvo type="max"/><color rgb="${argb(format.color)}"/></dataBar>` +
          `<extLst><ext uri="${DATA_BAR_EXTENSION}" xmlns:x14="${X14}"><x14:id>${id}</x14:id></ext></extLst></cfRule></conditionalFormatting>`
        );
      }
    }
  });
  const extension = bars.length > 0 ? `<extLst><ext uri="${CONDITIONAL_FORMATS_EXTENSION}" xmlns:x14="${X14}"><x14:conditionalFormattings>${bars.join('')}</x14:conditionalFormattings></ext></extLst>` : '';
  return { main: main.join(''), extension };
}

/** Excel's paper size code for A4. */
const A4 = 9;

/** printOptions, pageMargins, pageSetup and headerFooter, in the schema's order. */
export function printXml(spec: SheetSpec): string {
  const print = spec.print;
  if (!print) return '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  const footer = print.centerFooter ? `<headerFooter><oddFooter>${escapeText(`&C${print.centerFooter}`)}</oddFooter></headerFooter>` : '';
  return (
    '<printOptions horizontalCentered="1"/>' +
    '<pageMargins left="0.5" right="0.5" top="0.6" bottom="0.6" header="0.3" footer="0.3"/>' +
    `<pageSetup paperSize="${A4}" orientation="${print.orientation}" fitToWidth="${print.fitToWidth}" fitToHeight="${print.fitToHeight}"/>` +
    footer
  );
}

/** `sheetPr`: the tab colour, and fit-to-page when the sheet prints fitted. */
export function sheetPrXml(spec: SheetSpec): string {
  const tab = spec.tabColor ? `<tabColor rgb="${argb(spec.tabColor)}"/>` : '';
  const fit = spec.print ? '<pageSetUpPr fitToPage="1"/>' : '';
  return tab || fit ? `<sheetPr>${tab}${fit}</sheetPr>` : '';
}
