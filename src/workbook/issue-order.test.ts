import type { Issue } from '../engine/issues';
import { inWorkbookOrder } from './issue-order';

const at = (sheet: string | undefined, cell: string | undefined, id: string): Issue =>
  sheet === undefined
    ? { severity: 'warning', code: 'NO_HISTORY_PREVIOUS_MONTH', params: { month: id } }
    : { severity: 'error', code: 'UNKNOWN_EMPLOYEE', sheet, cell, params: { id } };

describe('inWorkbookOrder', () => {
  it('puts month-wide issues first, then sheets in workbook order, rows, then columns', () => {
    const issues = [at('违规', 'C3', 'v3'), at('考勤', 'D12', 'a12d'), at('考勤', 'B12', 'a12b'), at(undefined, undefined, 'm'), at('考勤', 'B2', 'a2')];
    const ordered = inWorkbookOrder(issues, ['员工', '考勤', '违规']).map((issue) => issue.params as { id?: string; month?: string });
    expect(ordered.map((params) => params.id ?? params.month)).toEqual(['m', 'a2', 'a12b', 'a12d', 'v3']);
  });

  it('compares rows as numbers, not text (row 9 before row 10)', () => {
    const ordered = inWorkbookOrder([at('考勤', 'A10', 'ten'), at('考勤', 'A9', 'nine')], ['考勤']);
    expect(ordered.map((issue) => issue.cell)).toEqual(['A9', 'A10']);
  });

  it('keeps issues of the same cell in the order they were found', () => {
    const ordered = inWorkbookOrder([at('考勤', 'A2', 'first'), at('考勤', 'A2', 'second')], ['考勤']);
    expect(ordered.map((issue) => (issue.params as { id: string }).id)).toEqual(['first', 'second']);
  });
});
