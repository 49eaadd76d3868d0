import { readInputSheets } from '../../../workbook/read/read-input-sheets';
import { stylesWithDates, testCodec, workbookBytes, worksheetOf, type FixtureOptions } from '../testing/package-fixture';
import { openPackage } from './open-package';
import { readGrids } from './read-grids';

async function gridsOf(options: FixtureOptions, readsCells?: (name: string) => boolean) {
  const pkg = await openPackage(await workbookBytes(options), testCodec);
  return readGrids(pkg, testCodec, readsCells);
}

async function rowsOf(cells: string, options: Partial<FixtureOptions> = {}) {
  return (await gridsOf({ sheets: [{ name: 'S', cells }], ...options })).sheets[0].rows;
}

/** 2026-11-05 in the 1900 date system. */
const NOV_5 = 46331;

describe('readGrids', () => {
  it('reads numbers, text IDs, booleans and leaves gaps as null', async () => {
    const rows = await rowsOf(
      '<row r="1"><c r="A1"><v>1001</v></c><c r="C1" t="inlineStr"><is><t>001002</t></is></c><c r="D1"><v>2.5</v></c><c r="E1" t="b"><v>1</v></c></row>' +
        '<row r="3"><c r="B3" t="inlineStr"><is><t>王芳</t></is></c></row>',
    );
    expect(rows).toEqual([[1001, null, '001002', 2.5, true], [], [null, '王芳']]);
  });

  it('ends each row at its last value, whatever empty styled cells follow it', async () => {
    const rows = await rowsOf('<row r="1"><c r="B1"><v>1</v></c><c r="D1" s="3"/></row><row r="2"><c r="C2" s="2"/></row><row r="3"><c r="A3" t="inlineStr"><is><t>x</t></is></c></row><row r="4"><c r="A4" s="1"/></row>');
    expect(rows).toEqual([[null, 1], [], ['x']]);
  });

  it('reads shared strings, rich text and inline rich text as their text, without phonetic guides', async () => {
    const sst =
      '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>工号</t></si>' +
      '<si><r><t>山田</t></r><r><rPr><b/></rPr><t>太郎</t></r><rPh sb="0" eb="2"><t>ヤマダ</t></rPh></si><si/></sst>';
    const rows = await rowsOf(
      '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="inlineStr"><is><r><rPr><b/></rPr><t>漏记</t></r><r><t xml:space="preserve"> 交接班</t></r></is></c><c r="D1" t="s"><v>2</v></c></row>',
      { sharedStrings: [], extraParts: { 'xl/sharedStrings.xml': sst } },
    );
    expect(rows[0]).toEqual(['工号', '山田太郎', '漏记 交接班', '']);
  });

  it('refuses a cell pointing past the shared strings as a damaged file', async () => {
    await expect(rowsOf('<row r="1"><c r="A1" t="s"><v>5</v></c></row>', { sharedStrings: ['a'] })).rejects.toMatchObject({ problem: 'damaged' });
  });

  it('reads formulas as their cached values: numbers, text, booleans, errors; a formula never computed is blank', async () => {
    const rows = await rowsOf(
      '<row r="1"><c r="A1"><f>40+2</f><v>42</v></c><c r="B1" t="str"><f>CONCAT("10","01")</f><v>1001</v></c><c r="C1" t="b"><f>TRUE()</f><v>1</v></c>' +
        '<c r="D1" t="e"><f>NA()</f><v>#N/A</v></c><c r="E1"><f>A1*2</f></c><c r="F1" t="e"><v>#REF!</v></c></row>',
    );
    expect(rows[0]).toEqual([42, '1001', true, '#N/A', null, '#REF!']);
  });

  it('decodes references and Excel’s _xHHHH_ escapes in text', async () => {
    const rows = await rowsOf('<row r="1"><c r="A1" t="inlineStr"><is><t>A&amp;B &lt;1&gt; &#x4E00;</t></is></c><c r="B1" t="inlineStr"><is><t>line_x000D_ end _x005F_x0041_</t></is></c></row>');
    expect(rows[0]).toEqual(['A&B <1> 一', 'line\r end _x0041_']);
  });

  it('reads dates of type d as 1900-system serials', async () => {
    const rows = await rowsOf('<row r="1"><c r="A1" t="d"><v>2026-11-05T00:00:00</v></c><c r="B1" t="d"><v>2026-11-05T12:00:00</v></c></row>');
    expect(rows[0]).toEqual([NOV_5, NOV_5 + 0.5]);
  });

  it('reads cells and rows without references in order', async () => {
    const rows = await rowsOf('<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="B2"><v>3</v></c><c><v>4</v></c></row>');
    expect(rows).toEqual([[1, 2], [null, 3, 4]]);
  });

  it('reads each cell of a merged range as the value of the range', async () => {
    const pkg = { sheets: [{ name: '考勤', xml: worksheetOf('<row r="1"><c r="A1" t="inlineStr"><is><t>2026-11-05</t></is></c></row><row r="2"><c r="B2"><v>1001</v></c></row>', '<mergeCells count="1"><mergeCell ref="A1:A2"/></mergeCells>') }] };
    expect((await gridsOf(pkg)).sheets[0].rows).toEqual([['2026-11-05'], ['2026-11-05', 1001]]);
  });

  it('reads a sheet whose elements carry a namespace prefix', async () => {
    const xml = '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>工号</x:t></x:is></x:c><x:c r="B1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect((await gridsOf({ sheets: [{ name: 'S', xml }] })).sheets[0].rows).toEqual([['工号', 7]]);
  });

  it('keeps the sheets in workbook order with their names and visibility', async () => {
    const grids = await gridsOf({ sheets: [{ name: '员工' }, { name: '_history', state: 'veryHidden' }, { name: '说明', state: 'hidden' }] });
    expect(grids.sheets.map(({ name, visibility }) => [name, visibility])).toEqual([
      ['员工', 'visible'],
      ['_history', 'veryHidden'],
      ['说明', 'hidden'],
    ]);
  });

  it('follows absolute relationship targets and a workbook part that is not xl/workbook.xml', async () => {
    const grids = await gridsOf({ sheets: [{ name: '员工', cells: [['工号']] }], absoluteTargets: true, workbookPart: 'book/main.xml' });
    expect(grids.sheets[0].rows).toEqual([['工号']]);
  });

  it('lists the sheets it is told not to read, without their rows', async () => {
    const grids = await gridsOf({ sheets: [{ name: '员工', cells: [['工号']] }, { name: '明细 2026-10', cells: [['row']], state: 'hidden' }] }, (name) => name === '员工');
    expect(grids.sheets).toEqual([
      { name: '员工', visibility: 'visible', rows: [['工号']] },
      { name: '明细 2026-10', visibility: 'hidden', rows: [] },
    ]);
  });

  describe('in a workbook using the 1904 date system', () => {
    it('moves numbers in date formats to the 1900 system, and leaves times and plain numbers', async () => {
      const cells = `<row r="1"><c r="A1" s="1"><v>${NOV_5 - 1462}</v></c><c r="B1" s="3"><v>${NOV_5 - 1462 + 0.5}</v></c><c r="C1" s="2"><v>0.35</v></c><c r="D1"><v>12</v></c><c r="E1" s="1"><v>0.35</v></c></row>`;
      const rows = await rowsOf(cells, { date1904: true, styles: stylesWithDates });
      expect(rows[0]).toEqual([NOV_5, NOV_5 + 0.5, 0.35, 12, 0.35]);
    });

    it('leaves a 1900 workbook’s dates as they are', async () => {
      const rows = await rowsOf(`<row r="1"><c r="A1" s="1"><v>${NOV_5}</v></c></row>`, { styles: stylesWithDates });
      expect(rows[0]).toEqual([NOV_5]);
    });
  });

  it('hands the input readers cells they read as the supervisor sees them', async () => {
    const grids = await gridsOf({
      date1904: true,
      styles: stylesWithDates,
      sharedStrings: ['工号', '姓名', '入职日期', '王', '芳'],
      sheets: [
        { name: '员工', cells: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c></row><row r="2"><c r="A2"><v>1001</v></c><c r="B2" t="inlineStr"><is><r><t>王</t></r><r><t>芳</t></r></is></c><c r="C2" s="1"><v>${45717 - 1462}</v></c></row>` },
        { name: '考勤', cells: [['日期', '工号', '班次', '上班打卡', '下班打卡'], [NOV_5, '1001', 'D', (8 * 60 + 35 + 59 / 60) / 1440, NOV_5 + 1 + 20 / 1440]] },
        { name: '违规', cells: [['日期', '工号', '代码']] },
      ],
    });
    const read = readInputSheets(grids, '2026-11');
    expect(read.issues).toEqual([]);
    expect(read.employees.map(({ id, name, hireDate }) => ({ id, name, hireDate }))).toEqual([{ id: '1001', name: '王芳', hireDate: '2025-03-01' }]);
    expect(read.attendance.map(({ date, clockIn, clockOut }) => ({ date, clockIn, clockOut }))).toEqual([{ date: '2026-11-05', clockIn: { minuteOfDay: 515 }, clockOut: { minuteOfDay: 20, date: '2026-11-06' } }]);
  });
});
