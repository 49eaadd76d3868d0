import { isPeriod, periodKind, periodMonths, quarterOf } from './period';

describe('periods (SPEC §4.2)', () => {
  it('reads a quarter as YYYY-Qn and a year as YYYY, and nothing else', () => {
    expect(['2026-Q1', '2026-Q4', '2026'].every(isPeriod)).toBe(true);
    expect(['2026-Q0', '2026-Q5', '2026-q4', '26', '2026-11', '2026Q4', ' 2026'].some(isPeriod)).toBe(false);
  });

  it('gives a quarter’s three months and a year’s twelve, in order', () => {
    expect(periodMonths('2026-Q4')).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(periodMonths('2026-Q1')).toEqual(['2026-01', '2026-02', '2026-03']);
    expect(periodMonths('2026')).toEqual(Array.from({ length: 12 }, (_, index) => `2026-${String(index + 1).padStart(2, '0')}`));
    expect(periodKind('2026-Q2')).toBe('quarter');
    expect(periodKind('2026')).toBe('year');
  });

  it('finds the quarter of a month at each quarter’s edges', () => {
    expect(['2026-01', '2026-03', '2026-04', '2026-09', '2026-10', '2026-12'].map(quarterOf)).toEqual([
      '2026-Q1', '2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4', '2026-Q4',
    ]);
  });
});
