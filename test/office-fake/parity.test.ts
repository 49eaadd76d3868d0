import type { Capabilities } from '../../src/adapters/office/capabilities';
import { createFakeOffice } from '../../src/adapters/office/fake';
import type { ChartState } from '../../src/adapters/office/fake/state';
import { renderPlan as renderWithOffice } from '../../src/adapters/office/render-plan';
import { computeWorkbook } from '../../src/workbook/pipeline';
import { sampleWorkbookPlan } from '../../src/workbook/sample/sample-plan';
import type { WritePlan } from '../../src/workbook/sheet-spec';
import { packageChart, packageViews, packageWith, type ChartView } from './package-view';
import { scalePlan } from './scale-plan';
import { fakeView, type SheetView } from './sheet-views';

const allFeatures: Capabilities = { suspendScreenUpdating: true, autoFilter: true, pageLayout: true, rangeAreas: true };
/** Without `getRanges`, row heights and link fonts go range by range, as on ExcelApi 1.7 and 1.8. */
const withoutRangeAreas: Capabilities = { ...allFeatures, rangeAreas: false };
const existing = ['员工', '考勤', 'Scorecard 2026-11'];

async function throughOffice(plan: WritePlan, capabilities = allFeatures): Promise<{ views: SheetView[]; order: string[]; charts: (ChartView | undefined)[] }> {
  const office = createFakeOffice({ workbook: { sheets: existing.map((name) => ({ name })) } });
  await office.Excel.run((context) => renderWithOffice(context as unknown as Excel.RequestContext, plan, { capabilities }));
  const sheets = office.snapshot().sheets;
  const sheetOf = (name: string) => sheets.find((sheet) => sheet.name === name) as never;
  const chartOf = (name: string): ChartView | undefined => {
    const chart = (sheetOf(name) as { charts: ChartState[] }).charts[0];
    if (!chart) return undefined;
    const series = chart.series[0];
    return {
      kind: chart.type,
      title: chart.title ?? '',
      series: series.name ?? '',
      values: series.values,
      categories: series.xAxisValues ?? '',
      from: chart.from ?? '',
      to: chart.to ?? '',
      legend: chart.legendVisible !== false,
    };
  };
  return {
    views: plan.sheets.map((spec) => fakeView(sheetOf(spec.name), spec.columns.length)),
    order: office.state.sheets.map((sheet) => sheet.name),
    charts: plan.sheets.map((spec) => chartOf(spec.name)),
  };
}

async function throughPackage(plan: WritePlan): Promise<{ views: SheetView[]; order: string[]; charts: (ChartView | undefined)[] }> {
  const bytes = await packageWith(existing, plan);
  const { views, order } = await packageViews(bytes, plan);
  return { views, order, charts: await Promise.all(plan.sheets.map((spec) => packageChart(bytes, spec.name))) };
}

function monthPlan(): WritePlan {
  const input = sampleWorkbookPlan({ employees: 36, months: ['2026-11'], seed: 20261, lang: 'zh' });
  const grids = { sheets: input.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows, visibility: sheet.visibility })) };
  const report = computeWorkbook(grids, { month: '2026-11', generatedAt: new Date(Date.UTC(2026, 11, 1, 9)) });
  return report.plan as WritePlan;
}

describe('the Office.js renderer and the package writer (its file read back by ExcelJS)', () => {
  it.each([
    ['a computed month of the sample team', monthPlan, allFeatures],
    ['a month shaped like the layout’s, with every kind of format', () => scalePlan(40), allFeatures],
    ['a computed month of the sample team, on a host without getRanges,', monthPlan, withoutRangeAreas],
    ['a month shaped like the layout’s, on a host without getRanges,', () => scalePlan(40), withoutRangeAreas],
  ])('render %s alike, cell for cell', async (_, planOf, capabilities) => {
    const plan = planOf();
    const office = (await throughOffice(plan, capabilities)).views;
    const file = (await throughPackage(plan)).views;
    expect(office.map((sheet) => sheet.name)).toEqual(file.map((sheet) => sheet.name));
    office.forEach((sheet, index) => {
      expect(Object.keys(sheet.cells).length).toBeGreaterThan(0);
      expect(sheet).toEqual(file[index]);
    });
  });

  it('compare what matters: the tabs have links, row heights, borders, formats, panes, filter and print setup', async () => {
    const [scorecard, details] = (await throughOffice(scalePlan(40))).views;
    expect(Object.values(scorecard.cells).filter((cell) => cell.link)).toHaveLength(40);
    expect(Object.values(details.cells).filter((cell) => cell.link && cell.font.includes('underline'))).toHaveLength(60);
    expect(details.rows.length).toBeGreaterThan(40);
    expect(Object.values(scorecard.cells).every((cell) => cell.font.endsWith('Calibri'))).toBe(true);
    expect(scorecard.lines.length).toBeGreaterThan(600);
    expect(scorecard.conditionalFormats).toHaveLength(8);
    expect(scorecard.columns.filter((column) => !column.endsWith(' 48'))).toHaveLength(15);
    expect([scorecard.freeze, scorecard.autoFilter, scorecard.print, scorecard.tabColor].every(Boolean)).toBe(true);
  });

  it('draw the same chart: kind, title, series, cells and place', async () => {
    const plan = monthPlan();
    const office = (await throughOffice(plan)).charts;
    const file = (await throughPackage(plan)).charts;
    expect(office.filter(Boolean).length).toBeGreaterThan(0);
    expect(file).toEqual(office);
  });

  it('put the tabs in the same order', async () => {
    const plan = monthPlan();
    expect((await throughOffice(plan)).order).toEqual((await throughPackage(plan)).order);
  });
});
