import fc from 'fast-check';
import { employeeResult, layoutContext, monthResult } from './fixture-results';
import { monthPlan } from './month-plan';
import { readHistory } from '../history/read-history';
import type { HistoryRow } from '../../engine/records';

const october: HistoryRow = {
  month: '2026-10',
  employeeId: '1001',
  name: '王芳',
  score: 70,
  grade: 'C',
  rank: 2,
  lastPlace: true,
  firstPlaceRun: 0,
  award: 0,
  salaryAdjustment: -100,
};

describe('monthPlan', () => {
  const result = monthResult([employeeResult({ id: '1001', rank: 1 }), employeeResult({ id: '1002', name: '李娜', rank: 2 })]);

  it('writes the scorecard, the details and the history, and shows the scorecard', () => {
    const plan = monthPlan(result, layoutContext());
    expect(plan.sheets.map((sheet) => [sheet.name, sheet.visibility])).toEqual([
      ['考核 2026-11', 'visible'],
      ['明细 2026-11', 'visible'],
      ['_scorecard_history', 'veryHidden'],
    ]);
    expect(plan.activate).toBe('考核 2026-11');
  });

  it("removes the month's tabs in the other language, and nothing else", () => {
    const existing = ['员工', 'Scorecard 2026-11', 'Details 2026-11', 'Scorecard 2026-10', '考核 2026-11'];
    expect(monthPlan(result, layoutContext({ existingSheets: existing })).remove).toEqual(['Scorecard 2026-11', 'Details 2026-11']);
    const english = monthPlan(result, layoutContext({ lang: 'en', existingSheets: existing }));
    expect(english.remove).toEqual(['考核 2026-11']);
  });

  it("keeps other months' history and replaces this month's rows, fingerprint and time", () => {
    const staleNovember: HistoryRow = { ...october, month: '2026-11', employeeId: '9999' };
    const plan = monthPlan(
      result,
      layoutContext({ otherHistory: [october, staleNovember], fingerprint: 'new' }),
      { fingerprints: { '2026-10': 'oct', '2026-11': 'old', '2026-09': 'gone' }, computedAt: { '2026-10': 'then' } },
    );
    const history = plan.sheets[2];
    const read = readHistory({ sheets: [{ name: history.name, rows: history.rows }] });
    expect(read.rows).toEqual([october, ...result.history]);
    expect(read.fingerprints).toEqual({ '2026-10': 'oct', '2026-11': 'new' });
    expect(read.computedAt).toEqual({ '2026-10': 'then', '2026-11': new Date(2026, 11, 1, 9, 30).toISOString() });
  });

  it('gives every sheet a name Excel accepts', () => {
    const months = fc.tuple(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 1, max: 12 }));
    fc.assert(
      fc.property(months, fc.constantFrom<'zh' | 'en'>('zh', 'en'), ([year, month], lang) => {
        const name = `${year}-${String(month).padStart(2, '0')}`;
        const plan = monthPlan(monthResult([], name), layoutContext({ lang }));
        return plan.sheets.every((sheet) => sheet.name.length <= 31 && !/[[\]:*?/\\]/.test(sheet.name));
      }),
      { numRuns: 50 },
    );
  });
});
