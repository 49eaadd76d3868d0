import { defaultPolicy } from '../../engine/default-policy';
import { historyRow } from '../../engine/fixtures';
import type { HistoryRow } from '../../engine/records';
import { rollupPeriod, type PeriodResult } from '../../engine/rollup';
import { PERIOD_HEADER_ROW, periodSheet } from './period-sheet';
import { valueAt, valuesIn } from './sheet-reading';

const row = (month: string, employeeId: string, score: number, overrides: Partial<HistoryRow> = {}): HistoryRow =>
  historyRow({ month, employeeId, name: `员工${employeeId}`, team: '一组', score, flags: [], ...overrides });

function quarter(history: HistoryRow[]): PeriodResult {
  const outcome = rollupPeriod({ period: '2026-Q4', history, policy: defaultPolicy });
  if (!outcome.ok) throw new Error('no result');
  return outcome.result;
}

const result = quarter([
  row('2026-10', '1001', 90, { grade: 'B', rank: 1, award: 50, salaryAdjustment: 100 }),
  row('2026-11', '1001', 85.5, { grade: 'B', rank: 1, award: 100, salaryAdjustment: 55 }),
  row('2026-10', '1002', 70, { grade: 'C', rank: 2, salaryAdjustment: -100, flags: ['SCORE_BELOW_60'] }),
]);
const context = { lang: 'zh' as const, generatedAt: new Date(2026, 11, 2, 9, 30), existingSheets: ['员工', '考核 2026-10'] };

describe('periodSheet (SPEC §4.2)', () => {
  const spec = periodSheet(result, context);

  it('is the visible tab 考核 2026-Q4 with a title, the months it covers and the rules it follows', () => {
    expect(spec.name).toBe('考核 2026-Q4');
    expect(valueAt(spec, 'A1')).toBe('客服季度考核表 2026-Q4 · 一组');
    expect(valueAt(spec, 'A2')).toBe('生成于 2026-12-02 09:30 · 来自已计算的月份:2026-10、2026-11(未计算:2026-12)');
    expect(String(valueAt(spec, 'A3'))).toContain('四舍五入保留两位小数');
  });

  it('has one row per employee with the months at each grade between the grade and the money', () => {
    expect(spec.rows[PERIOD_HEADER_ROW - 1]).toEqual([
      '排名', '工号', '姓名', '组别', '考核\n月数', '平均分', '等级',
      'A\n月数', 'B\n月数', 'C\n月数', 'D\n月数', 'E\n月数', 'F\n月数',
      '工资浮动\n合计', '特别奖\n合计', '第一名\n月数', '复核标记\n月数', '考核月份',
    ]);
    expect(spec.rows[PERIOD_HEADER_ROW]).toEqual([1, '1001', '员工1001', '一组', 2, 87.75, 'B', 0, 2, 0, 0, 0, 0, 155, 150, 2, 0, '10月、11月']);
    expect(spec.rows[PERIOD_HEADER_ROW + 1]).toEqual([2, '1002', '员工1002', '一组', 1, 70, 'C', 0, 0, 1, 0, 0, 0, -100, 0, 0, 1, '10月']);
  });

  it('formats as the month’s tab: IDs and names as text, averages with decimals, money, grade colours, frozen and filtered', () => {
    expect(spec.columns.slice(1, 4).every((column) => column.text)).toBe(true);
    expect(spec.columns[5].numberFormat).toBe('0.0#');
    expect(spec.columns[13].numberFormat).toBe('#,##0;-#,##0;0');
    expect(spec.freeze).toEqual({ rows: PERIOD_HEADER_ROW, columns: 3 });
    expect(spec.autoFilter).toBe('A5:R7');
    expect(spec.conditionalFormats.filter((format) => format.kind === 'textEquals').map((format) => format.range)).toContain('G6:G7');
    expect(spec.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, repeatRows: { first: 5, last: 5 } });
  });

  it('sums up the period and charts the team’s monthly average, with a data bar for files', () => {
    // Summary from row 9: title, six figures, a blank row, the monthly title and header, then the months.
    expect(valuesIn(spec, 'A9:A15')).toEqual(['汇总', '考核人数', '已计算月份', '平均分', '工资浮动合计', '特别奖合计', '有复核标记的人数']);
    expect(valuesIn(spec, 'D10:D15')).toEqual([2, '2 / 3', 81.83, 55, 150, 1]);
    expect(valuesIn(spec, 'A19:E20')).toEqual(['2026-10', null, null, 2, 80, '2026-11', null, null, 1, 85.5]);
    expect(spec.chart).toEqual({
      kind: 'column',
      title: '团队各月平均分',
      categories: 'A19:A20',
      values: 'E19:E20',
      seriesName: '平均分',
      from: 'J9',
      to: 'P25',
    });
    expect(spec.conditionalFormats).toContainEqual({ kind: 'dataBar', range: 'F19:F20', color: expect.any(String) });
  });

  it('links a month to its scorecard tab when the workbook has it', () => {
    expect(spec.hyperlinks).toEqual([{ cell: 'A19', sheet: '考核 2026-10', targetCell: 'A1', text: '2026-10' }]);
  });

  it('counts a grade of an earlier policy in a column of its own, after the policy’s grades', () => {
    const older = periodSheet(quarter([row('2026-10', '1', 80, { grade: 'B+' })]), context);
    expect(older.rows[PERIOD_HEADER_ROW - 1].slice(7, 14)).toEqual(['A\n月数', 'B\n月数', 'C\n月数', 'D\n月数', 'E\n月数', 'F\n月数', 'B+\n月数']);
  });
});
