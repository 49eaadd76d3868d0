import type { CellValue } from '../../workbook/grid';
import type { SheetSpec, WritePlan } from '../../workbook/sheet-spec';
import type { Capabilities } from './capabilities';
import { createFakeOffice, type FakeOffice, type FakeOfficeOptions } from './fake';
import { PlanRejected, renderPlan, type RenderOptions, WorkbookProtected, WriteFailed } from './render-plan';

const allCapabilities: Capabilities = { suspendScreenUpdating: true, autoFilter: true, pageLayout: true, rangeAreas: true, strikethrough: true };
const allFeatures: RenderOptions = { capabilities: allCapabilities };

function sheet(name: string, rows: CellValue[][], extra: Partial<SheetSpec> = {}): SheetSpec {
  return { name, visibility: 'visible', columns: [], rows, styles: [], merges: [], conditionalFormats: [], hyperlinks: [], ...extra };
}

function team(options: Partial<FakeOfficeOptions> = {}): FakeOffice {
  return createFakeOffice({
    workbook: {
      sheets: [
        { name: '员工', rows: [['工号', '姓名'], ['1001', '王芳']] },
        { name: '考核 2026-10', rows: [['old October']] },
        { name: '考核 2026-11', rows: [['stale November']] },
        { name: '明细 2026-11', rows: [['stale details']] },
      ],
      activeSheet: '员工',
    },
    ...options,
  });
}

/** A workbook snapshot without sheet ids, which differ between two runs of the same write. */
function withoutIds(snapshot: ReturnType<FakeOffice['snapshot']>) {
  return { ...snapshot, sheets: snapshot.sheets.map((sheet) => ({ ...sheet, id: '' })) };
}

function write(office: FakeOffice, plan: WritePlan, options: RenderOptions = allFeatures) {
  return office.Excel.run((context) => renderPlan(context as unknown as Excel.RequestContext, plan, options));
}

const november: WritePlan = {
  sheets: [
    sheet('考核 2026-11', [['Scorecard'], ['工号', '姓名', '得分'], ['1001', '=1+1', 91.5]], {
      columns: [{ width: 10, text: true }, { width: 9.140625 }, { width: 8, numberFormat: '0.0' }],
      styles: [{ range: 'A2:C2', style: { bold: true, fill: '#1F4E79', fontColor: '#FFFFFF', border: 'bottom' } }],
      freeze: { rows: 2, columns: 1 },
      autoFilter: 'A2:C3',
      hyperlinks: [{ cell: 'A3', sheet: '明细 2026-11', targetCell: 'A4', text: '1001' }],
    }),
    sheet('明细 2026-11', [['Details'], ['1001']]),
    sheet('~history', [['2026-11', '1001', 91.5]], { visibility: 'veryHidden' }),
  ],
  remove: ['Scorecard 2026-11'],
  activate: '考核 2026-11',
};

describe('renderPlan', () => {
  it('replaces the month’s tabs in place and leaves every other sheet as it was', async () => {
    const office = team();
    const before = office.snapshot();
    await write(office, november);
    const after = office.snapshot();
    expect(after.sheets.map((s) => s.name)).toEqual(['员工', '考核 2026-10', '考核 2026-11', '明细 2026-11', '~history']);
    expect(after.sheets[0]).toEqual(before.sheets[0]);
    expect(after.sheets[1]).toEqual(before.sheets[1]);
    expect(after.sheets[2].cells.A1).toMatchObject({ value: 'Scorecard' });
    expect(after.sheets[2].id).not.toBe(before.sheets[2].id);
    expect(after.sheets[4].visibility).toBe('VeryHidden');
    expect(after.activeSheet).toBe('考核 2026-11');
  });

  it('reads the sheets in one request and writes a small plan, deleting the old tabs last, in one more', async () => {
    const office = team();
    const report = await write(office, november);
    expect(office.syncCount()).toBe(2);
    expect(report).toMatchObject({ syncs: 2, writeBatches: 1, skipped: [] });
    // The one request enters the links and renames the tabs: calculation stays on for it.
    expect(office.syncs[1]).toMatchObject({ suspendedCalculation: false, suspendedScreenUpdating: true });
  });

  it('suspends calculation only for requests that enter no formula and are not the last, so no link is left uncalculated', async () => {
    const office = team();
    const rows = Array.from({ length: 3_000 }, (_, i) => [`employee ${i}`, i, `note ${'x'.repeat(40)}`]);
    const plan: WritePlan = {
      sheets: [sheet('Big', rows), sheet('Links', [['1001']], { hyperlinks: [{ cell: 'A1', sheet: 'Big', targetCell: 'A1', text: '1001' }] })],
      remove: [],
    };
    const report = await write(office, plan, { ...allFeatures, budgetBytes: 100_000 });
    const writes = office.syncs.slice(1);
    expect(report.writeBatches).toBeGreaterThan(2);
    expect(writes.slice(0, -1).some((sync) => sync.suspendedCalculation)).toBe(true);
    expect(writes[writes.length - 1].suspendedCalculation).toBe(false);
    const links = office.snapshot().sheets.find((s) => s.name === 'Links');
    expect(links?.cells.A1).toMatchObject({ formula: '=HYPERLINK("#\'Big\'!A1","1001")' });
    expect(links?.cells.A1.uncalculated).toBeUndefined();
  });

  it('needs no deleting request when no sheet is replaced', async () => {
    const office = createFakeOffice({ workbook: { sheets: [{ name: 'Employees' }] } });
    expect(await write(office, november)).toMatchObject({ syncs: 2 });
  });

  it('writes a name like =1+1 as the text =1+1, never a formula', async () => {
    const office = team();
    await write(office, november);
    const values = await office.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('考核 2026-11').getRange('B3').load('values,formulas');
      await context.sync();
      return [range.values[0][0], range.formulas[0][0]];
    });
    expect(values).toEqual(['=1+1', '=1+1']);
  });

  it('keeps an ID written as text as text, in a text column and elsewhere', async () => {
    const office = team();
    await write(office, november);
    const cells = office.snapshot().sheets.find((s) => s.name === '明细 2026-11')?.cells;
    expect(cells?.A2).toMatchObject({ value: '1001', numberFormat: '@' });
    // The text column's format covers the rows the tab writes, not the whole column.
    const scorecard = office.snapshot().sheets[2];
    expect([scorecard.cells.A1.numberFormat, scorecard.cells.A3.numberFormat]).toEqual(['@', 'General']);
    expect(scorecard.columns.A).toEqual({ width: 52.5 });
  });

  it('renders styles, widths, number formats, frozen panes, filter and links', async () => {
    const office = team();
    await write(office, november);
    const scorecard = office.snapshot().sheets[2];
    expect(scorecard.cells.B2).toMatchObject({
      font: { name: 'Calibri', size: 11, bold: true, color: '#FFFFFF' },
      fill: '#1F4E79',
      borders: { bottom: { style: 'Continuous', weight: 'Thin' } },
    });
    // Excel's default width, 9.140625 characters, is 64 pixels: 48 points.
    expect(scorecard.columns.B).toEqual({ width: 48 });
    expect(scorecard.columns.C).toEqual({ width: 42 });
    expect(scorecard.cells.C3).toMatchObject({ value: 91.5, numberFormat: '0.0' });
    expect(scorecard.freeze).toEqual({ rows: 2, columns: 1 });
    expect(scorecard.autoFilter).toBe('A2:C3');
    // The link is a formula, and its cell is not formatted `@`, which would keep it as text.
    expect(scorecard.cells.A3).toMatchObject({
      formula: '=HYPERLINK("#\'明细 2026-11\'!A4","1001")',
      numberFormat: 'General',
      font: { underline: 'Single', color: '#0563C1' },
    });
  });

  it('writes a link whose text looks like a reference as a formula showing that text, in any column', async () => {
    const office = team();
    const links = sheet('Links', [['考勤!C12', 'plain'], ['say "hi"', "Tom's"]], {
      columns: [{ width: 10 }, { width: 10, text: true }],
      hyperlinks: [
        { cell: 'A1', sheet: '考勤', targetCell: 'C12', text: '考勤!C12' },
        { cell: 'B2', sheet: "Tom's", targetCell: 'B2', text: "Tom's" },
        { cell: 'A2', sheet: '员工', targetCell: 'A1', text: 'say "hi"' },
      ],
    });
    await write(office, { sheets: [links], remove: [] });
    const shown = await office.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem('Links').getRange('A1:B2').load('values,formulas');
      await context.sync();
      return { values: range.values, formulas: range.formulas };
    });
    expect(shown.values).toEqual([['考勤!C12', 'plain'], ['say "hi"', "Tom's"]]);
    expect(shown.formulas).toEqual([
      [`=HYPERLINK("#'考勤'!C12","考勤!C12")`, 'plain'],
      [`=HYPERLINK("#'员工'!A1","say ""hi""")`, `=HYPERLINK("#'Tom''s'!B2","Tom's")`],
    ]);
  });

  it.each([
    // Rows 2–3 of one height are one run; 4, 5 and 7 each break it: four runs, one per operation.
    ['range by range', false, 4],
    // Through getRanges, one operation per height: "2:3,5:5,7:7" and "4:4".
    ['through getRanges', true, 2],
  ])('gives rows the heights the plan sets, in points, %s', async (_, rangeAreas, operations) => {
    const capabilities = { ...allCapabilities, rangeAreas };
    const office = team();
    const rowHeights = [5, 2, 3, 4, 7].map((row) => ({ row, height: row === 4 ? 45 : 30 }));
    await write(office, { sheets: [sheet('Tall', [['a'], ['wrapped text']], { rowHeights })], remove: [] }, { capabilities });
    expect(office.snapshot().sheets[4].rowHeights).toEqual({ 2: 30, 3: 30, 4: 45, 5: 30, 7: 30 });
    const heightOperations = office.syncs.reduce((sum, sync) => sum + sync.operations, 0);
    const without = createFakeOffice({ workbook: { sheets: team().snapshot().sheets.map((s) => ({ name: s.name })) } });
    await write(without, { sheets: [sheet('Tall', [['a'], ['wrapped text']])], remove: [] }, { capabilities });
    expect(heightOperations - without.syncs.reduce((sum, sync) => sum + sync.operations, 0)).toBe(operations);
  });

  it('removes the tabs the plan names for removal', async () => {
    const office = createFakeOffice({ workbook: { sheets: [{ name: 'Employees' }, { name: 'Scorecard 2026-11' }] } });
    await write(office, november);
    expect(office.snapshot().sheets.map((s) => s.name)).not.toContain('Scorecard 2026-11');
  });

  it('refuses a workbook whose structure is protected, before writing anything, in one request', async () => {
    const office = team({ workbook: { sheets: [{ name: '员工' }], protectedStructure: true } });
    const before = office.snapshot();
    await expect(write(office, november)).rejects.toBeInstanceOf(WorkbookProtected);
    expect(office.syncCount()).toBe(1);
    expect(office.snapshot()).toEqual(before);
  });

  it('skips the filter and print setup where the host lacks ExcelApi 1.9, and says so', async () => {
    const office = team({ apiVersion: '1.7' });
    const plan: WritePlan = {
      ...november,
      sheets: [{ ...november.sheets[0], print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, fitToHeight: 0 } }],
    };
    const report = await write(office, plan, { capabilities: { suspendScreenUpdating: false, autoFilter: false, pageLayout: false, rangeAreas: false, strikethrough: false } });
    expect(report.skipped).toEqual(['autoFilter', 'print']);
    expect(office.snapshot().sheets[2].autoFilter).toBeUndefined();
  });

  it('refuses a plan with a sheet name Excel would refuse, before writing anything', async () => {
    const office = team();
    const plan: WritePlan = { sheets: [sheet('考核:2026/11', []), sheet('x'.repeat(32), [])], remove: [] };
    const failure = write(office, plan);
    await expect(failure).rejects.toBeInstanceOf(PlanRejected);
    await expect(failure).rejects.toMatchObject({ problems: [expect.stringContaining('[ ] :'), expect.stringContaining('31')] });
    expect(office.syncCount()).toBe(0);
  });

  it('refuses a plan naming the same sheet twice in different case', async () => {
    const plan: WritePlan = { sheets: [sheet('Scorecard', []), sheet('SCORECARD', [])], remove: [] };
    await expect(write(team(), plan)).rejects.toBeInstanceOf(PlanRejected);
  });

  it('refuses a value Excel cannot hold before writing anything', async () => {
    const office = team();
    const before = office.snapshot();
    await expect(write(office, { sheets: [sheet('Bad', [[Number.POSITIVE_INFINITY]])], remove: [] })).rejects.toThrow(/Bad!A1/);
    expect(office.snapshot()).toEqual(before);
  });

  it('writes dates into a 1904 workbook so that they show the same day, leaving other numbers alone', async () => {
    const office = team({ workbook: { sheets: [{ name: 'Input' }], date1904: true } });
    const plan: WritePlan = {
      sheets: [sheet('Out', [[46329, 7, 46329]], { columns: [{ width: 10, numberFormat: 'yyyy-mm-dd' }, { width: 5 }], styles: [{ range: 'C1', style: { numberFormat: 'm/d' } }] })],
      remove: [],
    };
    const report = await write(office, plan);
    expect(report.date1904).toBe(true);
    const cells = office.snapshot().sheets[1].cells;
    expect([cells.A1.value, cells.B1.value, cells.C1.value]).toEqual([46329 - 1462, 7, 46329 - 1462]);
  });
});

describe('renderPlan when Excel fails part way', () => {
  it('leaves the workbook exactly as it was, whichever operation before the first delete fails', async () => {
    const probe = team();
    await write(probe, november);
    const writeOperations = probe.syncs[1].operations;
    // The request ends with deleting the two tabs replaced; failing at the first of them still undoes it all.
    const firstDelete = writeOperations - 2;

    expect(writeOperations).toBeGreaterThan(40);
    for (let failAt = 0; failAt <= firstDelete; failAt++) {
      const office = team();
      const before = office.snapshot();
      office.failOnSync(2, { afterOperations: failAt });
      const failure = await write(office, november).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(WriteFailed);
      expect(failure).toMatchObject({ restored: true });
      expect(office.snapshot()).toEqual(before);
    }
  });

  it('puts old tabs back when the failure comes after they were set aside', async () => {
    const office = team();
    const before = office.snapshot();
    office.failOnOperation(/\.activate\(\)$/);
    await expect(write(office, november)).rejects.toMatchObject({ restored: true });
    expect(office.snapshot()).toEqual(before);
  });

  it('finishes the write when deleting the old tabs fails part way, leaving none of them behind', async () => {
    const expected = team();
    await write(expected, november);
    const office = team();
    const operations = expected.syncs[1].operations;
    office.failOnSync(2, { afterOperations: operations - 1 });
    const report = await write(office, november);
    expect(withoutIds(office.snapshot())).toEqual(withoutIds(expected.snapshot()));
    expect(report.syncs).toBe(4);
    expect(office.syncs.map((sync) => sync.failed)).toEqual([undefined, 'GeneralException', undefined, undefined]);
  });

  it.each([
    ['a new tab', 'Big'],
    ['a tab that replaces an old one, which gets its name back', '考核 2026-11'],
  ])('leaves the workbook as it was when a later request of a large write of %s fails', async (_, name) => {
    const office = team();
    const before = office.snapshot();
    const rows = Array.from({ length: 3_000 }, (_, i) => [`employee ${i}`, i, `note ${'x'.repeat(40)}`]);
    office.failOnSync(3);
    const failure = await write(office, { sheets: [sheet(name, rows)], remove: [] }, { ...allFeatures, budgetBytes: 100_000 }).catch((e: unknown) => e);
    expect(failure).toMatchObject({ restored: true });
    expect(office.snapshot()).toEqual(before);
  });
});
