import ExcelJS from 'exceljs';
import { renderPlan as renderWithExcelJs } from '../../src/adapters/exceljs/render-plan';
import type { Capabilities } from '../../src/adapters/office/capabilities';
import { planForHost } from '../../src/adapters/office/host-plan';
import { renderPlan as renderWithOffice } from '../../src/adapters/office/render-plan';
import { computeWorkbook } from '../../src/workbook/pipeline';
import { sampleWorkbookPlan } from '../../src/workbook/sample/sample-plan';
import type { WritePlan } from '../../src/workbook/sheet-spec';
import { capabilitiesOf, fakeExcel, type Host, HOSTS } from './hosts';
import { scalePlan } from './scale-plan';
import { excelJsView, fakeView, type SheetView } from './sheet-views';

const existing = ['员工', '考勤', 'Scorecard 2026-11'];

async function throughOffice(host: Host, plan: WritePlan, capabilities: Capabilities = capabilitiesOf(host)): Promise<{ views: SheetView[]; order: string[] }> {
  const office = fakeExcel(host, { workbook: { sheets: existing.map((name) => ({ name })) } });
  await office.Excel.run((context) => renderWithOffice(context as unknown as Excel.RequestContext, plan, { capabilities }));
  const sheets = office.snapshot().sheets;
  return {
    views: plan.sheets.map((spec) => fakeView(sheets.find((sheet) => sheet.name === spec.name) as never, spec.columns.length)),
    order: sheets.map((sheet) => sheet.name),
  };
}

function throughExcelJs(plan: WritePlan): { views: SheetView[]; order: string[] } {
  const workbook = new ExcelJS.Workbook();
  for (const name of existing) workbook.addWorksheet(name);
  renderWithExcelJs(workbook, plan);
  return {
    views: plan.sheets.map((spec) => excelJsView(workbook.getWorksheet(spec.name) as ExcelJS.Worksheet, spec.columns.length)),
    order: workbook.worksheets.map((sheet) => sheet.name),
  };
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
 * The file renderer is given the plan as the host can render it (host-plan.ts): on ExcelApi 1.7
 * that is without filter and page setup, and with voided rows grey and italic but not struck.
 */
describe.each(HOSTS)('the Office.js and ExcelJS renderers on $label', (host) => {
  it.each(plans)('render %s alike, cell for cell', async (_, planOf) => {
    const plan = planOf();
    const office = (await throughOffice(host, plan)).views;
    const file = throughExcelJs(planForHost(plan, capabilitiesOf(host)).plan).views;
    expect(office.map((sheet) => sheet.name)).toEqual(file.map((sheet) => sheet.name));
    office.forEach((sheet, index) => {
      expect(Object.keys(sheet.cells).length).toBeGreaterThan(0);
      expect(sheet).toEqual(file[index]);
    });
  });

  it('put the tabs in the same order', async () => {
    const plan = monthPlan();
    expect((await throughOffice(host, plan)).order).toEqual(throughExcelJs(plan).order);
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
