import ExcelJS from 'exceljs';
import { readInputSheets } from '../../workbook/read/read-input-sheets';
import { gridsFromExcelJs } from './read-grids';

async function roundTrip(build: (workbook: ExcelJS.Workbook) => void): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.load(await workbook.xlsx.writeBuffer());
  return loaded;
}

const at = (year: number, month: number, day: number, hours = 0, minutes = 0, seconds = 0): Date =>
  new Date(Date.UTC(year, month - 1, day, hours, minutes, seconds));

/** 2026-11-05 in the 1900 date system. */
const NOV_5 = 46331;

describe('gridsFromExcelJs', () => {
  it('reads dates, times and dates with times as 1900-system serials', async () => {
    const workbook = await roundTrip((book) => {
      const sheet = book.addWorksheet('考勤');
      sheet.getCell('A1').value = at(2026, 11, 5);
      sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
      sheet.getCell('B1').value = at(1899, 12, 30, 8, 31);
      sheet.getCell('B1').numFmt = 'hh:mm';
      sheet.getCell('C1').value = at(2026, 11, 5, 17, 45, 30);
      sheet.getCell('C1').numFmt = 'yyyy-mm-dd hh:mm:ss';
      sheet.getCell('D1').value = 0.35;
      sheet.getCell('D1').numFmt = 'h:mm';
    });
    const [a, b, c, d] = gridsFromExcelJs(workbook).sheets[0].rows[0] as number[];
    expect(a).toBe(NOV_5);
    expect(b * 1440).toBeCloseTo(8 * 60 + 31, 6);
    expect((c - NOV_5) * 86_400).toBeCloseTo(17 * 3600 + 45 * 60 + 30, 3);
    expect(d).toBeCloseTo(0.35, 9);
  });

  it('reads numbers, text IDs, booleans and leaves gaps as null', async () => {
    const workbook = await roundTrip((book) => {
      const sheet = book.addWorksheet('员工');
      sheet.getCell('A1').value = 1001;
      sheet.getCell('C1').value = '001002';
      sheet.getCell('D1').value = 2.5;
      sheet.getCell('E1').value = true;
      sheet.getCell('B3').value = '王芳';
    });
    expect(gridsFromExcelJs(workbook).sheets[0].rows).toEqual([[1001, null, '001002', 2.5, true], [], [null, '王芳']]);
  });

  it('ends each row at its last value, whatever empty styled cells follow it', async () => {
    const workbook = await roundTrip((book) => {
      const sheet = book.addWorksheet('S');
      sheet.getCell('B1').value = 1;
      sheet.getCell('D1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFF0000' } };
      sheet.getCell('C2').border = { top: { style: 'thin' } };
      sheet.getCell('A3').value = 'x';
    });
    expect(workbook.getWorksheet('S')?.getRow(1).cellCount).toBe(4);
    expect(gridsFromExcelJs(workbook).sheets[0].rows).toEqual([[null, 1], [], ['x']]);
  });

  it('reads formulas as their cached results, including dates and errors', async () => {
    const workbook = await roundTrip((book) => {
      const sheet = book.addWorksheet('指标');
      sheet.getCell('A1').value = { formula: '40+2', result: 42 };
      sheet.getCell('B1').value = { formula: 'CONCAT("10","01")', result: '1001' };
      sheet.getCell('C1').value = { formula: 'DATE(2026,11,5)', result: at(2026, 11, 5) };
      sheet.getCell('C1').numFmt = 'yyyy-mm-dd';
      sheet.getCell('D1').value = { formula: 'NA()', result: { error: '#N/A' } };
      sheet.getCell('E1').value = { formula: 'A1*2' };
    });
    expect(gridsFromExcelJs(workbook).sheets[0].rows[0]).toEqual([42, '1001', NOV_5, '#N/A', null]);
  });

  it('reads rich text, hyperlinks and error cells as their text', async () => {
    const workbook = await roundTrip((book) => {
      const sheet = book.addWorksheet('违规');
      sheet.getCell('A1').value = { richText: [{ text: '漏记', font: { bold: true } }, { text: '交接班' }] };
      sheet.getCell('B1').value = { text: '处理记录', hyperlink: 'https://example.com/1' };
      sheet.getCell('C1').value = { error: '#REF!' };
    });
    expect(gridsFromExcelJs(workbook).sheets[0].rows[0]).toEqual(['漏记交接班', '处理记录', '#REF!']);
  });

  it('reads each cell of a merged range as the value of the range', async () => {
    const workbook = await roundTrip((book) => {
      const sheet = book.addWorksheet('考勤');
      sheet.getCell('A1').value = '2026-11-05';
      sheet.mergeCells('A1:A2');
      sheet.getCell('B2').value = 1001;
    });
    expect(gridsFromExcelJs(workbook).sheets[0].rows).toEqual([['2026-11-05'], ['2026-11-05', 1001]]);
  });

  it('keeps the sheets in workbook order with their names and visibility', async () => {
    const workbook = await roundTrip((book) => {
      book.addWorksheet('员工');
      book.addWorksheet('_history', { state: 'veryHidden' });
      book.addWorksheet('说明', { state: 'hidden' });
    });
    expect(gridsFromExcelJs(workbook).sheets.map(({ name, visibility }) => [name, visibility])).toEqual([
      ['员工', 'visible'],
      ['_history', 'veryHidden'],
      ['说明', 'hidden'],
    ]);
  });

  describe('in a workbook using the 1904 date system', () => {
    const build1904 = (fill: (sheet: ExcelJS.Worksheet) => void) =>
      roundTrip((book) => {
        book.properties.date1904 = true;
        fill(book.addWorksheet('考勤'));
      });

    it('reads dates and dates with times as 1900-system serials', async () => {
      const workbook = await build1904((sheet) => {
        sheet.getCell('A1').value = at(2026, 11, 5);
        sheet.getCell('A1').numFmt = 'yyyy-mm-dd';
        sheet.getCell('B1').value = at(2026, 11, 5, 12);
        sheet.getCell('B1').numFmt = 'yyyy-mm-dd hh:mm';
        // A stored 1904-system serial, as Excel for Mac writes it.
        sheet.getCell('C1').value = NOV_5 - 1462;
        sheet.getCell('C1').numFmt = 'yyyy-mm-dd';
      });
      expect(workbook.properties.date1904).toBe(true);
      const [a, b, c] = gridsFromExcelJs(workbook).sheets[0].rows[0] as number[];
      expect(a).toBe(NOV_5);
      expect(b).toBeCloseTo(NOV_5 + 0.5, 9);
      expect(c).toBe(NOV_5);
    });

    it('keeps a time of day a time of day', async () => {
      const workbook = await build1904((sheet) => {
        sheet.getCell('A1').value = 0.35;
        sheet.getCell('A1').numFmt = 'h:mm';
        sheet.getCell('B1').value = at(1899, 12, 30, 8, 24);
        sheet.getCell('B1').numFmt = 'h:mm';
      });
      const [a, b] = gridsFromExcelJs(workbook).sheets[0].rows[0] as number[];
      expect(a).toBeCloseTo(0.35, 9);
      expect(b).toBeCloseTo(0.35, 9);
    });
  });

  it('lists the sheets it is told not to read, without their rows', () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('员工').addRow(['工号']);
    workbook.addWorksheet('明细 2026-10', { state: 'hidden' }).addRow(['row']);
    expect(gridsFromExcelJs(workbook, (name) => name === '员工').sheets).toEqual([
      { name: '员工', visibility: 'visible', rows: [['工号']] },
      { name: '明细 2026-10', visibility: 'hidden', rows: [] },
    ]);
  });

  it('hands the input readers cells they read as the supervisor sees them', async () => {
    const workbook = await roundTrip((book) => {
      book.properties.date1904 = true;
      book.addWorksheet('员工').addRows([
        ['工号', '姓名', '入职日期'],
        [1001, { richText: [{ text: '王' }, { text: '芳' }] }, at(2025, 3, 1)],
      ]);
      const attendance = book.addWorksheet('考勤');
      attendance.addRows([
        ['日期', '工号', '班次', '上班打卡', '下班打卡'],
        [at(2026, 11, 5), '1001', 'D', at(1899, 12, 30, 8, 35, 59), at(2026, 11, 6, 0, 20)],
      ]);
      attendance.getColumn(1).numFmt = 'yyyy-mm-dd';
      attendance.getColumn(4).numFmt = 'hh:mm:ss';
      attendance.getColumn(5).numFmt = 'yyyy-mm-dd hh:mm';
      book.addWorksheet('违规').addRow(['日期', '工号', '代码']);
    });
    const read = readInputSheets(gridsFromExcelJs(workbook), '2026-11');
    expect(read.issues).toEqual([]);
    expect(read.employees.map(({ id, name, hireDate }) => ({ id, name, hireDate }))).toEqual([{ id: '1001', name: '王芳', hireDate: '2025-03-01' }]);
    expect(read.attendance.map(({ date, employeeId, clockIn, clockOut }) => ({ date, employeeId, clockIn, clockOut }))).toEqual([
      { date: '2026-11-05', employeeId: '1001', clockIn: { minuteOfDay: 515 }, clockOut: { minuteOfDay: 20, date: '2026-11-06' } },
    ]);
  });
});
