import fc from 'fast-check';
import type { Issue } from '../engine/issues';
import { groupBySheet } from './issue-groups';

const at = (sheet: string, cell: string, severity: Issue['severity'] = 'error'): Issue => ({
  severity,
  code: 'INVALID_DATE',
  sheet,
  cell,
  params: { value: 'x' },
});
const monthWide: Issue = { severity: 'error', code: 'NO_EMPLOYEES_IN_MONTH', params: { month: '2026-11' } };

describe('groupBySheet', () => {
  it('groups issues by sheet in the order the sheets first appear, keeping row order', () => {
    const issues = [at('考勤', 'A3'), at('违规', 'C2'), at('考勤', 'E9')];
    expect(groupBySheet(issues, 'error')).toEqual([
      { sheet: '考勤', issues: [at('考勤', 'A3'), at('考勤', 'E9')] },
      { sheet: '违规', issues: [at('违规', 'C2')] },
    ]);
  });

  it('puts issues about the whole month in a last group without a sheet', () => {
    expect(groupBySheet([monthWide, at('员工', 'B2')], 'error')).toEqual([
      { sheet: '员工', issues: [at('员工', 'B2')] },
      { issues: [monthWide] },
    ]);
  });

  it('keeps only the asked severity', () => {
    const warning = at('考勤', 'A4', 'warning');
    expect(groupBySheet([at('考勤', 'A3'), warning], 'warning')).toEqual([{ sheet: '考勤', issues: [warning] }]);
    expect(groupBySheet([warning], 'error')).toEqual([]);
  });

  it('loses and invents no issue', () => {
    const issue = fc.record({
      sheet: fc.constantFrom('员工', '考勤', '违规', undefined),
      cell: fc.constantFrom('A1', 'B2'),
      severity: fc.constantFrom<Issue['severity']>('error', 'warning'),
    });
    fc.assert(
      fc.property(fc.array(issue, { maxLength: 30 }), (rows) => {
        const issues = rows.map((row): Issue => ({ ...at(row.sheet ?? '', row.cell, row.severity), sheet: row.sheet }));
        const grouped = groupBySheet(issues, 'error').flatMap((group) => group.issues);
        const errors = issues.filter((issue) => issue.severity === 'error');
        return grouped.length === errors.length && errors.every((issue) => grouped.includes(issue));
      }),
    );
  });
});
