import { adjustmentRangeIssues } from './adjustment';
import { defaultPolicy } from './default-policy';
import { ref } from './fixtures';
import type { LineItem } from './results';

function adj(points: number, row: number, employeeId = '1001'): LineItem {
  return {
    employeeId,
    code: 'ADJ',
    category: 'adjustment',
    bucket: 'adjustment',
    times: 1,
    pointsPerTime: points,
    points,
    voided: false,
    source: 'merits',
    basis: { kind: 'entered' },
    ref: ref('加分', row),
  };
}

describe('adjustmentRangeIssues (ADJ −5 to +5 in total per month)', () => {
  it('accepts totals of exactly −5 and +5', () => {
    expect(adjustmentRangeIssues([adj(3, 2), adj(2, 3), adj(-2.5, 4, '1002'), adj(-2.5, 5, '1002')], defaultPolicy)).toEqual([]);
  });

  it('reports a total of 5.5 on the points cell of the row that took it past 5', () => {
    expect(adjustmentRangeIssues([adj(3, 2), adj(2.5, 3)], defaultPolicy)).toEqual([
      { severity: 'error', code: 'ADJ_OUT_OF_RANGE', sheet: '加分', cell: 'E3', params: { id: '1001', total: 5.5, min: -5, max: 5 } },
    ]);
  });

  it('reports a total below −5 at the first row whose running total fell below it', () => {
    const issues = adjustmentRangeIssues([adj(-4, 2), adj(-4, 3), adj(2, 4), adj(-1, 5)], defaultPolicy);
    expect(issues.map((issue) => [issue.cell, issue.params])).toEqual([['E3', { id: '1001', total: -7, min: -5, max: 5 }]]);
  });

  it('accepts a running total that leaves the range when the month’s total is back within it', () => {
    expect(adjustmentRangeIssues([adj(4, 2), adj(4, 3), adj(-4, 4)], defaultPolicy)).toEqual([]);
  });

  it('keeps employees apart', () => {
    const issues = adjustmentRangeIssues([adj(4, 2, '1001'), adj(4, 3, '1002'), adj(4, 4, '1001')], defaultPolicy);
    expect(issues.map((issue) => [issue.cell, issue.params])).toEqual([['E4', { id: '1001', total: 8, min: -5, max: 5 }]]);
  });

  it('takes the range from the policy', () => {
    const policy = { ...defaultPolicy, adjustment: { min: -2, max: 2 } };
    expect(adjustmentRangeIssues([adj(3, 2)], policy).map((issue) => issue.code)).toEqual(['ADJ_OUT_OF_RANGE']);
  });
});
