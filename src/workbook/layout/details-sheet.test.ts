import { columnLetter } from '../grid';
import { detailsColumns } from './detail-rows';
import { DETAILS_HEADER_ROW, detailsFirstRows, detailsSheet } from './details-sheet';
import { wrapWidths } from './details-widths';
import { employeeResult, layoutContext, lineItem, monthResult } from './fixture-results';
import { valueAt } from './sheet-reading';
import { LINE_HEIGHT } from './wrapped-text';

const attendanceRef = {
  sheet: '考勤',
  row: 7,
  columns: { date: 'A', employeeId: 'B', shift: 'C', clockIn: 'D', clockOut: 'E', status: 'F' },
};

const late = lineItem({
  date: '2026-11-05',
  code: 'L04',
  bucket: 'attendance',
  source: 'attendance',
  pointsPerTime: 5,
  points: 5,
  basis: { kind: 'late', minutes: 7 },
  ref: attendanceRef,
});
const earlyViolation = lineItem({ date: '2026-11-02', ref: { sheet: '违规', row: 9, columns: { date: 'A', code: 'C' } } });
const voided = lineItem({
  date: '2026-11-05',
  code: 'M01',
  category: 'moderate',
  pointsPerTime: 10,
  points: 0,
  voided: true,
  ref: { sheet: '违规', row: 3, columns: { date: 'A', code: 'C' } },
  note: '申诉成立',
});
const escalation = lineItem({
  date: undefined,
  code: 'S05',
  category: 'severe',
  source: 'computed',
  pointsPerTime: 20,
  points: 20,
  basis: { kind: 'escalation', moderate: 2, minor: 5 },
  ref: undefined,
});
const exam = lineItem({
  employeeId: '1002',
  date: undefined,
  code: 'B02',
  category: 'bonus',
  bucket: 'bonus',
  source: 'kpi',
  pointsPerTime: 5,
  points: 5,
  basis: { kind: 'examScore', score: 100 },
  ref: { sheet: '指标', row: 4, columns: { month: 'A', employeeId: 'B', examScore: 'E' } },
});
const adjustment = lineItem({
  employeeId: '1002',
  date: '2026-11-30',
  code: 'ADJ',
  category: 'adjustment',
  bucket: 'adjustment',
  source: 'merits',
  pointsPerTime: -3,
  points: -3,
  amount: 1500,
  ref: { sheet: '加分', row: 2, columns: { date: 'A', code: 'C' } },
});

const result = monthResult([
  employeeResult({ id: '1002', name: '李娜', rank: 1, items: [adjustment, exam] }),
  employeeResult({ id: '1001', name: '王芳', rank: 2, items: [escalation, late, voided, earlyViolation] }),
  employeeResult({ id: '1003', name: '张伟', rank: 3 }),
]);
const first = DETAILS_HEADER_ROW + 1;
const column = (name: (typeof detailsColumns)[number]): string => columnLetter(detailsColumns.indexOf(name));

describe('detailsSheet', () => {
  it('names the tab after the month in the context language', () => {
    expect(detailsSheet(result, layoutContext()).name).toBe('明细 2026-11');
    expect(detailsSheet(result, layoutContext({ lang: 'en' })).name).toBe('Details 2026-11');
  });

  it('writes the columns in order, saying that deductions count negative', () => {
    const zh = detailsSheet(result, layoutContext());
    const en = detailsSheet(result, layoutContext({ lang: 'en' }));
    expect(zh.rows[DETAILS_HEADER_ROW - 1]).toEqual([
      '日期', '工号', '姓名', '代码', '考核项目', '类别', '次数', '每次\n分值', '分值影响\n(扣分为负)', '金额', '来源', '状态', '依据', '说明',
    ]);
    expect(en.rows[DETAILS_HEADER_ROW - 1]).toEqual([
      'Date', 'ID', 'Name', 'Code', 'Rule', 'Category', 'Times', 'Points\neach', 'Effect\n(− deducts)',
      'Amount', 'Source', 'Status', 'Basis', 'Note',
    ]);
  });

  it('fills every column of every item row, blank cells as null', () => {
    const rows = detailsSheet(result, layoutContext()).rows.slice(first - 1, first - 1 + 6);
    for (const row of rows) {
      expect(Object.keys(row)).toHaveLength(detailsColumns.length);
      expect(row).not.toContain(undefined);
    }
  });

  it('orders items by employee in rank order, then date, then source row, month-wide items last', () => {
    const spec = detailsSheet(result, layoutContext());
    const codes = spec.rows.slice(first - 1, first - 1 + 6).map((row) => `${row[1]} ${row[3]}`);
    expect(codes).toEqual(['1002 ADJ', '1002 B02', '1001 L01', '1001 L04', '1001 M01', '1001 S05']);
  });

  it('writes dates as serial numbers formatted yyyy-mm-dd, and no date for month-wide items', () => {
    const spec = detailsSheet(result, layoutContext());
    expect(valueAt(spec, `A${first}`)).toBe(46356);
    expect(valueAt(spec, `A${first + 1}`)).toBeNull();
    expect(spec.columns[0].numberFormat).toBe('yyyy-mm-dd');
  });

  it('signs each effect as it moves the score: deductions negative, bonuses positive, adjustments as given, voided none', () => {
    const spec = detailsSheet(result, layoutContext());
    const effects = spec.rows.slice(first - 1, first - 1 + 6).map((row) => row[detailsColumns.indexOf('effect')]);
    expect(effects).toEqual([-3, 5, -2, -5, 0, -20]);
    expect(spec.columns[detailsColumns.indexOf('effect')].numberFormat).toBe('+0;-0;0');
  });

  it('names the rule and category in the language and explains the basis in words', () => {
    const zh = detailsSheet(result, layoutContext());
    const en = detailsSheet(result, layoutContext({ lang: 'en' }));
    const lateRow = first + 3;
    expect(valueAt(zh, `${column('rule')}${lateRow}`)).toBe('迟到早退');
    expect(valueAt(zh, `${column('category')}${lateRow}`)).toBe('轻度');
    expect(valueAt(zh, `${column('basis')}${lateRow}`)).toBe('迟到 7 分钟');
    expect(valueAt(en, `${column('rule')}${lateRow}`)).toBe('Late arrival or early leave');
    expect(valueAt(en, `${column('basis')}${lateRow}`)).toBe('Late 7 min');
    expect(valueAt(zh, `${column('basis')}${first + 5}`)).toBe('中度 2 次、轻度 5 次');
    expect(valueAt(zh, `${column('basis')}${first + 1}`)).toBe('考试 100 分');
  });

  it('marks entered rows valid, voided rows voided and derived rows derived', () => {
    const spec = detailsSheet(result, layoutContext());
    const statuses = spec.rows.slice(first - 1, first - 1 + 6).map((row) => row[detailsColumns.indexOf('status')]);
    expect(statuses).toEqual(['有效', '系统推导', '有效', '系统推导', '已撤销', '系统推导']);
  });

  it('greys out and strikes through voided rows only', () => {
    const spec = detailsSheet(result, layoutContext());
    const struck = spec.styles.filter((styled) => styled.style.strike);
    expect(struck.map((styled) => styled.range)).toEqual([`A${first + 4}:N${first + 4}`]);
  });

  it('cites each source as sheet!cell and links to that cell, on the measure it was derived from', () => {
    const spec = detailsSheet(result, layoutContext());
    const source = column('source');
    expect(valueAt(spec, `${source}${first + 2}`)).toBe('违规!C9');
    expect(valueAt(spec, `${source}${first + 3}`)).toBe('考勤!D7');
    expect(valueAt(spec, `${source}${first + 1}`)).toBe('指标!E4');
    expect(valueAt(spec, `${source}${first + 5}`)).toBe('系统计算');
    expect(spec.hyperlinks).toContainEqual({ cell: `${source}${first + 3}`, sheet: '考勤', targetCell: 'D7', text: '考勤!D7' });
    expect(spec.hyperlinks.some((link) => link.cell === `${source}${first + 5}`)).toBe(false);
  });

  it('quotes a source sheet name that has spaces, as Excel would', () => {
    const spaced = lineItem({ ref: { sheet: 'My Violations', row: 4, columns: { code: 'C' } } });
    const spec = detailsSheet(monthResult([employeeResult({ items: [spaced] })]), layoutContext());
    expect(valueAt(spec, `${column('source')}${first}`)).toBe("'My Violations'!C4");
  });

  it('keeps money, notes and text columns as entered', () => {
    const spec = detailsSheet(result, layoutContext());
    expect(valueAt(spec, `${column('amount')}${first}`)).toBe(1500);
    expect(valueAt(spec, `${column('note')}${first + 4}`)).toBe('申诉成立');
    const textLetters = spec.columns.flatMap((spec, index) => (spec.text ? [detailsColumns[index]] : []));
    // The source column holds only generated references and labels, and its links are formulas.
    expect(textLetters).toEqual(['employeeId', 'name', 'code', 'rule', 'basis', 'note']);
  });

  it('freezes the header, filters the table and prints landscape one page wide', () => {
    const spec = detailsSheet(result, layoutContext());
    expect(spec.freeze).toEqual({ rows: 4, columns: 3 });
    expect(spec.autoFilter).toBe(`A4:N${first + 5}`);
    expect(spec.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, fitToHeight: 0 });
  });

  it('lists the whole catalog in force under the table, after a blank row', () => {
    const spec = detailsSheet(result, layoutContext());
    const below = spec.rows.slice(first - 1 + 6).map((row) => row.filter((value) => value !== null).join(' | '));
    expect(below.slice(0, 3)).toEqual(['', '本月所用考核项目', '代码 | 名称 | 类别 | 每次\n分值']);
    expect(below).toContain('L04 | 迟到早退 | 轻度 | 2–5');
    expect(below).toContain('ADJ | 培训专员对组长的额外奖惩 | 调整 | -5 ~ 5');
    expect(below.filter((line) => /^[A-Z]+\d* \| /.test(line))).toHaveLength(result.policy.catalog.length);
  });

  it('puts each catalog field under the details header of the same meaning, so repeated headers on a printed page fit it', () => {
    const spec = detailsSheet(result, layoutContext());
    const header = spec.rows[DETAILS_HEADER_ROW - 1];
    const catalogHeader = spec.rows.findIndex((row) => row.includes('名称'));
    const l04 = spec.rows.find((row) => row.includes('L04') && row.includes('2–5'))!;
    const under = (value: string) => header[l04.indexOf(value)];
    expect([under('L04'), under('迟到早退'), under('轻度'), under('2–5')]).toEqual(['代码', '考核项目', '类别', '每次\n分值']);
    expect(spec.rows[catalogHeader].filter((value) => value !== null)).toHaveLength(4);
  });

  it("finds each employee's first details row, and none for an employee without items", () => {
    const rows = detailsFirstRows(result);
    expect(rows.get('1002')).toBe(first);
    expect(rows.get('1001')).toBe(first + 2);
    expect(rows.has('1003')).toBe(false);
  });

  it("finds an employee's first row in the details order when a block lists items of several employees", () => {
    const shared = monthResult([
      employeeResult({ id: '1001', items: [lineItem({ date: '2026-11-09' }), lineItem({ employeeId: '1002', date: '2026-11-04' })] }),
      employeeResult({ id: '1002', rank: 2, items: [lineItem({ employeeId: '1002' })] }),
    ]);
    const rows = detailsFirstRows(shared);
    expect(rows.get('1002')).toBe(first);
    expect(rows.get('1001')).toBe(first + 1);
    const spec = detailsSheet(shared, layoutContext());
    expect(valueAt(spec, `${column('employeeId')}${first}`)).toBe('1002');
  });

  it('names a rule as the first catalog entry with its code does', () => {
    const twice = { ...result.policy, catalog: [{ ...result.policy.catalog[0], code: 'L01', name: { zh: '第一', en: 'First' } }, ...result.policy.catalog] };
    const spec = detailsSheet({ ...monthResult([employeeResult({ items: [lineItem({ code: 'L01' })] })]), policy: twice }, layoutContext());
    expect(valueAt(spec, `${column('rule')}${first}`)).toBe('第一');
  });

  it('links every sourced row to the cell it came from, with the text the row shows', () => {
    const spec = detailsSheet(result, layoutContext());
    expect(spec.hyperlinks).toHaveLength(5);
    for (const link of spec.hyperlinks) expect(valueAt(spec, link.cell)).toBe(link.text);
    expect(spec.hyperlinks).toContainEqual({ cell: `${column('source')}${first + 3}`, sheet: '考勤', targetCell: 'D7', text: '考勤!D7' });
  });
});

describe('detailsSheet widths', () => {
  it('makes the date column wide enough for yyyy-mm-dd, not for the serial number', () => {
    const spec = detailsSheet(result, layoutContext({ lang: 'en' }));
    expect(spec.columns[0].width).toBeGreaterThanOrEqual('2026-11-05'.length + 1);
  });
});

describe('detailsSheet print layout', () => {
  const longNote = '本组交接班记录多次缺失,已当面提醒并要求下周起每班核对交接表';
  const wordy = lineItem({ note: longNote, basis: { kind: 'kpiTop', workload: 650, quality: 99.3 } });
  const short = lineItem({ employeeId: '1002', code: 'L04' });
  const long = detailsSheet(
    monthResult([
      employeeResult({ name: '欧阳娜娜娜娜娜', items: [wordy] }),
      employeeResult({ id: '1002', rank: 2, items: [short] }),
    ]),
    layoutContext(),
  );
  const width = (spec: ReturnType<typeof detailsSheet>, name: (typeof detailsColumns)[number]) => spec.columns[detailsColumns.indexOf(name)].width;

  it('wraps long rules, bases, notes and names within their own widths instead of widening the page', () => {
    expect([width(long, 'name'), width(long, 'rule'), width(long, 'basis'), width(long, 'note')]).toEqual([
      wrapWidths.zh.name,
      wrapWidths.zh.rule,
      wrapWidths.zh.basis,
      wrapWidths.zh.note,
    ]);
    for (const name of ['name', 'rule', 'basis', 'note'] as const) {
      expect(long.styles).toContainEqual({ range: `${column(name)}${first}:${column(name)}${first + 1}`, style: { wrap: true } });
    }
  });

  it('keeps a column of short texts narrower than its wrap width', () => {
    const spec = detailsSheet(result, layoutContext());
    expect(width(spec, 'note')).toBe('申诉成立'.length * 2 + 2);
    expect(width(spec, 'note')).toBeLessThan(wrapWidths.zh.note!);
  });

  it('makes a row with wrapped text tall enough for its lines, and leaves one-line rows alone', () => {
    // 31 CJK characters at 2.1 digits each in 17 digits of room: 8 a line, 4 lines.
    expect(long.rowHeights).toContainEqual({ row: first, height: 4 * LINE_HEIGHT });
    expect(long.rowHeights?.some((height) => height.row === first + 1)).toBe(false);
  });

  it('gives the header two lines for the headers that break', () => {
    expect(long.rowHeights).toContainEqual({ row: DETAILS_HEADER_ROW, height: 2 * LINE_HEIGHT });
    expect(long.styles).toContainEqual({ range: `A${DETAILS_HEADER_ROW}:N${DETAILS_HEADER_ROW}`, style: expect.objectContaining({ wrap: true }) });
  });

  it('centres the short columns, so that a number and the text beside it never touch', () => {
    const centred = long.styles.filter((styled) => styled.style.horizontal === 'center').map((styled) => styled.range);
    for (const name of ['date', 'employeeId', 'code', 'category', 'times', 'source', 'status'] as const) {
      expect(centred).toContain(`${column(name)}${first}:${column(name)}${first + 1}`);
    }
    for (const name of ['name', 'rule', 'amount', 'effect'] as const) {
      expect(centred).not.toContain(`${column(name)}${first}:${column(name)}${first + 1}`);
    }
  });

  it('stays narrow enough to print at 8 pt or more, however long the texts', () => {
    const total = (spec: ReturnType<typeof detailsSheet>) => spec.columns.reduce((sum, each) => sum + each.width, 0);
    expect(total(long)).toBeLessThanOrEqual(146);
    const english = detailsSheet(monthResult([employeeResult({ name: 'Konstantin Alexandrovich', items: [wordy] })]), layoutContext({ lang: 'en' }));
    expect(total(english)).toBeLessThanOrEqual(160);
  });

  it('aligns every body cell to the top, so the first lines of a tall row read across', () => {
    expect(long.styles).toContainEqual({ range: `A${first}:N${first + 1}`, style: { vertical: 'top' } });
  });
});
