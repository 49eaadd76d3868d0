import type { ChartSpec, ConditionalFormat, PrintSetup, SheetSpec } from '../../workbook/sheet-spec';
import { areaAddress, parseArea } from './a1';
import { estimateBytes, type WriteStep } from './payload';
import type { SheetHolder } from './tabs';

const CHART_TYPES = { column: 'ColumnClustered', bar: 'BarClustered', pie: 'Pie' } as const;
const VISIBILITY = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' } as const;

/** Inches → points, for page margins (the same margins the file renderer writes). */
const POINTS_PER_INCH = 72;
const MARGINS = { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };

/** A text as a formula string literal: `A"B` → `"A""B"`. */
function formulaText(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

type Highlight = Extract<ConditionalFormat, { kind: 'textEquals' | 'lessThan' }>['style'];

function highlight(format: Excel.ConditionalRangeFormat, style: Highlight): void {
  if (style.fill) format.fill.color = style.fill;
  if (style.fontColor) format.font.color = style.fontColor;
  if (style.bold) format.font.bold = true;
}

/**
 * A conditional format. Exact text matches are `cell value = "A"` rather than "contains text",
 * which would also colour "AB"; both renderers use the same rule.
 */
function addConditionalFormat(sheet: Excel.Worksheet, format: ConditionalFormat): void {
  const formats = sheet.getRange(format.range).conditionalFormats;
  switch (format.kind) {
    case 'textEquals': {
      const added = formats.add('CellValue');
      added.cellValue.rule = { formula1: `=${formulaText(format.text)}`, operator: 'EqualTo' };
      highlight(added.cellValue.format, format.style);
      return;
    }
    case 'lessThan': {
      const added = formats.add('CellValue');
      added.cellValue.rule = { formula1: `=${format.value}`, operator: 'LessThan' };
      highlight(added.cellValue.format, format.style);
      return;
    }
    case 'dataBar': {
      const bar = formats.add('DataBar').dataBar;
      bar.positiveFormat.fillColor = format.color;
      bar.positiveFormat.gradientFill = false;
      // From 0, not from the smallest value, so the smallest count still shows a bar.
      bar.lowerBoundRule = { type: 'Number', formula: '0' };
      return;
    }
  }
}

function freeze(sheet: Excel.Worksheet, rows: number, columns: number): void {
  if (rows > 0 && columns > 0) sheet.freezePanes.freezeAt(sheet.getRange(areaAddress({ top: 0, left: 0, bottom: rows - 1, right: columns - 1 })));
  else if (rows > 0) sheet.freezePanes.freezeRows(rows);
  else if (columns > 0) sheet.freezePanes.freezeColumns(columns);
}

function pageSetup(sheet: Excel.Worksheet, print: PrintSetup): void {
  const layout = sheet.pageLayout;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.paperSize = 'A4';
  // 0 pages tall: as many as the rows need, as in the file format.
  layout.zoom = { horizontalFitToPages: print.fitToWidth, verticalFitToPages: print.fitToHeight };
  layout.centerHorizontally = true;
  layout.leftMargin = MARGINS.left * POINTS_PER_INCH;
  layout.rightMargin = MARGINS.right * POINTS_PER_INCH;
  layout.topMargin = MARGINS.top * POINTS_PER_INCH;
  layout.bottomMargin = MARGINS.bottom * POINTS_PER_INCH;
  layout.headerMargin = MARGINS.header * POINTS_PER_INCH;
  layout.footerMargin = MARGINS.footer * POINTS_PER_INCH;
  if (print.repeatRows) layout.setPrintTitleRows(`$${print.repeatRows.first}:$${print.repeatRows.last}`);
  if (print.printArea) layout.setPrintArea(print.printArea);
  if (print.centerFooter) layout.headersFooters.defaultForAllPages.centerFooter = print.centerFooter;
}

function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const chart = sheet.charts.add(CHART_TYPES[spec.kind], sheet.getRange(spec.values), 'Columns');
  chart.title.text = spec.title;
  chart.legend.visible = false;
  const series = chart.series.getItemAt(0);
  series.name = spec.seriesName;
  series.setXAxisValues(sheet.getRange(spec.categories));
  chart.setPosition(areaAddress(parseArea(spec.from)), areaAddress(parseArea(spec.to)));
}

/**
 * Everything about a sheet besides its cells: conditional formats, frozen panes, filter, print
 * setup, chart, tab colour and visibility. The plan comes adapted to the host (host-plan.ts):
 * a filter or page setup is there only where the host has ExcelApi 1.9.
 */
export function featureStep(tab: SheetHolder, spec: SheetSpec): WriteStep {
  const payload = [spec.conditionalFormats, spec.freeze, spec.autoFilter, spec.print, spec.chart, spec.tabColor];
  return {
    bytes: estimateBytes(payload, 40 + spec.conditionalFormats.length * 6),
    queue: () => {
      const sheet = tab.sheet;
      // `ConditionalFormatCollection.add` puts each new format "at the first/top priority"
      // (@types/office-js): added last to first, the plan's first format ends on top, as in a file.
      [...spec.conditionalFormats].reverse().forEach((format) => addConditionalFormat(sheet, format));
      if (spec.freeze) freeze(sheet, spec.freeze.rows, spec.freeze.columns);
      if (spec.autoFilter) sheet.autoFilter.apply(spec.autoFilter);
      if (spec.print) pageSetup(sheet, spec.print);
      if (spec.chart) addChart(sheet, spec.chart);
      if (spec.tabColor) sheet.tabColor = spec.tabColor;
      if (spec.visibility !== 'visible') sheet.visibility = VISIBILITY[spec.visibility];
    },
  };
}
