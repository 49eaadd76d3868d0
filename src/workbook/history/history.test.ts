import fc from 'fast-check';
import type { HistoryRow } from '../../engine/records';
import type { CellValue, WorkbookGrids } from '../grid';
import type { SheetSpec } from '../sheet-spec';
import { HISTORY_SHEET, historyColumns } from './history-columns';
import { historySheet } from './history-sheet';
import { readHistory } from './read-history';

const row = (overrides: Partial<HistoryRow> = {}): HistoryRow => ({
  month: '2026-10',
  employeeId: '1001',
  name: '王芳',
  score: 79.5,
  grade: 'C',
  rank: 2,
  lastPlace: false,
  firstPlaceRun: 0,
  award: 0,
  salaryAdjustment: -5,
  team: '一组',
  flags: ['SCORE_BELOW_60', 'ABSENCE_DAYS'],
  ...overrides,
});

const gridsOf = (...specs: SheetSpec[]): WorkbookGrids => ({
  sheets: specs.map((spec) => ({ name: spec.name, rows: spec.rows, visibility: spec.visibility })),
});

const sheetWith = (rows: CellValue[][]): WorkbookGrids => ({
  sheets: [{ name: HISTORY_SHEET, rows: [[...historyColumns], ...rows], visibility: 'veryHidden' }],
});

const line = (overrides: Partial<Record<(typeof historyColumns)[number], CellValue>> = {}): CellValue[] => {
  const values: Record<string, CellValue> = {
    month: '2026-10',
    employee_id: '1001',
    name: '王芳',
    score: 80,
    grade: 'B',
    rank: 1,
    last_place: false,
    first_place_run: 1,
    award: 50,
    salary_adjustment: 0,
    fingerprint: 'abc',
    computed_at: '2026-11-01T01:30:00.000Z',
    team: null,
    flags: null,
    ...overrides,
  };
  return historyColumns.map((column) => values[column]);
};

describe('historySheet', () => {
  it('is a very hidden sheet with a fixed, language-neutral name and header', () => {
    const spec = historySheet([row()], { '2026-10': 'abc' }, { '2026-10': '2026-11-01T01:30:00.000Z' });
    expect(spec.name).toBe('_scorecard_history');
    expect(spec.visibility).toBe('veryHidden');
    expect(spec.rows[0]).toEqual([
      'month', 'employee_id', 'name', 'score', 'grade', 'rank', 'last_place', 'first_place_run', 'award',
      'salary_adjustment', 'fingerprint', 'computed_at', 'team', 'flags',
    ]);
    expect(spec.rows[1]).toEqual([
      '2026-10', '1001', '王芳', 79.5, 'C', 2, false, 0, 0, -5, 'abc', '2026-11-01T01:30:00.000Z', '一组', 'SCORE_BELOW_60,ABSENCE_DAYS',
    ]);
  });

  it('writes months, IDs and names as text', () => {
    const spec = historySheet([row()], {}, {});
    expect(spec.columns.slice(0, 3).every((column) => column.text)).toBe(true);
    expect(spec.columns[historyColumns.indexOf('score')].text).toBeUndefined();
  });

  it('orders rows by month, then rank, then ID', () => {
    const spec = historySheet(
      [row({ month: '2026-11', employeeId: '9' }), row({ employeeId: '2', rank: 1 }), row({ employeeId: '1', rank: 1 })],
      {},
      {},
    );
    expect(spec.rows.slice(1).map((cells) => `${cells[0]} ${cells[1]}`)).toEqual(['2026-10 1', '2026-10 2', '2026-11 9']);
  });
});

describe('readHistory', () => {
  it('reads back every row, fingerprint and computation time it was given', () => {
    const rowArbitrary = fc.record({
      month: fc.constantFrom('2025-12', '2026-01', '2026-02'),
      employeeId: fc.stringMatching(/^[0-9A-Z]{1,8}$/),
      name: fc.string().map((name) => name.trim()),
      score: fc.double({ min: 0, max: 110, noNaN: true }),
      grade: fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F'),
      rank: fc.integer({ min: 1, max: 50 }),
      lastPlace: fc.boolean(),
      firstPlaceRun: fc.integer({ min: 0, max: 12 }),
      award: fc.constantFrom(0, 50, 100, 200),
      salaryAdjustment: fc.integer({ min: -300, max: 300 }),
      team: fc.option(fc.constantFrom('一组', 'Team B'), { nil: undefined }),
      flags: fc.option(fc.subarray(['SCORE_BELOW_60', 'LAST_PLACE_TWICE', 'ABSENCE_DAYS', 'DISMISSAL_OFFENCE'] as const), { nil: undefined }),
    });
    const rows = fc.uniqueArray(rowArbitrary, { selector: (history) => `${history.month} ${history.employeeId}`, maxLength: 20 });
    fc.assert(
      fc.property(rows, (history) => {
        const months = [...new Set(history.map((history) => history.month))];
        const fingerprints = Object.fromEntries(months.map((month) => [month, `fp${month}`]));
        const computedAt = Object.fromEntries(months.map((month) => [month, `${month}-28T10:00:00.000Z`]));
        const read = readHistory(gridsOf(historySheet(history, fingerprints, computedAt)));
        const key = (history: HistoryRow): string => `${history.month} ${history.employeeId}`;
        const sorted = (list: HistoryRow[]): HistoryRow[] => [...list].sort((a, b) => (key(a) < key(b) ? -1 : 1));
        expect(sorted(read.rows)).toEqual(sorted(history));
        expect(read.fingerprints).toEqual(fingerprints);
        expect(read.computedAt).toEqual(computedAt);
        expect(read.issues).toEqual([]);
      }),
    );
  });

  it('reads nothing and reports nothing when the workbook has no history yet', () => {
    expect(readHistory({ sheets: [{ name: '员工', rows: [['工号']] }] })).toEqual({ rows: [], fingerprints: {}, computedAt: {}, issues: [] });
  });

  it('skips a malformed row with a warning at its cell and keeps the others', () => {
    const read = readHistory(
      sheetWith([line(), line({ employee_id: '1002', score: 'eighty' }), line({ employee_id: '1003', rank: 0 }), line({ employee_id: '1004', last_place: 'maybe' })]),
    );
    expect(read.rows.map((history) => history.employeeId)).toEqual(['1001']);
    expect(read.issues).toEqual([
      { severity: 'warning', code: 'UNREADABLE_HISTORY', sheet: HISTORY_SHEET, cell: 'D3', params: { value: 'eighty' } },
      { severity: 'warning', code: 'UNREADABLE_HISTORY', sheet: HISTORY_SHEET, cell: 'F4', params: { value: '0' } },
      { severity: 'warning', code: 'UNREADABLE_HISTORY', sheet: HISTORY_SHEET, cell: 'G5', params: { value: 'maybe' } },
    ]);
  });

  it('rejects a month that is not YYYY-MM', () => {
    const read = readHistory(sheetWith([line({ month: '2026-13' })]));
    expect(read.rows).toEqual([]);
    expect(read.issues[0]).toMatchObject({ cell: 'A2', params: { value: '2026-13' } });
  });

  it('keeps the first of two rows for the same employee and month and warns about the second', () => {
    const read = readHistory(sheetWith([line(), line({ score: 90 })]));
    expect(read.rows).toHaveLength(1);
    expect(read.rows[0].score).toBe(80);
    expect(read.issues).toEqual([
      { severity: 'warning', code: 'UNREADABLE_HISTORY', sheet: HISTORY_SHEET, cell: 'B3', params: { value: '1001' } },
    ]);
  });

  it('accepts numeric IDs, TRUE and FALSE as text, blank rows and a history without fingerprints', () => {
    const read = readHistory(
      sheetWith([line({ employee_id: 1001, last_place: 'TRUE', fingerprint: null, computed_at: null }), [], line({ employee_id: '1002', last_place: 'false' })]),
    );
    expect(read.rows.map((history) => [history.employeeId, history.lastPlace])).toEqual([
      ['1001', true],
      ['1002', false],
    ]);
    expect(read.issues).toEqual([]);
    expect(read.fingerprints).toEqual({ '2026-10': 'abc' });
  });

  it('reads a month without flags as none, and flags that were unknown as unknown again', () => {
    const read = readHistory(sheetWith([line({ flags: null }), line({ employee_id: '1002', flags: '?' }), line({ employee_id: '1003', flags: 'ABSENCE_DAYS, DISMISSAL_OFFENCE' })]));
    expect(read.rows.map((history) => history.flags)).toEqual([[], undefined, ['ABSENCE_DAYS', 'DISMISSAL_OFFENCE']]);
  });

  it('writes unknown flags as unknown, so that computing another month does not turn them into none', () => {
    const spec = historySheet([row({ flags: undefined }), row({ employeeId: '1002', flags: [] })], {}, {});
    const read = readHistory(gridsOf(spec));
    expect(read.rows.map((history) => history.flags)).toEqual([undefined, []]);
  });

  it('skips a row whose flags are not flag codes, with a warning at the cell', () => {
    const read = readHistory(sheetWith([line({ flags: 'LATE' })]));
    expect(read.rows).toEqual([]);
    expect(read.issues[0]).toMatchObject({ code: 'UNREADABLE_HISTORY', cell: 'N2', params: { value: 'LATE' } });
  });

  it('reads a history written before teams and flags were kept: flags unknown, no team', () => {
    const header = historyColumns.filter((column) => column !== 'team' && column !== 'flags');
    const cells = line().slice(0, header.length);
    const read = readHistory({ sheets: [{ name: HISTORY_SHEET, rows: [[...header], cells] }] });
    expect(read.issues).toEqual([]);
    expect(read.rows).toHaveLength(1);
    expect(read.rows[0].flags).toBeUndefined();
    expect(read.rows[0].team).toBeUndefined();
  });

  it('warns once and reads nothing when a required column is missing', () => {
    const read = readHistory({ sheets: [{ name: HISTORY_SHEET, rows: [['month', 'employee_id', 'name'], ['2026-10', '1', 'x']] }] });
    expect(read.rows).toEqual([]);
    expect(read.issues).toHaveLength(1);
    expect(read.issues[0]).toMatchObject({ code: 'UNREADABLE_HISTORY', severity: 'warning', sheet: HISTORY_SHEET });
  });
});
