import fc from 'fast-check';
import { meanRoundedHalfUp } from './decimal';
import { defaultPolicy } from './default-policy';
import { historyRow } from './fixtures';
import type { HistoryRow } from './records';
import { rollupPeriod, type PeriodEmployee, type PeriodResult, type RollupInput } from './rollup';

const row = (month: string, employeeId: string, score: number, overrides: Partial<HistoryRow> = {}): HistoryRow =>
  historyRow({ month, employeeId, name: `员工${employeeId}`, score, grade: 'B', rank: 2, flags: [], ...overrides });

function rolled(input: Partial<RollupInput> & { history: readonly HistoryRow[] }): PeriodResult {
  const outcome = rollupPeriod({ period: '2026-Q4', policy: defaultPolicy, ...input });
  if (!outcome.ok) throw new Error(`expected a result, got ${JSON.stringify(outcome.issues)}`);
  return outcome.result;
}

function employee(result: PeriodResult, id: string): PeriodEmployee {
  const found = result.employees.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no employee ${id}`);
  return found;
}

/** One employee scored `scores` in the months of 2026-Q4, in order. */
const quarterOf = (scores: number[], id = '1001'): HistoryRow[] =>
  scores.map((score, index) => row(`2026-${String(10 + index)}`, id, score));

describe('the average score of a quarter (SPEC §4.2: exact, rounded half up to 2 decimals)', () => {
  it('is the plain mean when it needs no rounding: 80 and 95 average 87.5', () => {
    expect(employee(rolled({ history: quarterOf([80, 95]) }), '1001').averageScore).toBe(87.5);
  });

  it('rounds a third up when the next digit is 5 or more: 80, 80.5 and 81 average 80.5; 80, 80, 80.5 average 80.17', () => {
    expect(employee(rolled({ history: quarterOf([80, 80.5, 81]) }), '1001').averageScore).toBe(80.5);
    expect(employee(rolled({ history: quarterOf([80, 80, 80.5]) }), '1001').averageScore).toBe(80.17);
  });

  it('rounds down below .xx5: 80, 80 and 80.1 average 80.0333… → 80.03', () => {
    expect(employee(rolled({ history: quarterOf([80, 80, 80.1]) }), '1001').averageScore).toBe(80.03);
  });

  it('rounds exactly .xx5 up, where binary doubles would round 87.125 or 1.005 down', () => {
    // (87.25 + 87) / 2 = 87.125 exactly: half up gives 87.13.
    expect(employee(rolled({ history: quarterOf([87.25, 87]) }), '1001').averageScore).toBe(87.13);
    expect(meanRoundedHalfUp([1.005], 2)).toBe(1.01);
    expect(meanRoundedHalfUp([1.0049], 2)).toBe(1);
    expect(meanRoundedHalfUp([2.675], 2)).toBe(2.68);
  });

  it('rounds just below .xx5 down: 87.124 stays 87.12', () => {
    expect(meanRoundedHalfUp([87.124], 2)).toBe(87.12);
    expect(meanRoundedHalfUp([87.248, 87], 2)).toBe(87.12);
  });

  it('rounds half away from zero for a negative mean, as Excel’s ROUND does', () => {
    expect(meanRoundedHalfUp([-1.005], 2)).toBe(-1.01);
    expect(meanRoundedHalfUp([-1.004], 2)).toBe(-1);
  });

  it('never shows a floating-point residue: any mean of scores is a whole number of hundredths', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2200 }), { minLength: 1, maxLength: 12 }), (halves) => {
        const mean = meanRoundedHalfUp(halves.map((half) => half / 20), 2);
        expect(Math.round(mean * 100) / 100).toBe(mean);
        const exact = halves.reduce((total, half) => total + half, 0) / 20 / halves.length;
        expect(Math.abs(mean - exact)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
});

describe('the grade of the average, at each band’s edges (SPEC §3.5 on the rounded average)', () => {
  const gradeOfAverage = (scores: number[]) => employee(rolled({ history: quarterOf(scores) }), '1001').grade;

  it.each([
    [[90, 90.01], 'A'], // 90.005 rounds to 90.01: above 90.
    [[90, 90.009], 'B'], // 90.0045 rounds to 90: 90 is B.
    [[90, 90], 'B'],
    [[80, 80], 'B'],
    [[80, 79.99], 'B'], // 79.995 rounds to 80.
    [[80, 79.98], 'C'], // 79.99.
    [[70, 70], 'C'],
    [[70, 69.98], 'D'],
    [[65, 65], 'D'],
    [[65, 64.98], 'E'],
    [[60, 60], 'E'],
    [[60, 59.98], 'F'],
  ])('%j averages to grade %s', (scores, grade) => {
    expect(gradeOfAverage(scores)).toBe(grade);
  });
});

describe('ranks, grade counts, totals', () => {
  const team = [
    row('2026-10', '1', 90, { grade: 'B', rank: 1, salaryAdjustment: 100, award: 50 }),
    row('2026-10', '2', 85, { grade: 'B', rank: 2, salaryAdjustment: 50 }),
    row('2026-10', '3', 70, { grade: 'C', rank: 3, salaryAdjustment: -100, flags: ['SCORE_BELOW_60'] }),
    row('2026-11', '1', 80, { grade: 'B', rank: 2, salaryAdjustment: 0 }),
    row('2026-11', '2', 85, { grade: 'B', rank: 1, salaryAdjustment: 50, award: 50 }),
    row('2026-11', '3', 91, { grade: 'A', rank: 1, salaryAdjustment: 110, award: 50 }),
    row('2026-12', '1', 85, { grade: 'B', rank: 1, salaryAdjustment: 50.5, award: 50 }),
    row('2026-12', '2', 85, { grade: 'B', rank: 1, salaryAdjustment: 50, award: 100 }),
    row('2026-12', '3', 60, { grade: 'E', rank: 3, salaryAdjustment: -200, flags: ['ABSENCE_DAYS', 'SCORE_BELOW_60'] }),
  ];

  it('ranks by the rounded average, ties sharing a rank (1, 1, 3)', () => {
    const result = rolled({ history: team });
    expect(result.employees.map((line) => [line.id, line.averageScore, line.rank])).toEqual([
      ['1', 85, 1],
      ['2', 85, 1],
      ['3', 73.67, 3],
    ]);
  });

  it('counts the months at each grade, every grade of the policy present', () => {
    expect(employee(rolled({ history: team }), '3').gradeCounts).toEqual({ A: 1, B: 0, C: 1, D: 0, E: 1, F: 0 });
    expect(employee(rolled({ history: team }), '1').gradeCounts).toEqual({ A: 0, B: 3, C: 0, D: 0, E: 0, F: 0 });
  });

  it('sums salary adjustments and awards exactly, and counts months at rank 1 and flagged months', () => {
    const one = employee(rolled({ history: team }), '1');
    expect([one.salaryAdjustmentTotal, one.awardTotal, one.monthsAtFirst, one.flaggedMonths]).toEqual([150.5, 100, 2, 0]);
    const three = employee(rolled({ history: team }), '3');
    expect([three.salaryAdjustmentTotal, three.awardTotal, three.monthsAtFirst, three.flaggedMonths]).toEqual([-190, 50, 1, 2]);
  });

  it('gives the team’s average score of each month, for the chart', () => {
    expect(rolled({ history: team }).monthAverages).toEqual([
      { month: '2026-10', headcount: 3, averageScore: 81.67 },
      { month: '2026-11', headcount: 3, averageScore: 85.33 },
      { month: '2026-12', headcount: 3, averageScore: 76.67 },
    ]);
  });

  it('takes the name and team from the latest month that has them', () => {
    const result = rolled({
      history: [row('2026-10', '1', 80, { name: '王芳', team: '一组' }), row('2026-11', '1', 80, { name: '王芳芳', team: undefined })],
    });
    expect([employee(result, '1').name, employee(result, '1').team]).toEqual(['王芳芳', '一组']);
  });
});

describe('months missing from the period', () => {
  it('sums up a quarter with one month not computed, naming that month in a warning', () => {
    const result = rolled({ history: [...quarterOf([80, 90])] });
    expect(result.months).toEqual(['2026-10', '2026-11']);
    expect(result.missingMonths).toEqual(['2026-12']);
    expect(result.warnings).toEqual([
      { severity: 'warning', code: 'MONTH_NOT_COMPUTED', params: { period: '2026-Q4', months: '2026-12' } },
    ]);
    expect(employee(result, '1001')).toMatchObject({ monthsScored: 2, averageScore: 85 });
  });

  it('is an error when no month of the period is computed, whatever other months hold', () => {
    const outcome = rollupPeriod({ period: '2026-Q4', policy: defaultPolicy, history: [row('2026-09', '1', 80), row('2027-01', '1', 80)] });
    expect(outcome).toEqual({ ok: false, issues: [{ severity: 'error', code: 'NO_MONTH_COMPUTED', params: { period: '2026-Q4' } }] });
  });

  it('shows an employee who left mid-quarter with the months they were scored in', () => {
    const result = rolled({
      history: [row('2026-10', '1', 80), row('2026-11', '1', 80), row('2026-12', '1', 80), row('2026-10', '2', 70), row('2026-11', '2', 74)],
    });
    expect(employee(result, '2')).toMatchObject({ months: ['2026-10', '2026-11'], monthsScored: 2, averageScore: 72 });
    expect(result.missingMonths).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it('shows an employee who joined mid-quarter with the months they were scored in', () => {
    const result = rolled({ history: [row('2026-10', '1', 80), row('2026-11', '1', 80), row('2026-12', '1', 80), row('2026-12', '9', 95)] });
    expect(employee(result, '9')).toMatchObject({ months: ['2026-12'], monthsScored: 1, averageScore: 95, rank: 1 });
  });

  it('warns when a month’s flags were not kept (a history written before) and leaves that month out of flagged months', () => {
    const result = rolled({ history: [row('2026-10', '1', 50, { flags: undefined }), row('2026-11', '1', 50, { flags: ['SCORE_BELOW_60'] })] });
    expect(result.warnings.map((issue) => issue.code)).toEqual(['MONTH_NOT_COMPUTED', 'FLAGS_NOT_RECORDED']);
    expect(result.warnings[1].params).toEqual({ months: '2026-10' });
    expect(employee(result, '1').flaggedMonths).toBe(1);
  });
});

describe('a year', () => {
  it('sums up twelve computed months', () => {
    const history = Array.from({ length: 12 }, (_, index) =>
      row(`2026-${String(index + 1).padStart(2, '0')}`, '1', 80 + index, { rank: 1, award: 50, salaryAdjustment: index * 10, grade: index > 10 ? 'A' : 'B' }),
    );
    const outcome = rollupPeriod({ period: '2026', policy: defaultPolicy, history: [...history, row('2025-12', '1', 0), row('2027-01', '1', 0)] });
    if (!outcome.ok) throw new Error('expected a result');
    const { result } = outcome;
    expect(result.months).toHaveLength(12);
    expect(result.missingMonths).toEqual([]);
    expect(result.warnings).toEqual([]);
    // (80 + … + 91) / 12 = 85.5
    expect(result.employees[0]).toMatchObject({
      monthsScored: 12,
      averageScore: 85.5,
      grade: 'B',
      salaryAdjustmentTotal: 660,
      awardTotal: 600,
      monthsAtFirst: 12,
      gradeCounts: { A: 1, B: 11, C: 0, D: 0, E: 0, F: 0 },
    });
  });
});
