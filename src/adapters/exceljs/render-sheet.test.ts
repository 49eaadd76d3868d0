import ExcelJS from 'exceljs';
import type { SheetSpec } from '../../workbook/sheet-spec';
import { hyperlinkFormula, renderSheet } from './render-sheet';

function spec(overrides: Partial<SheetSpec>): SheetSpec {
  return {
    name: 'Scorecard 2026-11',
    visibility: 'visible',
    columns: [],
    rows: [],
    styles: [],
    merges: [],
    conditionalFormats: [],
    hyperlinks: [],
    ...overrides,
  };
}

/** Renders into a fresh workbook, saves it and reads the saved bytes back. */
async function roundTrip(sheet: SheetSpec): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  renderSheet(workbook.addWorksheet(sheet.name), sheet);
  const buffer = await workbook.xlsx.writeBuffer();
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(buffer as ArrayBuffer);
  const worksheet = loaded.getWorksheet(sheet.name);
  if (!worksheet) throw new Error('sheet lost');
  return worksheet;
}

describe('renderSheet values', () => {
  it('writes numbers, strings and booleans and leaves nulls empty', async () => {
    const sheet = await roundTrip(spec({ rows: [[1.5, 'text', true, null, false]] }));
    expect(sheet.getRow(1).values).toEqual([undefined, 1.5, 'text', true, undefined, false]);
  });

  it.each(['=1+1', '+1', '-1', '@SUM(A1)', '=HYPERLINK("http://x","y")'])(
    'keeps %s as text, never a formula, in a saved file',
    async (text) => {
      const sheet = await roundTrip(
        spec({ columns: [{ width: 10, text: true }, { width: 10 }], rows: [[text, text]] }),
      );
      for (const cell of [sheet.getCell('A1'), sheet.getCell('B1')]) {
        expect(cell.type).toBe(ExcelJS.ValueType.String);
        expect(cell.value).toBe(text);
      }
      expect(sheet.getCell('A1').numFmt).toBe('@');
    },
  );

  it('refuses a number Excel cannot hold', () => {
    const workbook = new ExcelJS.Workbook();
    expect(() => renderSheet(workbook.addWorksheet('S'), spec({ rows: [[null, Number.NaN]] }))).toThrow(/B1/);
  });
});

describe('renderSheet columns', () => {
  it('sets widths, hidden columns and number formats, `@` for text columns', async () => {
    const sheet = await roundTrip(
      spec({
        columns: [{ width: 12, text: true }, { width: 8.5, numberFormat: '0.0' }, { width: 4, hidden: true }],
        rows: [['1001', 79.7, 'x']],
      }),
    );
    expect(sheet.getColumn(1).width).toBe(12);
    expect(sheet.getColumn(2).width).toBe(8.5);
    expect(sheet.getColumn(3).hidden).toBe(true);
    expect(sheet.getColumn(2).hidden).toBe(false);
    expect(sheet.getCell('A1').numFmt).toBe('@');
    expect(sheet.getCell('B1').numFmt).toBe('0.0');
    expect(sheet.getColumn(1).numFmt).toBe('@');
  });
});

describe('renderSheet rows', () => {
  it('sets the heights the spec gives and leaves other rows at the default', async () => {
    const sheet = await roundTrip(
      spec({
        rows: [['header'], ['one line'], ['two\nlines']],
        rowHeights: [
          { row: 1, height: 30 },
          { row: 3, height: 30.5 },
        ],
      }),
    );
    expect(sheet.getRow(1).height).toBe(30);
    expect(sheet.getRow(2).height).toBeUndefined();
    expect(sheet.getRow(3).height).toBe(30.5);
  });

  it('sets the height of a row that has no values', async () => {
    const sheet = await roundTrip(spec({ rows: [['a']], rowHeights: [{ row: 4, height: 45 }] }));
    expect(sheet.getRow(4).height).toBe(45);
  });
});

describe('renderSheet styles', () => {
  it('applies font, fill, alignment, wrap and borders by range', async () => {
    const sheet = await roundTrip(
      spec({
        rows: [['Title', null], ['a', 'b']],
        styles: [
          {
            range: 'A1:B1',
            style: {
              bold: true,
              italic: true,
              fontSize: 14,
              fontColor: '#1F4E79',
              fill: '#DDEBF7',
              horizontal: 'center',
              vertical: 'middle',
              wrap: true,
              border: 'thin',
              borderColor: '#808080',
            },
          },
        ],
      }),
    );
    const title = sheet.getCell('A1');
    expect(title.font).toMatchObject({ bold: true, italic: true, size: 14, color: { argb: 'FF1F4E79' } });
    expect(title.fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(title.alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(title.border.left).toMatchObject({ style: 'thin', color: { argb: 'FF808080' } });
    expect(sheet.getCell('B1').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
    expect(sheet.getCell('A2').font.bold).toBeUndefined();
    expect((sheet.getCell('A2').fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').toBe('none');
  });

  it('strikes through only the cells a strike style covers', async () => {
    const sheet = await roundTrip(spec({ rows: [['void', 'valid']], styles: [{ range: 'A1', style: { strike: true } }] }));
    expect(sheet.getCell('A1').font.strike).toBe(true);
    expect(sheet.getCell('B1').font.strike).toBeUndefined();
  });

  it('lets a later range win property by property over an earlier one', async () => {
    const sheet = await roundTrip(
      spec({
        rows: [[1, 2]],
        styles: [
          { range: 'A1:B1', style: { bold: true, fill: '#FF0000' } },
          { range: 'B1', style: { fill: '#00FF00' } },
        ],
      }),
    );
    expect(sheet.getCell('A1').fill).toMatchObject({ fgColor: { argb: 'FFFF0000' } });
    expect(sheet.getCell('B1').fill).toMatchObject({ fgColor: { argb: 'FF00FF00' } });
    expect(sheet.getCell('B1').font.bold).toBe(true);
  });

  it('draws a top or bottom rule only on that side', async () => {
    const sheet = await roundTrip(
      spec({ rows: [[1, 2]], styles: [{ range: 'A1', style: { border: 'bottom' } }, { range: 'B1', style: { border: 'top' } }] }),
    );
    expect(sheet.getCell('A1').border.bottom).toMatchObject({ style: 'thin' });
    expect(sheet.getCell('A1').border.top).toBeUndefined();
    expect(sheet.getCell('B1').border.top).toMatchObject({ style: 'thin' });
    expect(sheet.getCell('B1').border.bottom).toBeUndefined();
  });

  it('lets a style number format override the column format', async () => {
    const sheet = await roundTrip(
      spec({
        columns: [{ width: 10, numberFormat: '0.0' }],
        rows: [[1], [2]],
        styles: [{ range: 'A2', style: { numberFormat: '0%' } }],
      }),
    );
    expect(sheet.getCell('A1').numFmt).toBe('0.0');
    expect(sheet.getCell('A2').numFmt).toBe('0%');
  });

  it('styles empty cells that a range covers', async () => {
    const sheet = await roundTrip(spec({ rows: [[1]], styles: [{ range: 'A1:C3', style: { border: 'thin' } }] }));
    expect(sheet.getCell('C3').border.right).toMatchObject({ style: 'thin' });
    expect(sheet.getCell('D4').border).toBeUndefined();
  });

  it('rejects a colour that is not #RRGGBB', () => {
    const workbook = new ExcelJS.Workbook();
    const bad = spec({ rows: [[1]], styles: [{ range: 'A1', style: { fill: 'red' } }] });
    expect(() => renderSheet(workbook.addWorksheet('S'), bad)).toThrow(RangeError);
  });
});

describe('renderSheet layout', () => {
  it('merges ranges and keeps the merged value and style', async () => {
    const sheet = await roundTrip(
      spec({
        rows: [['Scorecard', null, null]],
        merges: ['A1:C1'],
        styles: [{ range: 'A1:C1', style: { bold: true, border: 'bottom' } }],
      }),
    );
    expect(sheet.getCell('A1').value).toBe('Scorecard');
    expect(sheet.getCell('C1').isMerged).toBe(true);
    expect(sheet.getCell('C1').master.address).toBe('A1');
    expect(sheet.getCell('C1').border.bottom).toMatchObject({ style: 'thin' });
  });

  it('freezes the header rows and columns', async () => {
    const sheet = await roundTrip(spec({ rows: [[1]], freeze: { rows: 4, columns: 2 } }));
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 4, topLeftCell: 'C5' });
  });

  it('leaves the view unfrozen without a freeze', async () => {
    const sheet = await roundTrip(spec({ rows: [[1]], freeze: { rows: 0, columns: 0 } }));
    expect(sheet.views?.[0]?.state ?? 'normal').toBe('normal');
  });

  it('sets the filter range', async () => {
    const sheet = await roundTrip(spec({ rows: [['a', 'b'], [1, 2]], autoFilter: 'A1:B2' }));
    expect(sheet.autoFilter).toBe('A1:B2');
  });

  it('sets the tab colour and the visibility', async () => {
    const sheet = await roundTrip(spec({ rows: [[1]], tabColor: '#2E75B6', visibility: 'veryHidden' }));
    expect(sheet.properties.tabColor).toEqual({ argb: 'FF2E75B6' });
    expect(sheet.state).toBe('veryHidden');
  });

  it('sets A4 print setup fitted to the width, title rows and footer', async () => {
    const sheet = await roundTrip(
      spec({
        rows: [[1]],
        print: {
          orientation: 'landscape',
          paperSize: 'A4',
          fitToWidth: 1,
          fitToHeight: 0,
          repeatRows: { first: 4, last: 4 },
          printArea: 'A1:P40',
          centerFooter: 'Page &P of &N',
        },
      }),
    );
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '4:4',
      printArea: 'A1:P40',
    });
    expect(sheet.headerFooter.oddFooter).toBe('&CPage &P of &N');
  });
});

describe('renderSheet hyperlinks', () => {
  it('links a cell to a cell of another sheet with its text shown', async () => {
    const sheet = await roundTrip(
      spec({ rows: [[null]], hyperlinks: [{ cell: 'A1', sheet: '考勤', targetCell: 'C12', text: '考勤!C12' }] }),
    );
    const cell = sheet.getCell('A1');
    expect(cell.formula).toBe('HYPERLINK("#\'考勤\'!C12","考勤!C12")');
    expect(cell.result).toBe('考勤!C12');
    expect(cell.font).toMatchObject({ underline: true, color: { argb: 'FF0563C1' } });
  });

  it('gives a link in a text column the General format, so the formula stays a formula once edited', async () => {
    const sheet = await roundTrip(
      spec({
        columns: [{ width: 8, text: true }],
        rows: [['1001'], ['1002']],
        hyperlinks: [{ cell: 'A1', sheet: 'Details 2026-11', targetCell: 'A5', text: '1001' }],
      }),
    );
    expect(sheet.getCell('A1').numFmt ?? 'General').toBe('General');
    expect(sheet.getCell('A2').numFmt).toBe('@');
  });

  it('writes the link over the text the row holds in that cell, the last link given for a cell winning', async () => {
    const sheet = await roundTrip(
      spec({
        rows: [['考勤!C12', 'plain']],
        hyperlinks: [
          { cell: 'A1', sheet: '考勤', targetCell: 'C11', text: '考勤!C11' },
          { cell: 'A1', sheet: '考勤', targetCell: 'C12', text: '考勤!C12' },
        ],
      }),
    );
    expect(sheet.getCell('A1').formula).toBe('HYPERLINK("#\'考勤\'!C12","考勤!C12")');
    expect(sheet.getCell('B1').value).toBe('plain');
  });

  it('quotes apostrophes in sheet names and double quotes in text', () => {
    const value = hyperlinkFormula({ cell: 'A1', sheet: "Tom's", targetCell: 'B2', text: 'say "hi"' });
    expect(value.formula).toBe('HYPERLINK("#\'Tom\'\'s\'!B2","say ""hi""")');
  });
});

describe('renderSheet conditional formats', () => {
  /** ExcelJS keeps a sheet's conditional formats in a field its typings leave out. */
  const formatsOf = (sheet: ExcelJS.Worksheet): ExcelJS.ConditionalFormattingOptions[] =>
    (sheet as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;

  it('writes each format as a rule over its range, earlier formats first', async () => {
    const sheet = await roundTrip(
      spec({
        rows: [['A', 55]],
        conditionalFormats: [
          { kind: 'textEquals', range: 'A1:A9', text: 'A', style: { fill: '#C6EFCE' } },
          { kind: 'lessThan', range: 'B1:B9', value: 60, style: { fontColor: '#9C0006', bold: true } },
          { kind: 'dataBar', range: 'C1:C9', color: '#5B9BD5' },
        ],
      }),
    );
    const formats = formatsOf(sheet);
    expect(formats.map((format) => format.ref)).toEqual(['A1:A9', 'B1:B9', 'C1:C9']);
    expect(formats[0].rules[0]).toMatchObject({ type: 'cellIs', operator: 'equal', formulae: ['"A"'], priority: 1 });
    expect(formats[0].rules[0].style?.fill).toMatchObject({ bgColor: { argb: 'FFC6EFCE' } });
    expect(formats[1].rules[0]).toMatchObject({ type: 'cellIs', operator: 'lessThan', formulae: ['60'], priority: 2 });
    expect(formats[1].rules[0].style?.font).toMatchObject({ bold: true, color: { argb: 'FF9C0006' } });
    expect(formats[2].rules[0]).toMatchObject({ type: 'dataBar', gradient: false, color: { argb: 'FF5B9BD5' } });
  });

  it('quotes the text of a text rule as a formula string', async () => {
    const sheet = await roundTrip(
      spec({ rows: [['x']], conditionalFormats: [{ kind: 'textEquals', range: 'A1', text: 'say "F"', style: { bold: true } }] }),
    );
    expect(formatsOf(sheet)[0].rules[0]).toMatchObject({ formulae: ['"say ""F"""'] });
  });
});
