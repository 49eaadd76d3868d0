import ExcelJS from 'exceljs';
import { applyPlan, joined, openPackage } from '../../src/adapters/xlsx-package/workbook-package';
import { parseXml, type XmlElement } from '../../src/adapters/xlsx-package/xml/xml-tree';
import { nodeCodec } from '../../src/cli/node-codec';
import { a1 } from '../../src/workbook/grid';
import type { WritePlan } from '../../src/workbook/sheet-spec';
import { excelJsView, type SheetView } from './sheet-views';

/** A chart as a person sees it: kind, title, its one series and where it sits. */
export interface ChartView {
  readonly kind: string;
  readonly title: string;
  readonly series: string;
  readonly values: string;
  readonly categories: string;
  readonly from: string;
  readonly to: string;
  readonly legend: boolean;
}

export async function packageWith(existing: readonly string[], plan: WritePlan): Promise<Uint8Array> {
  const { emptyWorkbookBytes } = await import('../../src/adapters/xlsx-package/workbook-package');
  let pkg = await openPackage(await emptyWorkbookBytes(nodeCodec, new Date()), nodeCodec);
  const blank = (name: string) => ({ name, visibility: 'visible' as const, columns: [], rows: [], styles: [], merges: [], conditionalFormats: [], hyperlinks: [] });
  pkg = await openPackage(joined(await applyPlan(pkg, { sheets: existing.map(blank), remove: [] }, nodeCodec, new Date())), nodeCodec);
  return joined(await applyPlan(pkg, plan, nodeCodec, new Date()));
}

/**
 * The plan's sheets as written by the package writer and read back by an independent reader
 * (ExcelJS, which has no part in writing them), with the tab order it reads.
 */
export async function packageViews(bytes: Uint8Array, plan: WritePlan): Promise<{ views: SheetView[]; order: string[] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return {
    views: plan.sheets.map((spec) => excelJsView(workbook.getWorksheet(spec.name) as ExcelJS.Worksheet, spec.columns.length)),
    order: workbook.worksheets.map((sheet) => sheet.name),
  };
}

const find = (element: XmlElement, path: readonly string[]): XmlElement | undefined =>
  path.reduce<XmlElement | undefined>((at, name) => at?.children.find((each) => each.name === name), element);

const innerText = (xml: string, element: XmlElement | undefined): string => (element ? xml.slice(element.openEnd, element.closeStart) : '');

/** `'Sheet'!$D$52:$D$57` → `D52:D57`. */
const area = (formula: string): string => formula.slice(formula.lastIndexOf('!') + 1).replace(/\$/g, '');

/** The chart of the sheet at `sheetPart`, read from its drawing and chart parts. */
export async function packageChart(bytes: Uint8Array, sheetName: string): Promise<ChartView | undefined> {
  const pkg = await openPackage(bytes, nodeCodec);
  const sheet = pkg.sheets.find((each) => each.name === sheetName);
  const folder = sheet?.part.replace(/[^/]+$/, '') ?? '';
  const number = sheet?.part.match(/sheet(\d+)\.xml$/)?.[1];
  const text = async (name: string) => new TextDecoder().decode(await (await import('../../src/adapters/xlsx-package/zip/read-entry')).readEntry(pkg.zip.byName.get(name)!, nodeCodec));
  const relsName = `${folder}_rels/sheet${number}.xml.rels`;
  if (!pkg.zip.byName.has(relsName)) return undefined;
  const drawingTarget = /Target="([^"]*drawing[^"]*)"/.exec(await text(relsName))?.[1];
  if (!drawingTarget) return undefined;
  const drawing = `xl/drawings/${drawingTarget.split('/').pop()}`;
  const chartTarget = /Target="([^"]*)"/.exec(await text(drawing.replace('drawings/', 'drawings/_rels/') + '.rels'))?.[1] ?? '';
  const chartXml = await text(`xl/charts/${chartTarget.split('/').pop()}`);
  const drawingXml = await text(drawing);
  const chart = parseXml(chartXml);
  const anchor = parseXml(drawingXml).children[0];
  const marker = (name: string, back: number) => {
    const at = anchor.children.find((each) => each.name === name) as XmlElement;
    const value = (field: string) => Number(innerText(drawingXml, at.children.find((each) => each.name === field)));
    return a1(value('row') - back, value('col') - back);
  };
  const plot = find(chart, ['chart', 'plotArea']) as XmlElement;
  const bar = plot.children.find((each) => each.name === 'barChart');
  const series = (bar ?? plot.children.find((each) => each.name === 'pieChart')) as XmlElement;
  const ser = find(series, ['ser']) as XmlElement;
  const direction = bar && find(bar, ['barDir'])?.attributes.get('val');
  return {
    kind: bar ? `${direction === 'bar' ? 'Bar' : 'Column'}${find(bar, ['grouping'])?.attributes.get('val') === 'clustered' ? 'Clustered' : ''}` : 'Pie',
    title: innerText(chartXml, find(chart, ['chart', 'title', 'tx', 'rich', 'p', 'r', 't'])),
    series: innerText(chartXml, find(ser, ['tx', 'v'])),
    values: area(innerText(chartXml, find(ser, ['val', 'numRef', 'f']))),
    categories: area(innerText(chartXml, find(ser, ['cat', 'strRef', 'f']))),
    from: marker('from', 0),
    to: marker('to', 1),
    legend: find(chart, ['chart', 'legend']) !== undefined,
  };
}
