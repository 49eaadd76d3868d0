import { createFakeOffice, type FakeOffice, installFakeOffice } from './index';

type Context = Excel.RequestContext;

function fake(options = {}): FakeOffice {
  return createFakeOffice({
    workbook: {
      sheets: [
        { name: 'Employees', rows: [['ID']] },
        { name: 'Archive', visibility: 'veryHidden' },
      ],
    },
    ...options,
  });
}

function run<T>(office: FakeOffice, batch: (context: Context) => Promise<T>): Promise<T> {
  return office.Excel.run((context) => batch(context as unknown as Context));
}

async function attempt(office: FakeOffice, batch: (context: Context) => void): Promise<unknown> {
  return run(office, async (context) => {
    batch(context);
    await context.sync();
  }).then(
    () => 'ok',
    (error: { code?: string }) => error.code,
  );
}

describe('the fake Excel worksheets', () => {
  it('adds a sheet at the end without activating it', async () => {
    const office = fake();
    await run(office, async (context) => {
      context.workbook.worksheets.add('Scorecard 2026-11');
    });
    const snapshot = office.snapshot();
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(['Employees', 'Archive', 'Scorecard 2026-11']);
    expect(snapshot.activeSheet).toBe('Employees');
  });

  it.each([
    ['a name of 32 characters', 'x'.repeat(32), 'InvalidArgument'],
    ['a blank name', '  ', 'InvalidArgument'],
    ['a name with a slash', 'a/b', 'InvalidArgument'],
    ['a name with a colon', '考核:11', 'InvalidArgument'],
    ['a name with a question mark', 'why?', 'InvalidArgument'],
    ['a name starting with an apostrophe', "'quoted", 'InvalidArgument'],
    ['an existing name in another case', 'EMPLOYEES', 'ItemAlreadyExists'],
  ])('refuses %s', async (_, name, code) => {
    expect(await attempt(fake(), (context) => context.workbook.worksheets.add(name))).toBe(code);
  });

  it('accepts a name of exactly 31 characters', async () => {
    expect(await attempt(fake(), (context) => context.workbook.worksheets.add('y'.repeat(31)))).toBe('ok');
  });

  it('refuses to rename a sheet onto another sheet’s name, but lets it change its own case', async () => {
    const office = fake();
    expect(await attempt(office, (context) => (context.workbook.worksheets.getItem('Archive').name = 'employees'))).toBe(
      'ItemAlreadyExists',
    );
    expect(await attempt(office, (context) => (context.workbook.worksheets.getItem('Employees').name = 'EMPLOYEES'))).toBe('ok');
  });

  it('keeps a sheet found by name bound to it across a rename in the same batch', async () => {
    const office = fake();
    await run(office, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Archive');
      sheet.name = 'Old';
      sheet.getRange('A1').values = [['still here']];
    });
    expect(office.snapshot().sheets[1]).toMatchObject({ name: 'Old', cells: { A1: { value: 'still here' } } });
  });

  it('refuses to delete or hide the only visible sheet', async () => {
    const office = fake();
    expect(await attempt(office, (context) => context.workbook.worksheets.getItem('Employees').delete())).toBe('InvalidOperation');
    expect(await attempt(office, (context) => (context.workbook.worksheets.getItem('Employees').visibility = 'Hidden'))).toBe(
      'InvalidOperation',
    );
  });

  it('refuses to activate a hidden sheet, or to select a cell on it', async () => {
    expect(await attempt(fake(), (context) => context.workbook.worksheets.getItem('Archive').activate())).toBe('InvalidOperation');
    expect(await attempt(fake(), (context) => context.workbook.worksheets.getItem('Archive').getRange('A1').select())).toBe('InvalidOperation');
  });

  it('shows a neighbouring visible sheet when the active one is deleted', async () => {
    const office = fake();
    await run(office, async (context) => {
      context.workbook.worksheets.add('Next');
      await context.sync();
      context.workbook.worksheets.getItem('Employees').delete();
    });
    expect(office.snapshot().activeSheet).toBe('Next');
  });

  it('moves a sheet to a position', async () => {
    const office = fake();
    await run(office, async (context) => {
      context.workbook.worksheets.add('New').position = 0;
    });
    expect(office.snapshot().sheets.map((sheet) => sheet.name)).toEqual(['New', 'Employees', 'Archive']);
  });

  it('loads every sheet’s name and visibility through items', async () => {
    const office = fake();
    const sheets = await run(office, async (context) => {
      const collection = context.workbook.worksheets.load('items/name,items/visibility');
      await context.sync();
      return collection.items.map((sheet) => [sheet.name, sheet.visibility]);
    });
    expect(sheets).toEqual([
      ['Employees', 'Visible'],
      ['Archive', 'VeryHidden'],
    ]);
  });

  it('intersects a range with rows of its sheet, and answers a null object where they do not meet', async () => {
    const office = createFakeOffice({ workbook: { sheets: [{ name: 'S', rows: [[], [null, 'a', 'b'], [null, 'c', 'd'], [null, 'e', 'f']] }] } });
    const [head, below] = await run(office, async (context) => {
      const sheet = context.workbook.worksheets.getItem('S');
      const used = sheet.getUsedRange(true);
      const ranges = [used.getIntersectionOrNullObject(sheet.getRange('1:3')), used.getIntersectionOrNullObject('10:20')];
      ranges.forEach((range) => range.load('address,values'));
      await context.sync();
      return ranges.map((range) => (range.isNullObject ? null : [range.address, range.values]));
    });
    expect(head).toEqual(['S!B2:C3', [['a', 'b'], ['c', 'd']]]);
    expect(below).toBeNull();
  });

  it('reports a missing sheet as a null object rather than an error', async () => {
    const office = fake();
    const result = await run(office, async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject('Nope').load('name');
      await context.sync();
      return missing.isNullObject;
    });
    expect(result).toBe(true);
  });

  it('evaluates DATE in the workbook’s date system, and knows nothing of the preview use1904DateSystem', async () => {
    // Microsoft's "Date systems in Excel": July 5, 2011 is 40729 in the 1900 system, 39267 in the 1904 system.
    const serial = (office: FakeOffice) =>
      run(office, async (context) => {
        const result = context.workbook.functions.date(2011, 7, 5).load('value,error');
        await context.sync();
        return [result.value, result.error];
      });
    expect(await serial(fake())).toEqual([40729, '']);
    expect(await serial(fake({ workbook: { sheets: [{ name: 'A' }], date1904: true } }))).toEqual([39267, '']);
    expect(await run(fake(), async (context) => 'use1904DateSystem' in context.workbook)).toBe(false);
  });
});

describe('the fake Excel formatting and features', () => {
  it('records fonts, fills, alignment, borders, widths and hyperlinks in the snapshot', async () => {
    const office = fake();
    await run(office, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Employees');
      const header = sheet.getRange('A1:B2');
      header.format.font.bold = true;
      header.format.fill.color = '#1f4e79';
      header.format.horizontalAlignment = 'Center';
      const bottom = header.format.borders.getItem('EdgeBottom');
      bottom.style = 'Continuous';
      bottom.weight = 'Thin';
      sheet.getRange('A:A').format.columnWidth = 60;
      sheet.getRange('C1').hyperlink = { documentReference: "'Details 2026-11'!A5", textToDisplay: '1001' };
    });
    const sheet = office.snapshot().sheets[0];
    expect(sheet.cells.A1).toMatchObject({ font: { bold: true }, fill: '#1F4E79', horizontalAlignment: 'Center' });
    expect(sheet.cells.A1.borders).toBeUndefined();
    expect(sheet.cells.B2.borders).toEqual({ bottom: { style: 'Continuous', weight: 'Thin' } });
    expect(sheet.columns.A).toEqual({ width: 60 });
    expect(sheet.cells.C1).toEqual({ value: '1001', hyperlink: { documentReference: "'Details 2026-11'!A5", textToDisplay: '1001' } });
  });

  it('refuses colours that are not #RRGGBB', async () => {
    expect(await attempt(fake(), (context) => (context.workbook.worksheets.getItem('Employees').getRange('A1').format.fill.color = 'blue'))).toBe(
      'InvalidArgument',
    );
  });

  it('records conditional formats, freeze panes, filters, page layout and charts', async () => {
    const office = fake();
    await run(office, async (context) => {
      const sheet = context.workbook.worksheets.getItem('Employees');
      const grade = sheet.getRange('K5:K9').conditionalFormats.add('CellValue');
      grade.cellValue.rule = { formula1: '="A"', operator: 'EqualTo' };
      grade.cellValue.format.fill.color = '#C6EFCE';
      sheet.getRange('J5:J9').conditionalFormats.add('DataBar').dataBar.positiveFormat.fillColor = '#5B9BD5';
      sheet.freezePanes.freezeAt(sheet.getRange('A1:B4'));
      sheet.autoFilter.apply('A4:O9');
      sheet.pageLayout.orientation = 'Landscape';
      sheet.pageLayout.setPrintTitleRows('$4:$4');
      const chart = sheet.charts.add('ColumnClustered', sheet.getRange('B12:B17'), 'Columns');
      chart.title.text = 'Grades';
      chart.series.getItemAt(0).setXAxisValues(sheet.getRange('A12:A17'));
      chart.setPosition('D12', 'J26');
    });
    const sheet = office.snapshot().sheets[0];
    // "Adds a new conditional format to the collection at the first/top priority": the last added comes first.
    expect(sheet.conditionalFormats).toEqual([
      { type: 'DataBar', range: 'J5:J9', dataBar: { fillColor: '#5B9BD5' } },
      { type: 'CellValue', range: 'K5:K9', rule: { formula1: '="A"', operator: 'EqualTo' }, format: { fill: '#C6EFCE' } },
    ]);
    expect(sheet.freeze).toEqual({ rows: 4, columns: 2 });
    expect(sheet.autoFilter).toBe('A4:O9');
    expect(sheet.pageLayout).toEqual({ orientation: 'Landscape', printTitleRows: '4:4' });
    expect(sheet.charts).toEqual([
      {
        type: 'ColumnClustered',
        source: 'B12:B17',
        seriesBy: 'Columns',
        title: 'Grades',
        from: 'D12',
        to: 'J26',
        series: [{ values: 'B12:B17', xAxisValues: 'A12:A17' }],
      },
    ]);
  });

  it('refuses properties of another kind of conditional format', async () => {
    expect(
      await attempt(fake(), (context) => {
        context.workbook.worksheets.getItem('Employees').getRange('A1').conditionalFormats.add('DataBar').cellValue.rule = {
          formula1: '=1',
          operator: 'LessThan',
        };
      }),
    ).toBe('InvalidOperation');
  });

  it('refuses a chart whose data lies on another sheet', async () => {
    expect(
      await attempt(fake(), (context) => {
        const other = context.workbook.worksheets.getItem('Archive').getRange('A1:A3');
        context.workbook.worksheets.getItem('Employees').charts.add('ColumnClustered', other as unknown as Excel.Range);
      }),
    ).toBe('InvalidArgument');
  });

  it('refuses overlapping merges', async () => {
    expect(
      await attempt(fake(), (context) => {
        const sheet = context.workbook.worksheets.getItem('Employees');
        sheet.getRange('A1:C1').merge();
        sheet.getRange('B1:D1').merge();
      }),
    ).toBe('InvalidOperation');
  });
});

describe('the fake Office namespace', () => {
  it('installs Excel and Office as globals and restores them', async () => {
    const window: Record<string, unknown> = { Office: 'before' };
    const office = installFakeOffice(window, { displayLanguage: 'zh-CN', apiVersion: '1.9' });
    const Office = window.Office as typeof office.Office;
    expect(await Office.onReady()).toEqual({ host: 'Excel', platform: 'OfficeOnline' });
    expect(Office.context.displayLanguage).toBe('zh-CN');
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.9')).toBe(true);
    expect(Office.context.requirements.isSetSupported('ExcelApi', '1.10')).toBe(false);
    office.uninstall();
    expect(window.Office).toBe('before');
    expect(window.Excel).toBeUndefined();
  });

  it('reports no host for a plain browser page', async () => {
    const office = createFakeOffice({ host: null });
    expect(await office.Office.onReady()).toEqual({ host: null, platform: null });
    expect(office.Office.context.requirements.isSetSupported('ExcelApi', '1.1')).toBe(false);
  });
});
