import fc from 'fast-check';
import { defaultPolicy } from '../engine/default-policy';
import type { EmployeeResult, Flag, MonthResult } from '../engine/results';
import { employeeResult } from '../workbook/layout/fixture-results';
import { gradeOrder, summarise } from './result-summary';

function employee(id: string, overrides: Partial<EmployeeResult> = {}): EmployeeResult {
  return employeeResult({ id, name: `Name ${id}`, team: undefined, role: undefined, ...overrides });
}

function month(employees: readonly EmployeeResult[]): MonthResult {
  return { month: '2026-11', policy: defaultPolicy, employees, history: [], warnings: [] };
}

describe('summarise', () => {
  it('counts every grade of the policy, best first, including grades nobody got', () => {
    const summary = summarise(
      month([employee('1', { grade: 'A' }), employee('2', { grade: 'B' }), employee('3', { grade: 'B' })]),
    );
    expect(summary.grades).toEqual([
      { grade: 'A', count: 1, fallback: false },
      { grade: 'B', count: 2, fallback: false },
      { grade: 'C', count: 0, fallback: false },
      { grade: 'D', count: 0, fallback: false },
      { grade: 'E', count: 0, fallback: false },
      { grade: 'F', count: 0, fallback: true },
    ]);
    expect(summary.headcount).toBe(3);
  });

  it('lists only the employees with a review flag, with their flags', () => {
    const summary = summarise(
      month([
        employee('1001'),
        employee('1002', { name: '李雷', flags: ['SCORE_BELOW_60', 'ABSENCE_DAYS'] }),
      ]),
    );
    expect(summary.flagged).toEqual([{ id: '1002', name: '李雷', flags: ['SCORE_BELOW_60', 'ABSENCE_DAYS'] }]);
  });

  it('totals salary adjustments and awards without floating-point residue', () => {
    const summary = summarise(
      month([
        employee('1', { salaryAdjustment: 0.1, award: 50 }),
        employee('2', { salaryAdjustment: 0.2, award: 0 }),
        employee('3', { salaryAdjustment: -120, award: 100 }),
      ]),
    );
    expect(summary.salaryTotal).toBe(-119.7);
    expect(summary.awardTotal).toBe(150);
  });

  it('has grade counts that add up to the headcount', () => {
    const grades = gradeOrder(defaultPolicy);
    const flags: Flag[] = ['SCORE_BELOW_60', 'LAST_PLACE_TWICE', 'ABSENCE_DAYS', 'DISMISSAL_OFFENCE'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ grade: fc.constantFrom(...grades), flags: fc.subarray(flags) }), { maxLength: 40 }),
        (rows) => {
          const summary = summarise(month(rows.map((row, index) => employee(String(index), row))));
          const counted = summary.grades.reduce((total, entry) => total + entry.count, 0);
          return counted === rows.length && summary.flagged.length === rows.filter((row) => row.flags.length).length;
        },
      ),
    );
  });
});

describe('gradeOrder', () => {
  it('puts the fallback grade after the bands', () => {
    expect(gradeOrder(defaultPolicy)).toEqual(['A', 'B', 'C', 'D', 'E', 'F']);
  });

  it('does not repeat a fallback grade that is also a band', () => {
    const grades = { bands: [{ grade: 'Pass', min: 60, inclusive: true }], fallback: 'Pass' };
    expect(gradeOrder({ ...defaultPolicy, grades })).toEqual(['Pass']);
  });
});
