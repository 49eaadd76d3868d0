import { changesBetween, monthTotals } from './changes';
import { historyRow } from './fixtures';
import type { HistoryRow } from './records';

const row = (employeeId: string, overrides: Partial<HistoryRow> = {}): HistoryRow =>
  historyRow({ month: '2026-11', employeeId, name: `员工${employeeId}`, ...overrides });

describe('changesBetween (SPEC §4.3)', () => {
  const before = [
    row('1001', { score: 78, grade: 'C', rank: 3, salaryAdjustment: -20 }),
    row('1002', { score: 90, grade: 'B', rank: 1, salaryAdjustment: 100, award: 50 }),
    row('1003', { score: 85, grade: 'B', rank: 2, salaryAdjustment: 50 }),
  ];

  it('gives nothing when the month had no results before (a first compute)', () => {
    expect(changesBetween([], before)).toEqual([]);
  });

  it('gives nothing when every employee’s results are the same', () => {
    expect(changesBetween(before, before.map((line) => ({ ...line, computedAgain: true }) as HistoryRow))).toEqual([]);
  });

  it('lists exactly the employees whose score, grade, rank, salary adjustment or award differ, with both values', () => {
    const after = [
      row('1001', { score: 80, grade: 'B', rank: 3, salaryAdjustment: 0 }),
      before[1],
      before[2],
    ];
    expect(changesBetween(before, after)).toEqual([
      {
        id: '1001',
        name: '员工1001',
        before: { score: 78, grade: 'C', rank: 3, salaryAdjustment: -20, award: 0 },
        after: { score: 80, grade: 'B', rank: 3, salaryAdjustment: 0, award: 0 },
      },
    ]);
  });

  it.each([
    ['rank', { rank: 4 }],
    ['award', { award: 100 }],
    ['salary adjustment alone (a policy change of the money per point)', { salaryAdjustment: 60 }],
    ['grade alone (a policy change of the bands)', { grade: 'A' }],
  ])('counts a change of the %s', (_, change) => {
    const after = [before[0], { ...before[1], ...change }, before[2]];
    expect(changesBetween(before, after).map((line) => line.id)).toEqual(['1002']);
  });

  it('does not count a change of name, team or flags', () => {
    const after = [{ ...before[0], name: '王芳', team: '二组', flags: ['ABSENCE_DAYS' as const] }, before[1], before[2]];
    expect(changesBetween(before, after)).toEqual([]);
  });

  it('lists an employee added (before null) and one removed (after null), in ID order', () => {
    const after = [before[0], before[1], row('999', { score: 80 })];
    expect(changesBetween(before, after)).toEqual([
      { id: '999', name: '员工999', before: null, after: { score: 80, grade: 'B', rank: 2, salaryAdjustment: 0, award: 0 } },
      { id: '1003', name: '员工1003', before: { score: 85, grade: 'B', rank: 2, salaryAdjustment: 50, award: 0 }, after: null },
    ]);
  });
});

describe('monthTotals', () => {
  it('counts the employees and sums the money exactly', () => {
    expect(monthTotals([row('1', { salaryAdjustment: 0.1, award: 50 }), row('2', { salaryAdjustment: 0.2, award: 0 })])).toEqual({
      employees: 2,
      salaryAdjustment: 0.3,
      award: 50,
    });
  });
});
