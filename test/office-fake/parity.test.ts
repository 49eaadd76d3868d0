import ExcelJS from 'exceljs';
import { renderPlan as renderWithExcelJs } from '../../src/adapters/exceljs/render-plan';
import type { Capabilities } from '../../src/adapters/office/capabilities';
import { createFakeOffice } from '../../src/adapters/office/fake';
import { renderPlan as renderWithOffice } from '../../src/adapters/office/render-plan';
import { computeWorkbook } from '../../src/workbook/pipeline';
import { sampleWorkbookPlan } from '../../src/workbook/sample/sample-plan';
import type { WritePlan } from '../../src/workbook/sheet-spec';
import { scalePlan } from './scale-plan';
import { excelJsView, fakeView, type SheetView } from './sheet-views';

const allFeatures: Capabilities = { suspendScreenUpdating: true, autoFilter: true, pageLayout: true, rangeAreas: true };
/** Without `getRanges`, row heights and link fonts go range by range, as on ExcelApi 1.7 and 1.8. */
const withoutRangeAreas: Capabilities = { ...allFeatures, rangeAreas: false };
const existing = ['员工', '考勤', 'Scorecard 2026-11'];

async function throughOffice(plan: WritePlan, capabilities = allFeatures): Promise<SheetView[]> {
  const office = createFakeOffice({ workbook: { sheets: existing.map((name) => ({ name })) } });
  await office.Excel.run((context) => renderWithOffice(context as unknown as Excel.RequestContext, plan, { capabilities }));
  const sheets = office.snapshot().sheets;
  return plan.sheets.map((spec) => fakeView(sheets.find((sheet) => sheet.name === spec.name) as never, spec.columns.length));
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

async function officeOrder(plan: WritePlan): Promise<string[]> {
  const office = createFakeOffice({ workbook: { sheets: existing.map((name) => ({ name })) } });
  await office.Excel.run((context) => renderWithOffice(context as unknown as Excel.RequestContext, plan, { capabilities: allFeatures }));
  return office.state.sheets.map((sheet) => sheet.name);
}

function monthPlan(): WritePlan {
  const input = sampleWorkbookPlan({ employees: 36, months: ['2026-11'], seed: 20261, lang: 'zh' });
  const grids = { sheets: input.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows, visibility: sheet.visibility })) };
  const report = computeWorkbook(grids, { month: '2026-11', generatedAt: new Date(Date.UTC(2026, 11, 1, 9)) });
  return report.plan as WritePlan;
}

describe('the Office.js and ExcelJS renderers', () => {
  it.each([
    ['a computed month of the sample team', monthPlan, allFeatures],
    ['a month shaped like the layout’s, with every kind of format', () => scalePlan(40), allFeatures],
    ['a computed month of the sample team, on a host without getRanges,', monthPlan, withoutRangeAreas],
    ['a month shaped like the layout’s, on a host without getRanges,', () => scalePlan(40), withoutRangeAreas],
  ])('render %s alike, cell for cell', async (_, planOf, capabilities) => {
    const plan = planOf();
    const office = await throughOffice(plan, capabilities);
    const file = throughExcelJs(plan).views;
    expect(office.map((sheet) => sheet.name)).toEqual(file.map((sheet) => sheet.name));
    office.forEach((sheet, index) => {
      expect(Object.keys(sheet.cells).length).toBeGreaterThan(0);
      expect(sheet).toEqual(file[index]);
    });
  });

  it('compare what matters: the tabs have links, row heights, borders, formats, panes, filter and print setup', async () => {
    const [scorecard, details] = await throughOffice(scalePlan(40));
    expect(Object.values(scorecard.cells).filter((cell) => cell.link)).toHaveLength(40);
    expect(Object.values(details.cells).filter((cell) => cell.link && cell.font.includes('underline'))).toHaveLength(60);
    expect(details.rows.length).toBeGreaterThan(40);
    expect(Object.values(scorecard.cells).every((cell) => cell.font.endsWith('Calibri'))).toBe(true);
    expect(scorecard.lines.length).toBeGreaterThan(600);
    expect(scorecard.conditionalFormats).toHaveLength(8);
    expect(scorecard.columns.filter((column) => !column.endsWith(' 48'))).toHaveLength(15);
    expect([scorecard.freeze, scorecard.autoFilter, scorecard.print, scorecard.tabColor].every(Boolean)).toBe(true);
  });

  it('put the tabs in the same order', async () => {
    const plan = monthPlan();
    expect(await officeOrder(plan)).toEqual(throughExcelJs(plan).order);
  });
});
