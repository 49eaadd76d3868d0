import fc from 'fast-check';
import type { EmployeeResult } from '../../engine/results';
import { columnLetter } from '../grid';
import type { SheetSpec } from '../sheet-spec';
import { detailsSheet } from './details-sheet';
import { employeeResult, layoutContext, lineItem, monthResult } from './fixture-results';
import { FLAGS_WRAP_WIDTH, SCORECARD_HEADER_ROW, scorecardColumns, scorecardSheet } from './scorecard-sheet';
import { valueAt, valuesIn } from './sheet-reading';
import { LINE_HEIGHT } from './wrapped-text';

const bonusItem = lineItem({
  employeeId: '1002',
  code: 'B03',
  category: 'bonus',
  bucket: 'bonus',
  source: 'merits',
  pointsPerTime: 5,
  points: 5,
});

const three: EmployeeResult[] = [
  employeeResult({
    id: '1002',
    name: '李娜',
    rank: 1,
    score: 95,
    rawScore: 95,
    grade: 'A',
    bonus: 15,
    salaryAdjustment: 150,
    award: 50,
    firstPlaceRun: 1,
    items: [bonusItem],
  }),
  employeeResult({
    id: '1001',
    name: '王芳',
    rank: 2,
    score: 68,
    rawScore: 68,
    grade: 'D',
    attendanceDeduction: 2,
    violationDeduction: 10,
    salaryAdjustment: -120,
    items: [lineItem()],
  }),
  employeeResult({
    id: '1003',
    name: '=1+1',
    team: '二组',
    rank: 3,
    score: 55,
    rawScore: 55,
    grade: 'F',
    violationDeduction: 25,
    probation: true,
    lastPlace: true,
    flags: ['SCORE_BELOW_60', 'ABSENCE_DAYS'],
  }),
];
const firstRow = SCORECARD_HEADER_ROW + 1;

describe('scorecardSheet', () => {
  it('names the tab after the month in the context language', () => {
    expect(scorecardSheet(monthResult(three), layoutContext()).name).toBe('考核 2026-11');
    expect(scorecardSheet(monthResult(three), layoutContext({ lang: 'en' })).name).toBe('Scorecard 2026-11');
  });

  it('writes the columns SPEC §4 fixes, in order, in Chinese and in English', () => {
    const zh = scorecardSheet(monthResult(three), layoutContext());
    const en = scorecardSheet(monthResult(three), layoutContext({ lang: 'en' }));
    expect(zh.rows[SCORECARD_HEADER_ROW - 1]).toEqual([
      '排名', '工号', '姓名', '组别', '基础分', '考勤扣分', '违规扣分', '加分', '调整', '考核分', '等级', '工资浮动', '特别奖', '试用期', '复核标记',
    ]);
    expect(en.rows[SCORECARD_HEADER_ROW - 1]).toEqual([
      'Rank', 'Employee\nID', 'Name', 'Team', 'Base', 'Attendance\ndeductions', 'Violation\ndeductions', 'Bonuses', 'Adjustment',
      'Score', 'Grade', 'Salary\nadjustment', 'Award', 'Probation', 'Review flags',
    ]);
    expect(scorecardColumns).toHaveLength(15);
  });

  it('writes one row per scored employee in rank order with every figure', () => {
    const spec = scorecardSheet(monthResult(three), layoutContext());
    expect(spec.rows[firstRow - 1]).toEqual([1, '1002', '李娜', '一组', 80, 0, 0, 15, 0, 95, 'A', 150, 50, '否', null]);
    expect(spec.rows[firstRow]).toEqual([2, '1001', '王芳', '一组', 80, 2, 10, 0, 0, 68, 'D', -120, 0, '否', null]);
    expect(spec.rows[firstRow + 1].slice(0, 4)).toEqual([3, '1003', '=1+1', '二组']);
  });

  it('says probation and flags in words of the language, with the policy numbers', () => {
    const zh = scorecardSheet(monthResult(three), layoutContext());
    const en = scorecardSheet(monthResult(three), layoutContext({ lang: 'en' }));
    expect(valueAt(zh, `N${firstRow + 2}`)).toBe('是');
    expect(valueAt(zh, `O${firstRow + 2}`)).toBe('低于60分;旷工3天及以上');
    expect(valueAt(en, `N${firstRow + 2}`)).toBe('Yes');
    expect(valueAt(en, `O${firstRow + 2}`)).toBe('Score below 60; 3+ absence days');
  });

  it('heads the tab with the month and teams, the generation time and input counts, and the policy in brief', () => {
    const spec = scorecardSheet(monthResult(three), layoutContext());
    expect(valueAt(spec, 'A1')).toBe('客服考核表 2026-11 · 一组、二组');
    expect(valueAt(spec, 'A2')).toBe('生成于 2026-12-01 09:30 · 数据:员工 3 行、考勤 60 行、违规 4 行、加分 1 行');
    expect(valueAt(spec, 'A3')).toBe(
      '考核规则:基础分 80,满分 110,每分 10 元,浮动上限 ±300 元,入职前 2 个月不浮动;完整规则见本表末尾,考核项目分值见「明细 2026-11」',
    );
  });

  it('keeps IDs, names and teams as text so that a name like =1+1 never becomes a formula', () => {
    const spec = scorecardSheet(monthResult(three), layoutContext());
    const textLetters = spec.columns.flatMap((column, index) => (column.text ? [columnLetter(index)] : []));
    expect(textLetters).toEqual(['B', 'C', 'D']);
  });

  it('formats whole points without decimals, fractional points with at most two, and money with separators', () => {
    const whole = scorecardSheet(monthResult(three), layoutContext());
    expect(whole.columns[scorecardColumns.indexOf('score')].numberFormat).toBe('0');
    expect(whole.columns[scorecardColumns.indexOf('adjustment')].numberFormat).toBe('+0;-0;0');
    expect(whole.columns[scorecardColumns.indexOf('salaryAdjustment')].numberFormat).toBe('#,##0;-#,##0;0');
    expect(whole.columns[scorecardColumns.indexOf('rank')].numberFormat).toBe('0');
    const half = scorecardSheet(monthResult([employeeResult({ score: 79.5, salaryAdjustment: -5 })]), layoutContext());
    expect(half.columns[scorecardColumns.indexOf('score')].numberFormat).toBe('0.0#');
    expect(half.columns[scorecardColumns.indexOf('base')].numberFormat).toBe('0');
  });

  it('colours each grade and highlights scores below the policy threshold', () => {
    const spec = scorecardSheet(monthResult(three), layoutContext());
    const range = `K${firstRow}:K${firstRow + 2}`;
    const grades = spec.conditionalFormats.filter((format) => format.kind === 'textEquals' && format.range === range);
    expect(grades.map((format) => (format.kind === 'textEquals' ? format.text : ''))).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(spec.conditionalFormats).toContainEqual(
      expect.objectContaining({ kind: 'lessThan', range: `J${firstRow}:J${firstRow + 2}`, value: 60 }),
    );
  });

  it('freezes rows through the header and three columns, and filters the table', () => {
    const spec = scorecardSheet(monthResult(three), layoutContext());
    expect(spec.freeze).toEqual({ rows: 5, columns: 3 });
    expect(spec.autoFilter).toBe('A5:O8');
    expect(spec.styles).toContainEqual(expect.objectContaining({ range: 'A5:O5', style: expect.objectContaining({ bold: true, border: 'bottom' }) }));
  });

  it('prints landscape on A4, one page wide, repeating the header row, with a page footer', () => {
    const spec = scorecardSheet(monthResult(three), layoutContext({ lang: 'en' }));
    expect(spec.print).toEqual({
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: 5, last: 5 },
      centerFooter: 'Scorecard 2026-11 · Page &P of &N',
    });
  });

  it("links each ID to the employee's first row on the details tab, and no link when there are no items", () => {
    const spec = scorecardSheet(monthResult(three), layoutContext());
    expect(spec.hyperlinks).toEqual([
      { cell: `B${firstRow}`, sheet: '明细 2026-11', targetCell: 'A5', text: '1002' },
      { cell: `B${firstRow + 1}`, sheet: '明细 2026-11', targetCell: 'A6', text: '1001' },
    ]);
  });

  it('sums up headcount, money and flagged employees below the table', () => {
    const spec = scorecardSheet(monthResult(three), layoutContext());
    const top = firstRow + 3 + 1;
    expect(valueAt(spec, `A${top}`)).toBe('汇总');
    expect(valuesIn(spec, `A${top + 1}:D${top + 1}`)).toEqual(['考核人数', null, null, 3]);
    expect(valueAt(spec, `D${top + 3}`)).toBe(30);
    expect(valueAt(spec, `D${top + 4}`)).toBe(50);
    expect(valueAt(spec, `D${top + 5}`)).toBe(1);
  });

  it('points the chart at the grade distribution block', () => {
    const spec = scorecardSheet(monthResult(three), layoutContext());
    const chart = spec.chart!;
    expect(valuesIn(spec, chart.categories)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
    expect(valuesIn(spec, chart.values)).toEqual([1, 0, 0, 1, 0, 1]);
    expect(chart.kind).toBe('column');
    const shares = valuesIn(spec, chart.values.replace(/D/g, 'E'));
    expect(shares).toEqual([1 / 3, 0, 0, 1 / 3, 0, 1 / 3]);
  });

  it('draws the data bars in cells of their own, spanning three columns, the counts hidden behind them', () => {
    const spec = scorecardSheet(monthResult(three), layoutContext());
    const counts = spec.chart!.values;
    const bars = counts.replace(/D/g, 'F');
    expect(spec.conditionalFormats).toContainEqual({ kind: 'dataBar', range: bars, color: expect.any(String) });
    expect(spec.conditionalFormats.some((format) => format.kind === 'dataBar' && format.range === counts)).toBe(false);
    expect(valuesIn(spec, bars)).toEqual(valuesIn(spec, counts));
    expect(spec.styles).toContainEqual({ range: bars, style: { numberFormat: ';;;' } });
    const [first, last] = bars.split(':').map((cell) => Number(cell.slice(1)));
    for (let row = first; row <= last; row++) expect(spec.merges).toContain(`F${row}:H${row}`);
  });

  it('keeps the chart clear of the bars and of the policy below it', () => {
    const spec = scorecardSheet(monthResult(three), layoutContext());
    const chart = spec.chart!;
    expect(chart.from.startsWith('J')).toBe(true);
    const policyTitle = spec.rows.findIndex((row) => row[0] === '本月所用规则') + 1;
    expect(policyTitle).toBeGreaterThan(Number(chart.to.slice(1)));
  });

  it('widens a column for Chinese text twice as much as for the same number of Latin letters', () => {
    const cjk = scorecardSheet(monthResult([employeeResult({ team: '客户服务中心第一小组' })]), layoutContext());
    const latin = scorecardSheet(monthResult([employeeResult({ team: 'abcdefghij' })]), layoutContext());
    const team = scorecardColumns.indexOf('team');
    expect(cjk.columns[team].width).toBe(22);
    expect(latin.columns[team].width).toBe(12);
  });

  it('describes a month with nobody scored without a table body', () => {
    const spec = scorecardSheet(monthResult([]), layoutContext());
    expect(spec.autoFilter).toBe('A5:O5');
    expect(spec.conditionalFormats.every((format) => format.kind !== 'lessThan')).toBe(true);
    expect(valuesIn(spec, spec.chart!.values)).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('writes a row per employee and a distribution that adds up to the headcount, whatever the grades', () => {
    const grades = fc.constantFrom('A', 'B', 'C', 'D', 'E', 'F');
    fc.assert(
      fc.property(fc.array(grades, { maxLength: 30 }), (drawn) => {
        const employees = drawn.map((grade, index) => employeeResult({ id: String(2000 + index), grade, rank: index + 1 }));
        const spec = scorecardSheet(monthResult(employees), layoutContext());
        const ids = spec.rows.slice(SCORECARD_HEADER_ROW, SCORECARD_HEADER_ROW + employees.length).map((row) => row[1]);
        const counts = valuesIn(spec, spec.chart!.values) as number[];
        return (
          ids.join() === employees.map((employee) => employee.id).join() &&
          counts.reduce((total, count) => total + count, 0) === employees.length
        );
      }),
    );
  });
});

describe('scorecardSheet print layout', () => {
  /** The alignments set on a column's three body cells. */
  const alignment = (spec: SheetSpec, column: string) =>
    spec.styles
      .filter((styled) => styled.range === `${column}${firstRow}:${column}${firstRow + 2}`)
      .flatMap((styled) => (styled.style.horizontal ? [styled.style.horizontal] : []));

  it('centres rank, ID, grade and probation, so that rank and ID never read as one number', () => {
    const spec = scorecardSheet(monthResult(three), layoutContext());
    for (const column of ['A', 'B', 'K', 'N']) expect(alignment(spec, column)).toEqual(['center']);
    for (const column of ['C', 'D', 'J', 'O']) expect(alignment(spec, column)).toEqual([]);
  });

  it('breaks the long English headers over two lines in a header row tall enough for them', () => {
    const en = scorecardSheet(monthResult(three), layoutContext({ lang: 'en' }));
    expect(en.rowHeights).toContainEqual({ row: SCORECARD_HEADER_ROW, height: 2 * LINE_HEIGHT });
    expect(en.styles).toContainEqual({ range: 'A5:O5', style: expect.objectContaining({ wrap: true }) });
    const attendance = en.columns[scorecardColumns.indexOf('attendanceDeduction')].width;
    expect(attendance).toBe('deductions'.length + 2);
  });

  it('keeps the Chinese header row one line high', () => {
    const zh = scorecardSheet(monthResult(three), layoutContext());
    expect(zh.rowHeights?.some((height) => height.row === SCORECARD_HEADER_ROW)).toBe(false);
  });

  it('wraps several flags within a capped width and makes that row tall enough, leaving other rows alone', () => {
    const spec = scorecardSheet(monthResult(three), layoutContext({ lang: 'en' }));
    const flags = scorecardColumns.indexOf('flags');
    expect(spec.columns[flags].width).toBe(FLAGS_WRAP_WIDTH);
    expect(spec.styles).toContainEqual({ range: `O${firstRow}:O${firstRow + 2}`, style: { wrap: true } });
    // "Score below 60; 3+ absence days" takes three lines of the column, the other rows one.
    expect(spec.rowHeights).toContainEqual({ row: firstRow + 2, height: 3 * LINE_HEIGHT });
    expect(spec.rowHeights?.some((height) => height.row === firstRow || height.row === firstRow + 1)).toBe(false);
  });

  it('keeps a flags column narrower than the cap at its fitted width', () => {
    const spec = scorecardSheet(monthResult(three.slice(0, 2)), layoutContext());
    expect(spec.columns[scorecardColumns.indexOf('flags')].width).toBe('复核标记'.length * 2 + 2);
  });

  it('records the policy used at the end of the tab, each line across the table', () => {
    const spec = scorecardSheet(monthResult(three), layoutContext());
    const title = spec.rows.findIndex((row) => row[0] === '本月所用规则') + 1;
    const lines = spec.rows.slice(title).map((row) => row[0]);
    expect(lines).toContain('分数:基础分 80,上限 110,下限 0(制度2 一、2 与 一、5)');
    expect(lines).toContain('等级:A 高于 90 分;B 80 分及以上;C 70 分及以上;D 65 分及以上;E 60 分及以上;其余 F');
    expect(lines).toContain('特别奖(第一名连续月数):第 1 个月 50 元,第 2 个月 100 元,第 3 个月及以后 200 元');
    expect(lines).toContain('按打卡判定:班次开始前 120 分钟至结束后 240 分钟内的打卡属于该班次');
    expect(lines).toHaveLength(11);
    lines.forEach((_, index) => expect(spec.merges).toContain(`A${title + 1 + index}:O${title + 1 + index}`));
    expect(spec.styles).toContainEqual({ range: `A${title + 1}:A${title + 11}`, style: { wrap: true, vertical: 'top' } });
    expect(spec.rowHeights?.some((height) => height.row > title)).toBe(false);
  });

  it('makes a policy line taller when it is longer than the table is wide', () => {
    const result = monthResult(three);
    const shifts = [...result.policy.shifts, ...result.policy.shifts.map((shift) => ({ ...shift, code: `${shift.code}2` }))];
    const spec = scorecardSheet({ ...result, policy: { ...result.policy, shifts } }, layoutContext());
    const row = spec.rows.findIndex((values) => String(values[0]).startsWith('班次')) + 1;
    const height = spec.rowHeights?.find((candidate) => candidate.row === row)?.height ?? LINE_HEIGHT;
    expect(height).toBeGreaterThanOrEqual(2 * LINE_HEIGHT);
  });

  it('puts the policy used on the scorecard and not under the details table', () => {
    const details = detailsSheet(monthResult(three), layoutContext());
    expect(details.rows.some((row) => row.includes('本月所用规则'))).toBe(false);
  });
});
