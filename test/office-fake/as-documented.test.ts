import { detectCapabilities } from '../../src/adapters/office/capabilities';
import { createFakeOffice, type FakeOffice, type FakeOfficeOptions } from '../../src/adapters/office/fake';
import { readGrids } from '../../src/adapters/office/read-grids';
import { renderPlan, type RenderReport } from '../../src/adapters/office/render-plan';
import type { CellValue } from '../../src/workbook/grid';
import type { SheetSpec, WritePlan } from '../../src/workbook/sheet-spec';

/**
 * What Microsoft documents that the add-in once got wrong, each held by the strict fake Excel:
 * a very hidden sheet cannot be deleted, an ExcelApi 1.7 host has no strikethrough, cell-level
 * properties cannot be set on whole columns, and the 1904 date system is found with a released API.
 */
function sheet(name: string, rows: CellValue[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name, visibility: 'visible', columns: [], rows, styles: [], merges: [], conditionalFormats: [], hyperlinks: [], ...extra };
}

function officeWith(options: Partial<FakeOfficeOptions> = {}): FakeOffice {
  return createFakeOffice({ workbook: { sheets: [{ name: 'Employees', rows: [['ID'], ['1001']] }] }, ...options });
}

/** Writes as the pane does: with the capabilities the host reports. */
function write(office: FakeOffice, plan: WritePlan): Promise<RenderReport> {
  const capabilities = detectCapabilities(office.Office.context.requirements);
  return office.Excel.run((context) => renderPlan(context as unknown as Excel.RequestContext, plan, { capabilities }));
}

const month: WritePlan = {
  sheets: [
    sheet('Scorecard 2026-11', [['ID', 'Score'], ['1001', 80]], { columns: [{ width: 10, text: true }, { width: 8, numberFormat: '0.0' }] }),
    sheet('_history', [['2026-11', '1001', 80]], { visibility: 'veryHidden' }),
  ],
  remove: [],
  activate: 'Scorecard 2026-11',
};

describe('the add-in against Excel as Microsoft documents it', () => {
  it('computes a month a second and a third time: the very hidden history is made hidden before it is deleted', async () => {
    const office = officeWith();
    await write(office, month);
    await write(office, month);
    await write(office, month);
    expect(office.snapshot().sheets.map((s) => [s.name, s.visibility])).toEqual([
      ['Employees', 'Visible'],
      ['Scorecard 2026-11', 'Visible'],
      ['_history', 'VeryHidden'],
    ]);
  });

  it('undoes a failed second compute, deleting the very hidden history it had added', async () => {
    const office = officeWith();
    await write(office, month);
    const before = office.snapshot();
    // The last request fails at its first delete: everything it did before is undone.
    office.failOnOperation('.delete()');
    await expect(write(office, month)).rejects.toMatchObject({ name: 'WriteFailed', restored: true });
    expect(office.snapshot()).toEqual(before);
  });

  it('styles a voided row on an ExcelApi 1.7 host, which has no strikethrough, another way, and says so', async () => {
    const office = officeWith({ apiVersion: '1.7' });
    const voided: WritePlan = {
      sheets: [sheet('Details 2026-11', [['Code'], ['L01']], { styles: [{ range: 'A2', style: { strike: true } }] })],
      remove: [],
    };
    const report = await write(office, voided);
    const cell = office.snapshot().sheets[1].cells.A2;
    expect(cell.font).toMatchObject({ italic: true, color: '#808080' });
    expect(cell.font?.strikethrough).toBeUndefined();
    expect(report.skipped).toContain('strikethrough');
  });

  it('formats the columns of a tab over the rows it writes, never over whole columns', async () => {
    const office = officeWith();
    await write(office, month);
    const tab = office.snapshot().sheets[1];
    expect(tab.cells.A2).toMatchObject({ value: '1001', numberFormat: '@' });
    expect(tab.cells.B2).toMatchObject({ value: 80, numberFormat: '0.0' });
    expect(tab.columns.A.numberFormat).toBeUndefined();
  });

  it('finds that a workbook uses the 1904 date system, and reads and writes its dates as the days they show', async () => {
    // 2026-11-03 is 46329 in the 1900 date system, 46329 - 1462 in the 1904 system.
    const office = createFakeOffice({
      workbook: { sheets: [{ name: 'Attendance', rows: [['Date'], [46329 - 1462]], numberFormats: { A2: 'yyyy-mm-dd' } }], date1904: true },
    });
    const grids = await office.Excel.run((context) => readGrids(context as unknown as Excel.RequestContext));
    expect(grids.sheets[0].rows[1][0]).toBe(46329);
    const report = await write(office, { sheets: [sheet('Dates', [[46329]], { styles: [{ range: 'A1', style: { numberFormat: 'yyyy-mm-dd' } }] })], remove: [] });
    expect(report.date1904).toBe(true);
    expect(office.snapshot().sheets[1].cells.A1.value).toBe(46329 - 1462);
  });
});
