import { createFakeOffice, type FakeOffice } from './index';

type Context = Excel.RequestContext;

function fakeWith(options = {}): FakeOffice {
  return createFakeOffice({ workbook: { sheets: [{ name: 'Data', rows: [['a', 'b'], ['c', 'd']] }, { name: 'Other' }] }, ...options });
}

/** Queues `batch` on the Data sheet and syncs it; the error code if the request fails. */
async function attempt(fake: FakeOffice, batch: (sheet: Excel.Worksheet) => void): Promise<string> {
  return fake.Excel.run(async (context) => {
    batch((context as unknown as Context).workbook.worksheets.getItem('Data'));
    await context.sync();
  }).then(
    () => 'ok',
    (error: { code?: string }) => error.code ?? 'no code',
  );
}

const dataSheet = (fake: FakeOffice) => fake.snapshot().sheets[0];

describe('the fake Excel range areas (Worksheet.getRanges)', () => {
  it('sets one row height on every row of every area, in one operation', async () => {
    const fake = fakeWith();
    expect(await attempt(fake, (sheet) => (sheet.getRanges('3:5,9:9,12:13').format.rowHeight = 30))).toBe('ok');
    expect(dataSheet(fake).rowHeights).toEqual({ 3: 30, 4: 30, 5: 30, 9: 30, 12: 30, 13: 30 });
    expect(fake.syncs[fake.syncs.length - 1].operations).toBe(1);
  });

  it('sets the font colour and underline of every cell of every area, and of no other cell', async () => {
    const fake = fakeWith();
    const outcome = await attempt(fake, (sheet) => {
      const font = sheet.getRanges('A1:A2,B2').format.font;
      font.underline = 'Single';
      font.color = '#0563c1';
    });
    expect(outcome).toBe('ok');
    const cells = dataSheet(fake).cells;
    for (const address of ['A1', 'A2', 'B2']) expect(cells[address].font).toEqual({ underline: 'Single', color: '#0563C1' });
    expect(cells.B1.font).toBeUndefined();
    expect(fake.syncs[fake.syncs.length - 1].operations).toBe(2);
  });

  it('takes semicolons, spaces and the sheet’s own name in the address, as Office.js documents', async () => {
    const fake = fakeWith();
    expect(await attempt(fake, (sheet) => (sheet.getRanges("2:2; 'Data'!4:5 ,Data!7:7").format.rowHeight = 45))).toBe('ok');
    expect(dataSheet(fake).rowHeights).toEqual({ 2: 45, 4: 45, 5: 45, 7: 45 });
  });

  it.each([
    ['an empty address', ''],
    ['an empty area between two', 'A1,,B2'],
    ['a trailing separator', 'A1,'],
    ['a malformed area', 'A1,B2:C3:D4'],
    ['a name that is no address', 'A1,nonsense'],
    ['an area outside the grid', 'A1,A1048577'],
    ['an area on another sheet', 'A1,Other!B2'],
  ])('refuses %s with InvalidArgument and changes nothing', async (_, address) => {
    const fake = fakeWith();
    expect(await attempt(fake, (sheet) => (sheet.getRanges(address).format.font.color = '#FF0000'))).toBe('InvalidArgument');
    expect(dataSheet(fake).cells.A1.font).toBeUndefined();
  });

  it('refuses a row height or colour Excel would not take', async () => {
    expect(await attempt(fakeWith(), (sheet) => (sheet.getRanges('1:2').format.rowHeight = 410))).toBe('InvalidArgument');
    expect(await attempt(fakeWith(), (sheet) => (sheet.getRanges('A1').format.font.color = 'blue'))).toBe('InvalidArgument');
    expect(await attempt(fakeWith(), (sheet) => ((sheet.getRanges('A1').format.font as { underline: string }).underline = 'Wavy'))).toBe('InvalidArgument');
  });

  it('counts the address in the request, as it travels with the operation', async () => {
    const fake = fakeWith();
    const short = 'A1';
    const long = Array.from({ length: 20 }, (_, i) => `A${2 * i + 1}:A${2 * i + 2}`).join(',');
    await attempt(fake, (sheet) => (sheet.getRanges(short).format.font.color = '#FF0000'));
    await attempt(fake, (sheet) => (sheet.getRanges(long).format.font.color = '#FF0000'));
    const [first, second] = fake.syncs.slice(-2).map((sync) => sync.requestBytes);
    expect(second - first).toBe(long.length - short.length);
  });

  it('is refused by a host without ExcelApi 1.9, which then changes nothing', async () => {
    const fake = fakeWith({ apiVersion: '1.8' });
    expect(await attempt(fake, (sheet) => (sheet.getRanges('1:2').format.rowHeight = 30))).toBe('ApiNotFound');
    expect(await attempt(fake, (sheet) => (sheet.getRanges('A1').format.font.underline = 'Single'))).toBe('ApiNotFound');
    expect(dataSheet(fake).rowHeights).toEqual({});
    expect(dataSheet(fake).cells.A1.font).toBeUndefined();
    expect(await attempt(fake, (sheet) => (sheet.getRange('1:2').format.rowHeight = 30))).toBe('ok');
  });
});
