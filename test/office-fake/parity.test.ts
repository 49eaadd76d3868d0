import type { Capabilities } from '../../src/adapters/office/capabilities';
import type { ChartState } from '../../src/adapters/office/fake/state';
import { planForHost } from '../../src/adapters/office/host-plan';
import { renderPlan as renderWithOffice } from '../../src/adapters/office/render-plan';
import { computeWorkbook } from '../../src/workbook/pipeline';
import { sampleWorkbookPlan } from '../../src/workbook/sample/sample-plan';
import type { WritePlan } from '../../src/workbook/sheet-spec';
import { capabilitiesOf, fakeExcel, type Host, HOSTS } from './hosts';
import { packageChart, packageViews, packageWith, type ChartView } from './package-view';
import { scalePlan } from './scale-plan';
import { fakeView, type SheetView } from './sheet-views';

const existing = ['员工', '考勤', 'Scorecard 2026-11'];

interface Rendered {
  readonly views: SheetView[];
  readonly order: string[];
  readonly charts: (ChartView | undefined)[];
}

async function throughOffice(host: Host, plan: WritePlan, capabilities: Capabilities = capabilitiesOf(host)): Promise<Rendered> {
  const office = fakeExcel(host, { workbook: { sheets: existing.map((name) => ({ name })) } });
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
    order: sheets.map((sheet) => sheet.name),
    charts: plan.sheets.map((spec) => chartOf(spec.name)),
  };
}

/** The package writer's file, read back by ExcelJS, which has no part in writing it. */
async function throughPackage(plan: WritePlan): Promise<Rendered> {
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

const plans = [
  ['a computed month of the sample team', monthPlan],
  ['a month shaped like the layout’s, with every kind of format', () => scalePlan(40)],
] as const;

/**
 * The package writer is given the plan as the host can render it (host-plan.ts): on ExcelApi
 * 1.7 that is without filter and page setup, and with voided rows grey and italic but not struck.
 */
describe.each(HOSTS)('the Office.js renderer and the package writer on $label', (host) => {
  it.each(plans)('render %s alike, cell for cell', async (_, planOf) => {
    const plan = planOf();
    const office = (await throughOffice(host, plan)).views;
    const file = (await throughPackage(planForHost(plan, capabilitiesOf(host)).plan)).views;
    expect(office.map((sheet) => sheet.name)).toEqual(file.map((sheet) => sheet.name));
    office.forEach((sheet, index) => {
      expect(Object.keys(sheet.cells).length).toBeGreaterThan(0);
      expect(sheet).toEqual(file[index]);
    });
  });

  it('put the tabs in the same order', async () => {
    const plan = monthPlan();
    expect((await throughOffice(host, plan)).order).toEqual((await throughPackage(plan)).order);
  });
});

describe('the Office.js renderer and the package writer on the newest host', () => {
  const newest = HOSTS[HOSTS.length - 1];

  it('draw the same chart: kind, title, series, cells and place', async () => {
    const plan = monthPlan();
    const office = (await throughOffice(newest, plan)).charts;
    const file = (await throughPackage(plan)).charts;
    expect(office.filter(Boolean).length).toBeGreaterThan(0);
    expect(file).toEqual(office);
  });
});

describe('the Office.js renderer on the newest host', () => {
  const newest = HOSTS[HOSTS.length - 1];

  it('renders what matters: links, row heights, borders, formats, panes, filter and print setup', async () => {
    const [scorecard, details] = (await throughOffice(newest, scalePlan(40))).views;
    expect(Object.values(scorecard.cells).filter((cell) => cell.link)).toHaveLength(40);
    expect(Object.values(details.cells).filter((cell) => cell.link && cell.font.includes('underline'))).toHaveLength(60);
    expect(details.rows.length).toBeGreaterThan(40);
    expect(Object.values(scorecard.cells).every((cell) => cell.font.endsWith('Calibri'))).toBe(true);
    expect(scorecard.lines.length).toBeGreaterThan(600);
    expect(scorecard.conditionalFormats).toHaveLength(8);
    expect(scorecard.columns.filter((column) => !column.endsWith(' 48'))).toHaveLength(15);
    expect([scorecard.freeze, scorecard.autoFilter, scorecard.print, scorecard.tabColor].every(Boolean)).toBe(true);
  });

  it('renders the same without getRanges, range by range', async () => {
    const plan = monthPlan();
    const withLists = (await throughOffice(newest, plan)).views;
    const rangeByRange = (await throughOffice(newest, plan, { ...capabilitiesOf(newest), rangeAreas: false })).views;
    expect(rangeByRange).toEqual(withLists);
  });
});
