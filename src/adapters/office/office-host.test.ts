import { createFakeOffice, type FakeOffice, type FakeOfficeOptions } from './fake';
import { createOfficeHost, langOf, type OfficeGlobals, runsInExcel } from './office-host';

function hostOn(options: FakeOfficeOptions = {}): { office: FakeOffice; host: ReturnType<typeof createOfficeHost> } {
  const office = createFakeOffice({
    workbook: { sheets: [{ name: '员工', rows: [['工号']] }, { name: '考勤', rows: [['日期']] }] },
    ...options,
  });
  return { office, host: createOfficeHost(office as unknown as OfficeGlobals) };
}

describe('the Office host', () => {
  it('shows a sheet and selects the cell of an issue', async () => {
    const { office, host } = hostOn();
    await host.selectCell('考勤', 'C12');
    expect(office.snapshot().activeSheet).toBe('考勤');
    expect(office.snapshot().sheets[1].selection).toBe('C12');
  });

  it('shows a sheet by name, ignoring case as Excel does', async () => {
    const { office, host } = hostOn({ workbook: { sheets: [{ name: 'Employees' }, { name: 'Scorecard 2026-11' }] } });
    await host.activateSheet('scorecard 2026-11');
    expect(office.snapshot().activeSheet).toBe('Scorecard 2026-11');
  });

  it('reads the workbook and writes a plan, each in its own run', async () => {
    const { office, host } = hostOn();
    const grids = await host.readGrids();
    expect(grids.sheets.map((sheet) => sheet.name)).toEqual(['员工', '考勤']);
    const report = await host.renderPlan({
      sheets: [{ name: 'Out', visibility: 'visible', columns: [], rows: [['ok']], styles: [], merges: [], conditionalFormats: [], hyperlinks: [] }],
      remove: [],
    });
    expect(report.writeBatches).toBe(1);
    expect(office.snapshot().sheets.map((sheet) => sheet.name)).toEqual(['员工', '考勤', 'Out']);
  });

  it('reads the cells of the sheets a compute reads, and of earlier months’ tabs only their names', async () => {
    const { host } = hostOn({
      workbook: { sheets: [{ name: '员工', rows: [['工号'], ['1001']] }, { name: '考核 2026-10', rows: [['客服考核表 2026-10']] }] },
    });
    expect((await host.readGrids()).sheets).toEqual([
      { name: '员工', visibility: 'visible', rows: [['工号'], ['1001']] },
      { name: '考核 2026-10', visibility: 'visible', rows: [] },
    ]);
  });

  it('reads a workbook it has read before in one request, and still sees what changed since', async () => {
    const { office, host } = hostOn();
    await host.readGrids();
    const before = office.syncCount();
    expect((await host.readGrids()).sheets.map((sheet) => sheet.rows)).toEqual([[['工号']], [['日期']]]);
    expect(office.syncCount() - before).toBe(1);

    await office.Excel.run(async (context) => {
      context.workbook.worksheets.getItem('考勤').name = 'Attendance';
      context.workbook.worksheets.getItem('Attendance').getRange('A2').values = [['late']];
      await context.sync();
    });
    expect((await host.readGrids()).sheets).toEqual([
      { name: '员工', visibility: 'visible', rows: [['工号']] },
      { name: 'Attendance', visibility: 'visible', rows: [['日期'], ['late']] },
    ]);
  });

  it('takes the pane’s language and the host’s features from Office', () => {
    expect(hostOn({ displayLanguage: 'zh-CN' }).host.lang()).toBe('zh');
    expect(hostOn({ displayLanguage: 'zh-CN' }).host.displayLanguage()).toBe('zh-CN');
    expect(hostOn({ apiVersion: '1.8' }).host.capabilities).toEqual({ suspendScreenUpdating: false, autoFilter: false, pageLayout: false, rangeAreas: false, strikethrough: false });
    expect(hostOn({ apiVersion: '1.9' }).host.capabilities).toEqual({ suspendScreenUpdating: true, autoFilter: true, pageLayout: true, rangeAreas: true, strikethrough: true });
  });
});

describe('langOf', () => {
  it.each([
    ['zh-CN', 'zh'],
    ['zh-TW', 'zh'],
    ['ZH-hk', 'zh'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    [undefined, 'en'],
  ])('gives %s the pane language %s', (tag, lang) => {
    expect(langOf(tag)).toBe(lang);
  });
});

describe('runsInExcel', () => {
  it('is true when Office.js reports the Excel host', async () => {
    expect(await runsInExcel({ Office: createFakeOffice().Office })).toBe(true);
  });

  it('is false in a plain browser page that loaded Office.js', async () => {
    expect(await runsInExcel({ Office: createFakeOffice({ host: null }).Office })).toBe(false);
  });

  it('is false when Office.js could not be loaded', async () => {
    expect(await runsInExcel({})).toBe(false);
  });

  it('is false when Office.js never answers', async () => {
    expect(await runsInExcel({ Office: { onReady: () => new Promise(() => undefined) } }, 20)).toBe(false);
  });
});
