import { createFakeOffice, type FakeOfficeOptions } from './fake';
import { ANSWER_BUDGET_BYTES } from './read-blocks';
import { readGrids } from './read-grids';

function read(options: FakeOfficeOptions, expected: readonly string[] = []) {
  const office = createFakeOffice(options);
  return { office, grids: office.Excel.run((context) => readGrids(context as unknown as Excel.RequestContext, () => true, expected)) };
}

describe('readGrids', () => {
  it('reads every sheet’s name, visibility and values in two requests', async () => {
    const { office, grids } = read({
      workbook: {
        sheets: [
          { name: '员工', rows: [['工号', '姓名'], ['1001', '王芳'], [1002, true]] },
          { name: '~history', visibility: 'veryHidden', rows: [['2026-10']] },
          { name: 'Notes', visibility: 'hidden' },
        ],
      },
    });
    expect(await grids).toEqual({
      sheets: [
        { name: '员工', visibility: 'visible', rows: [['工号', '姓名'], ['1001', '王芳'], [1002, true]] },
        { name: '~history', visibility: 'veryHidden', rows: [['2026-10']] },
        { name: 'Notes', visibility: 'hidden', rows: [] },
      ],
    });
    expect(office.syncCount()).toBe(2);
  });

  it('leaves the cells of sheets it is told not to read, and still lists them', async () => {
    const office = createFakeOffice({
      workbook: {
        sheets: [
          { name: '员工', rows: [['工号'], ['1001']] },
          { name: '明细 2026-10', rows: Array.from({ length: 2_000 }, (_, row) => [`row ${row}`, 'x'.repeat(40)]) },
          { name: 'Notes', visibility: 'hidden', rows: [['private']] },
        ],
      },
    });
    const grids = await office.Excel.run((context) => readGrids(context as unknown as Excel.RequestContext, (name) => name === '员工'));
    expect(grids.sheets).toEqual([
      { name: '员工', visibility: 'visible', rows: [['工号'], ['1001']] },
      { name: '明细 2026-10', visibility: 'visible', rows: [] },
      { name: 'Notes', visibility: 'hidden', rows: [] },
    ]);
    expect(office.syncs.every((sync) => sync.responseBytes < 2_000)).toBe(true);
  });

  it('reads a sheet whose cells all lie below the first rows read, in a block of its own', async () => {
    const rows: (string | null)[][] = Array.from({ length: 30_002 }, () => []);
    rows[30_000] = [null, 'late'];
    rows[30_001] = ['last', null];
    const { office, grids } = read({ workbook: { sheets: [{ name: 'Far', rows }, { name: 'Near', rows: [['a']] }] } });
    const result = await grids;
    expect(result.sheets[0].rows.slice(30_000)).toEqual([[null, 'late'], ['last', null]]);
    expect(result.sheets[0].rows.slice(0, 30_000).every((row) => row.every((value) => value === null))).toBe(true);
    expect(result.sheets[1].rows).toEqual([['a']]);
    expect(office.syncCount()).toBe(3);
  });

  it('places a used range that starts below and right of A1 where it is, with blanks as null', async () => {
    const { grids } = read({ workbook: { sheets: [{ name: 'S', rows: [[], [], [null, 'a', null, 'b'], [null, null, 3]] }] } });
    expect((await grids).sheets[0].rows).toEqual([
      [],
      [],
      [null, 'a', null, 'b'],
      [null, null, 3, null],
    ]);
  });

  it('moves date serials of a 1904 workbook to the 1900 system, and only dates', async () => {
    const { grids } = read({
      workbook: {
        date1904: true,
        sheets: [{ name: 'S', rows: [[44867, 44867, 0.35, 44867]], numberFormats: { A1: 'yyyy-mm-dd', B1: '0', C1: 'h:mm', D1: 'yyyy"年"m"月"d"日"' } }],
      },
    });
    expect((await grids).sheets[0].rows[0]).toEqual([44867 + 1462, 44867, 0.35, 44867 + 1462]);
  });

  it('finds the 1904 system on an ExcelApi 1.7 host too, with the list of sheets, in two requests', async () => {
    const { office, grids } = read({
      apiVersion: '1.7',
      workbook: { date1904: true, sheets: [{ name: 'S', rows: [[44867]], numberFormats: { A1: 'yyyy-mm-dd' } }] },
    });
    expect((await grids).sheets[0].rows[0]).toEqual([44867 + 1462]);
    expect(office.syncCount()).toBe(2);
  });

  it('keeps the serials of a 1900 workbook as they are', async () => {
    const { grids } = read({ workbook: { sheets: [{ name: 'S', rows: [[44867]], numberFormats: { A1: 'yyyy-mm-dd' } }] } });
    expect((await grids).sheets[0].rows[0]).toEqual([44867]);
  });

  it('reads a sheet wider than its first read in blocks, never asking for more than 5,000,000 cells at once', async () => {
    // 400 rows across all 16,384 columns is 6.5 million cells: more than Excel reads in one range.
    const wide: (string | null)[] = Array.from({ length: 16_384 }, () => null);
    wide[0] = 'first';
    wide[16_383] = 'last';
    const rows = [wide, ...Array.from({ length: 398 }, () => []), ['bottom']];
    const { office, grids } = read({ workbook: { sheets: [{ name: 'Wide', rows }] } });
    const result = (await grids).sheets[0].rows;
    expect([result[0][0], result[0][16_383], result[399][0]]).toEqual(['first', 'last', 'bottom']);
    expect(result[0].filter((value) => value !== null)).toHaveLength(2);
    expect(office.syncs.every((sync) => !sync.failed)).toBe(true);
  });

  it('reads a workbook whose values exceed one answer in row blocks, losing nothing', async () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => [`row ${i}`, i, i % 7 === 0 ? null : `note ${i}`]);
    const { office, grids } = read({
      responseLimitBytes: 20_000,
      workbook: { sheets: [{ name: 'Big', rows }, { name: 'Small', rows: [['x']] }] },
    });
    const result = await grids;
    expect(result.sheets[0].rows).toEqual(rows.map((row) => row.map((value) => value ?? null)));
    expect(result.sheets[1].rows).toEqual([['x']]);
    expect(office.syncs.every((sync) => sync.failed || sync.responseBytes <= 20_000)).toBe(true);
    expect(office.syncCount()).toBeGreaterThan(3);
  });

  it('sizes the blocks of a workbook too big for one answer by the bytes its first block took, each answer under 5 MB', async () => {
    // 1.2 million four-digit numbers: some 6 MB of values at 5 bytes a cell.
    const rows = Array.from({ length: 150_000 }, (_, i) => Array.from({ length: 8 }, (__, c) => 1000 + ((i + c) % 9000)));
    const { office, grids } = read({ workbook: { sheets: [{ name: 'Numbers', rows }] } });
    const result = await grids;
    // Compared as text: cell by cell, a million cells take seconds.
    expect(JSON.stringify(result.sheets[0].rows)).toBe(JSON.stringify(rows));
    const answered = office.syncs.filter((sync) => !sync.failed);
    expect(answered.every((sync) => sync.responseBytes <= 5 * 1024 * 1024)).toBe(true);
    // The list of sheets, the first 30,000 rows with the sizes, then the rest in two blocks.
    expect(office.syncCount()).toBe(4);
    expect(office.syncs.every((sync) => !sync.failed)).toBe(true);
  }, 30_000);

  it('reads the first rows and the sizes alone, then everything in blocks, when even the first rows are too big for one answer', async () => {
    // Three sheets of 30,000 rows of eight 7-digit numbers: some 6 MB in their first 30,000 rows.
    const sheet = (name: string, offset: number) => ({
      name,
      rows: Array.from({ length: 30_000 }, (_, i) => Array.from({ length: 8 }, (__, c) => 1_000_000 + offset + i * 8 + c)),
    });
    const sheets = [sheet('A', 0), sheet('B', 300_000), sheet('C', 600_000)];
    const { office, grids } = read({ workbook: { sheets } });
    const result = await grids;
    expect(result.sheets.map((read) => JSON.stringify(read.rows))).toEqual(sheets.map((written) => JSON.stringify(written.rows)));
    expect(office.syncs.map((sync) => sync.failed ?? 'answered').slice(0, 3)).toEqual(['answered', 'ResponsePayloadSizeLimitExceeded', 'answered']);
    expect(office.syncs.filter((sync) => !sync.failed).every((sync) => sync.responseBytes <= 5 * 1024 * 1024)).toBe(true);
  }, 30_000);

  describe('given the sheets an earlier read saw', () => {
    const team = {
      sheets: [
        { name: '员工', rows: [['工号', '姓名'], ['1001', '王芳']] },
        { name: '考勤', rows: [['工号', '日期'], ['1001', 46337]] },
        { name: 'Notes', rows: [['private']] },
      ],
    };

    it('reads the list and the sheets in one request', async () => {
      const { office, grids } = read({ workbook: team }, ['员工', '考勤', 'Notes']);
      expect((await grids).sheets.map((sheet) => sheet.rows)).toEqual([[['工号', '姓名'], ['1001', '王芳']], [['工号', '日期'], ['1001', 46337]], [['private']]]);
      expect(office.syncCount()).toBe(1);
    });

    it('reads a sheet added since in a request of its own', async () => {
      const { office, grids } = read({ workbook: team }, ['员工', '考勤']);
      expect((await grids).sheets.map((sheet) => sheet.rows)).toEqual([[['工号', '姓名'], ['1001', '王芳']], [['工号', '日期'], ['1001', 46337]], [['private']]]);
      expect(office.syncCount()).toBe(2);
    });

    it('lists the sheets first, as for a workbook never read, when one of them has gone', async () => {
      const { office, grids } = read({ workbook: team }, ['员工', '考勤 (old)', 'Notes']);
      expect((await grids).sheets.map((sheet) => sheet.name)).toEqual(['员工', '考勤', 'Notes']);
      expect((await grids).sheets[1].rows).toEqual([['工号', '日期'], ['1001', 46337]]);
      expect(office.syncs.map((sync) => sync.failed ?? 'answered')).toEqual(['ItemNotFound', 'answered', 'answered']);
    });

    it('reads a sheet once when two of the names it is given differ only in case', async () => {
      const { office, grids } = read({ workbook: team }, ['员工', '考勤', 'notes', 'NOTES']);
      expect((await grids).sheets[2].rows).toEqual([['private']]);
      expect(office.syncCount()).toBe(1);
    });

    it('reads the date cells of a 1904 workbook again with their formats, and moves them to the 1900 system', async () => {
      const { grids } = read(
        { workbook: { date1904: true, sheets: [{ name: 'S', rows: [[44867, 0.35]], numberFormats: { A1: 'yyyy-mm-dd', B1: 'h:mm' } }] } },
        ['S'],
      );
      expect((await grids).sheets[0].rows[0]).toEqual([44867 + 1462, 0.35]);
    });

    it('lists the sheets first when their first rows together are too big for one answer', async () => {
      const sheet = (name: string, offset: number) => ({
        name,
        rows: Array.from({ length: 30_000 }, (_, i) => Array.from({ length: 8 }, (__, c) => 1_000_000 + offset + i * 8 + c)),
      });
      const sheets = [sheet('A', 0), sheet('B', 300_000), sheet('C', 600_000)];
      const { office, grids } = read({ workbook: { sheets } }, ['A', 'B', 'C']);
      const result = await grids;
      expect(result.sheets.map((read) => JSON.stringify(read.rows))).toEqual(sheets.map((written) => JSON.stringify(written.rows)));
      expect(office.syncs[0].failed).toBe('ResponsePayloadSizeLimitExceeded');
      expect(office.syncs.filter((sync) => !sync.failed).every((sync) => sync.responseBytes <= 5 * 1024 * 1024)).toBe(true);
    }, 30_000);
  });

  it('sizes the blocks of each sheet by what that sheet’s own cells took, keeping every answer near the budget', async () => {
    // Below row 30,000: notes of 80 characters in one sheet, one-digit numbers in the other. Sized
    // by the two sheets' average (11 bytes a cell), the notes would come back at 5 MB a block.
    const notes = Array.from({ length: 90_000 }, (_, i) => [`${String(i).padStart(6, '0')} ${'n'.repeat(73)}`]);
    const digits = Array.from({ length: 90_000 }, (_, i) => Array.from({ length: 8 }, (__, c) => (i + c) % 10));
    const { office, grids } = read({ workbook: { sheets: [{ name: 'Notes', rows: notes }, { name: 'Digits', rows: digits }] } });
    const result = await grids;
    expect(JSON.stringify(result.sheets[0].rows)).toBe(JSON.stringify(notes));
    expect(JSON.stringify(result.sheets[1].rows)).toBe(JSON.stringify(digits));
    const blocks = office.syncs.slice(2);
    expect(blocks.length).toBeGreaterThan(0);
    expect(blocks.every((sync) => !sync.failed && sync.responseBytes <= ANSWER_BUDGET_BYTES * 1.05)).toBe(true);
  }, 30_000);
});
