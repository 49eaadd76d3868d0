import { createFakeOffice, type FakeOffice, type FakeOfficeOptions } from './index';

/**
 * The restrictions Microsoft documents for the members the add-in uses, each held by the fake
 * (the sentence and its source are beside the code that enforces it, and in
 * docs/office-js-conformance.md).
 */
type Context = Excel.RequestContext;

function fake(options: FakeOfficeOptions = {}): FakeOffice {
  return createFakeOffice({
    workbook: { sheets: [{ name: 'Employees', rows: [['ID'], ['1001']] }, { name: '_history', visibility: 'veryHidden' }] },
    ...options,
  });
}

/** The error code a batch fails with, or 'ok'. */
function attempt(office: FakeOffice, batch: (context: Context) => void): Promise<string> {
  return office.Excel.run(async (context) => {
    batch(context as unknown as Context);
    await (context as unknown as Context).sync();
  }).then(
    () => 'ok',
    (error: { code?: string }) => String(error.code),
  );
}

const sheet = (context: Context, name = 'Employees') => context.workbook.worksheets.getItem(name);

describe('the fake Excel, as Microsoft documents it', () => {
  it('refuses to delete a very hidden sheet with InvalidOperation, and deletes it once hidden', async () => {
    const office = fake();
    expect(await attempt(office, (context) => sheet(context, '_history').delete())).toBe('InvalidOperation');
    expect(await attempt(office, (context) => {
      const history = sheet(context, '_history');
      history.visibility = 'Hidden';
      history.delete();
    })).toBe('ok');
    expect(office.snapshot().sheets.map((s) => s.name)).toEqual(['Employees']);
  });

  it('refuses every member of a set newer than the host’s, also through the object it is reached by', async () => {
    const old = fake({ apiVersion: '1.8' });
    expect(await attempt(old, (context) => (sheet(context).getRange('A1').format.font.strikethrough = true))).toBe('ApiNotFound');
    // RangeFont.color is ExcelApi 1.1, but reached through getRanges (1.9) it needs 1.9.
    expect(await attempt(old, (context) => (sheet(context).getRanges('A1,A3').format.font.color = '#FF0000'))).toBe('ApiNotFound');
    expect(await attempt(old, (context) => sheet(context).autoFilter.apply('A1:A2'))).toBe('ApiNotFound');
    expect(await attempt(old, (context) => (sheet(context).pageLayout.orientation = 'Landscape'))).toBe('ApiNotFound');
    expect(await attempt(old, (context) => context.workbook.application.suspendScreenUpdatingUntilNextSync())).toBe('ApiNotFound');
    expect(await attempt(old, (context) => sheet(context).getRangeByIndexes(0, 0, 1, 1).load('values'))).toBe('ok');
    // getRangeByIndexes and WorkbookProtection are ExcelApi 1.7: the manifest's minimum.
    const older = fake({ apiVersion: '1.6' });
    expect(await attempt(older, (context) => sheet(context).getRangeByIndexes(0, 0, 1, 1).load('values'))).toBe('ApiNotFound');
    expect(await attempt(older, (context) => context.workbook.protection.load('protected'))).toBe('ApiNotFound');
    expect(old.snapshot().sheets[0].cells.A1.font).toBeUndefined();
  });

  it('keeps a workbook with a protected structure as it is: no sheet added, renamed, hidden, moved or deleted', async () => {
    const office = fake({ workbook: { sheets: [{ name: 'A' }, { name: 'B' }], protectedStructure: true } });
    const before = office.snapshot();
    expect(await attempt(office, (context) => context.workbook.worksheets.add('C'))).toBe('AccessDenied');
    expect(await attempt(office, (context) => (sheet(context, 'A').name = 'D'))).toBe('AccessDenied');
    expect(await attempt(office, (context) => (sheet(context, 'A').visibility = 'Hidden'))).toBe('AccessDenied');
    expect(await attempt(office, (context) => (sheet(context, 'A').position = 1))).toBe('AccessDenied');
    expect(await attempt(office, (context) => sheet(context, 'B').delete())).toBe('AccessDenied');
    // Cells are not the structure: they can still be written.
    expect(await attempt(office, (context) => (sheet(context, 'A').getRange('A1').values = [['x']]))).toBe('ok');
    expect(office.snapshot().sheets.map((s) => s.name)).toEqual(before.sheets.map((s) => s.name));
  });

  it('leaves formulas entered while calculation is suspended uncalculated, until the workbook is recalculated', async () => {
    const office = fake();
    const shown = () =>
      office.Excel.run(async (context) => {
        const range = (context as unknown as Context).workbook.worksheets.getItem('Employees').getRange('B1:B2').load('values');
        await (context as unknown as Context).sync();
        return range.values.map((row) => row[0]);
      });
    await attempt(office, (context) => {
      context.workbook.application.suspendApiCalculationUntilNextSync();
      sheet(context).getRange('B1').values = [['=HYPERLINK("#A1","go")']];
    });
    await attempt(office, (context) => (sheet(context).getRange('B2').values = [['=1+1']]));
    // The next request calculates what it enters, but not what was left before it.
    expect(await shown()).toEqual(['', 2]);
    expect(office.snapshot().sheets[0].cells.B1.uncalculated).toBe(true);
    await attempt(office, (context) => context.workbook.application.calculate('Recalculate'));
    expect(await shown()).toEqual(['go', 2]);
  });

  it('refuses to merge over values other than the upper-left one, and to write into part of a merged cell', async () => {
    const office = fake({ workbook: { sheets: [{ name: 'Employees', rows: [['title', 'stray'], ['a']] }] } });
    expect(await attempt(office, (context) => sheet(context).getRange('A1:B1').merge(false))).toBe('InvalidOperation');
    expect(await attempt(office, (context) => sheet(context).getRange('A2:C2').merge(false))).toBe('ok');
    expect(await attempt(office, (context) => (sheet(context).getRange('B2').values = [['x']]))).toBe('InvalidOperation');
    expect(await attempt(office, (context) => (sheet(context).getRange('A2').values = [['b']]))).toBe('ok');
  });

  it('takes the data bar’s lower bound and the print zoom only as whole objects', async () => {
    const office = fake();
    await office.Excel.run(async (context) => {
      const bar = (context as unknown as Context).workbook.worksheets.getItem('Employees').getRange('A1:A2').conditionalFormats.add('DataBar').dataBar;
      expect(() => ((bar.lowerBoundRule as { formula: string }).formula = '0')).toThrow(TypeError);
      const layout = (context as unknown as Context).workbook.worksheets.getItem('Employees').pageLayout;
      expect(() => ((layout.zoom as { scale: number }).scale = 50)).toThrow(TypeError);
    });
  });

  it('takes print title rows only as whole rows, and a frozen range only from A1', async () => {
    const office = fake();
    expect(await attempt(office, (context) => sheet(context).pageLayout.setPrintTitleRows('A1:C1'))).toBe('InvalidArgument');
    expect(await attempt(office, (context) => sheet(context).pageLayout.setPrintTitleRows('$1:$2'))).toBe('ok');
    expect(await attempt(office, (context) => sheet(context).freezePanes.freezeAt(sheet(context).getRange('B2:C3')))).toBe('InvalidArgument');
  });

  it('refuses a font name over 31 characters and a series name over 255', async () => {
    const office = fake();
    expect(await attempt(office, (context) => (sheet(context).getRange('A1').format.font.name = 'x'.repeat(32)))).toBe('InvalidArgument');
    expect(await attempt(office, (context) => (sheet(context).getRange('A1').format.font.name = 'x'.repeat(31)))).toBe('ok');
    const series = (name: string) => (context: Context) => {
      const target = sheet(context);
      target.charts.add('ColumnClustered', target.getRange('A1:A2'), 'Columns').series.getItemAt(0).name = name;
    };
    expect(await attempt(office, series('x'.repeat(256)))).toBe('InvalidArgument');
    expect(await attempt(office, series('x'.repeat(255)))).toBe('ok');
  });

  it('reports no tab colour for a hidden sheet', async () => {
    const office = fake({ workbook: { sheets: [{ name: 'A' }, { name: 'B', visibility: 'hidden' }] } });
    const colours = await office.Excel.run(async (context) => {
      const sheets = (context as unknown as Context).workbook.worksheets.load('items/tabColor');
      await (context as unknown as Context).sync();
      return sheets.items.map((item) => item.tabColor);
    });
    expect(colours).toEqual(['', null]);
  });
});
