import fc from 'fast-check';
import type { CellValue, WorkbookGrids } from '../grid';
import { valueAt } from '../layout/sheet-reading';
import { LOG_HEADER_ROW, logColumns } from './log-columns';
import { changesInWords, NAMED_CHANGES, type LogEntry } from './log-entry';
import { logSheet } from './log-sheet';
import { readLog } from './read-log';

const entry = (overrides: Partial<LogEntry> = {}): LogEntry => ({
  at: new Date(2026, 11, 1, 9, 30),
  action: 'compute',
  target: '2026-11',
  lang: 'zh',
  employees: 36,
  salaryTotal: -270,
  awardTotal: 50,
  inputFingerprint: '00123e4567a',
  policyFingerprint: '0abcdefghij',
  changes: '首次计算',
  ...overrides,
});

const asGrids = (name: string, rows: readonly (readonly CellValue[])[]): WorkbookGrids => ({ sheets: [{ name, rows }] });

describe('logSheet (SPEC §4.3)', () => {
  it('starts a new log with a title, a note, the header on row 4 and the first entry under it', () => {
    const spec = logSheet(undefined, entry(), 'zh');
    expect(spec.name).toBe('考核日志');
    expect(spec.visibility).toBe('visible');
    expect(valueAt(spec, 'A1')).toBe('考核日志');
    expect(spec.rows[LOG_HEADER_ROW - 1]).toEqual(['时间', '操作', '月份或期间', '语言', '人数', '工资浮动\n合计', '特别奖\n合计', '数据指纹', '规则指纹', '变动']);
    // 2026-12-01 09:30 local time as an Excel serial.
    expect(spec.rows[LOG_HEADER_ROW]).toEqual([46357 + 9.5 / 24, '计算', '2026-11', '中文', 36, -270, 50, '00123e4567a', '0abcdefghij', '首次计算']);
    expect(spec.freeze).toEqual({ rows: LOG_HEADER_ROW, columns: 0 });
    expect(spec.print).toMatchObject({ orientation: 'landscape', fitToWidth: 1, repeatRows: { first: LOG_HEADER_ROW, last: LOG_HEADER_ROW } });
  });

  it('writes months and fingerprints as text, so that 2026-11 and 00123e4567 never become a date or a number', () => {
    const spec = logSheet(undefined, entry(), 'en');
    expect(spec.name).toBe('Compute log');
    const textColumns = spec.columns.flatMap((column, index) => (column.text ? [logColumns[index]] : []));
    expect(textColumns).toEqual(expect.arrayContaining(['target', 'inputFingerprint', 'policyFingerprint', 'changes']));
    expect(spec.columns[logColumns.indexOf('time')].numberFormat).toBe('yyyy-mm-dd hh:mm');
  });

  it('only ever appends: every row already in the log comes back unchanged, in its place, with one row after them', () => {
    const cell = fc.oneof(fc.constant(null), fc.string({ maxLength: 12 }), fc.integer({ min: -1000, max: 1000 }), fc.boolean());
    const rows = fc.array(fc.array(cell, { maxLength: 12 }), { maxLength: 30 });
    fc.assert(
      fc.property(rows, fc.constantFrom<'zh' | 'en'>('zh', 'en'), (extra, lang) => {
        const first = logSheet(undefined, entry({ lang }), lang);
        const stored = readLog(asGrids(first.name, [...first.rows, ...extra]));
        if (!stored) throw new Error('no log');
        const next = logSheet(stored, entry({ action: 'recompute', changes: '无变动' }), stored.lang);
        const kept = next.rows.slice(0, next.rows.length - 1);
        // Trailing blank rows are the only thing not kept: the new row closes the gap.
        expect(stored.rows.slice(0, kept.length)).toEqual(kept);
        expect(stored.rows.slice(kept.length).every((row) => row.every((value) => value === null || (typeof value === 'string' && value.trim() === '')))).toBe(true);
        expect(next.rows[next.rows.length - 1][1]).toBe(lang === 'zh' ? '重新计算' : 'Recompute');
      }),
    );
  });

  it('keeps the log’s own language and sheet name when a run is in the other language', () => {
    const first = logSheet(undefined, entry(), 'zh');
    const stored = readLog(asGrids(' 考核日志 ', first.rows));
    expect(stored?.lang).toBe('zh');
    const next = logSheet(stored, entry({ lang: 'en' }), 'zh');
    expect(next.name).toBe(' 考核日志 ');
    expect(next.rows[next.rows.length - 1].slice(1, 4)).toEqual(['计算', '2026-11', '英文']);
  });

  it('places the new row by the log’s own header when its columns were moved', () => {
    const header = ['变动', '时间', '月份或期间'];
    const stored = readLog(asGrids('考核日志', [header, ['old', 46000, '2026-10']]));
    const next = logSheet(stored, entry(), 'zh');
    expect(next.rows[2].slice(0, 3)).toEqual(['首次计算', expect.any(Number), '2026-11']);
    // Columns the old header lacks go after its last one, rather than being lost.
    expect(next.rows[2]).toContain('00123e4567a');
  });

  it('keeps a log whose header it cannot recognise, with a warning, and adds the row under it', () => {
    const rows = [['My notes'], ['keep me', 1]];
    const stored = readLog(asGrids('Compute log', rows));
    expect(stored?.issues).toEqual([{ severity: 'warning', code: 'UNREADABLE_LOG', sheet: 'Compute log', params: {} }]);
    const next = logSheet(stored, entry(), 'en');
    expect(next.rows.slice(0, 2)).toEqual(rows);
    expect(next.rows[2][1]).toBe('Compute');
  });
});

describe('changesInWords', () => {
  const change = (id: string, score: number, after: number | null) => ({
    id,
    name: `员工${id}`,
    before: { score, grade: 'B', rank: 2, salaryAdjustment: (score - 80) * 10, award: 0 },
    after: after === null ? null : { score: after, grade: 'B', rank: 2, salaryAdjustment: (after - 80) * 10, award: 0 },
  });

  it('names only the values that moved, signed money included', () => {
    expect(changesInWords([change('1001', 82, 85)], true, 'en')).toBe('1 employee changed: 1001 员工1001 (score 82→85, salary adjustment +20→+50)');
  });

  it('says added and removed', () => {
    expect(changesInWords([change('1', 80, null), { ...change('2', 80, 80), before: null }], true, 'zh')).toBe('2 人变动:1 员工1(移除);2 员工2(新增)');
  });

  it('names at most the first 20 employees and counts the rest', () => {
    const many = Array.from({ length: NAMED_CHANGES + 5 }, (_, index) => change(String(index + 1), 80, 81));
    const words = changesInWords(many, true, 'en');
    expect(words.startsWith('25 employees changed: 1 员工1')).toBe(true);
    expect(words.endsWith('… and 5 more')).toBe(true);
    expect(words).not.toContain('员工21 ');
  });
});
