import type { Issue } from '../../engine/issues';
import { employeeRow, grid, templateSheet } from './fixtures';
import { readEmployees } from './read-employees';

function read(rows: Parameters<typeof templateSheet>[1]) {
  const issues: Issue[] = [];
  return { ...readEmployees(templateSheet('employees', rows), issues), issues };
}

describe('readEmployees', () => {
  it('reads every field of a row, with a reference to its row and columns', () => {
    const { records, issues } = read([employeeRow({ role: '组长', leaveDate: '2026-11-20' })]);
    expect(issues).toEqual([]);
    expect(records).toEqual([
      {
        id: '1001',
        name: '王芳',
        team: '一组',
        role: 'teamLead',
        hireDate: '2025-03-01',
        leaveDate: '2026-11-20',
        ref: { sheet: '员工', row: 2, columns: { id: 'A', name: 'B', team: 'C', role: 'D', hireDate: 'E', leaveDate: 'F' } },
      },
    ]);
  });

  it('reads each role word in Chinese and English', () => {
    const roles = ['客服', '组长', '培训专员', '现场接待', 'Agent', 'Team lead', 'TRAINER', 'reception'];
    const { records } = read(roles.map((role, index) => employeeRow({ id: 1001 + index, role })));
    expect(records.map((employee) => employee.role)).toEqual(['agent', 'teamLead', 'trainer', 'reception', 'agent', 'teamLead', 'trainer', 'reception']);
  });

  it('warns about an unknown role at its cell and keeps the employee without a role', () => {
    const { records, issues } = read([employeeRow({ role: '经理' })]);
    expect(issues).toEqual([{ severity: 'warning', code: 'INVALID_ROLE', sheet: '员工', cell: 'D2', params: { value: '经理' } }]);
    expect(records).toHaveLength(1);
    expect(records[0].role).toBeUndefined();
  });

  it('reports each blank required value under its header as written, and drops the row', () => {
    const { records, issues } = read([employeeRow({ id: null, name: ' ', hireDate: null })]);
    expect(issues).toEqual([
      { severity: 'error', code: 'MISSING_VALUE', sheet: '员工', cell: 'A2', params: { column: '工号' } },
      { severity: 'error', code: 'MISSING_VALUE', sheet: '员工', cell: 'B2', params: { column: '姓名' } },
      { severity: 'error', code: 'MISSING_VALUE', sheet: '员工', cell: 'E2', params: { column: '入职日期' } },
    ]);
    expect(records).toEqual([]);
  });

  it('lists the IDs of rows left out for an error elsewhere in the row', () => {
    const { records, unreadableIds } = read([employeeRow({ id: 1001, hireDate: 'soon' }), employeeRow({ id: null }), employeeRow({ id: 1003 })]);
    expect(records.map((employee) => employee.id)).toEqual(['1003']);
    expect(unreadableIds).toEqual(['1001']);
  });

  it('reports an unreadable hire or leave date at its cell', () => {
    const { issues } = read([employeeRow({ hireDate: '2025-02-30', leaveDate: 'soon' })]);
    expect(issues.map((issue) => [issue.code, issue.cell, issue.params])).toEqual([
      ['INVALID_DATE', 'E2', { value: '2025-02-30' }],
      ['INVALID_DATE', 'F2', { value: 'soon' }],
    ]);
  });

  it('reads every row whatever its dates, and counts them all', () => {
    const { records, rowCount } = read([employeeRow({ id: 1, hireDate: '2019-01-01' }), employeeRow({ id: 2, hireDate: '2030-01-01' })]);
    expect(records.map((employee) => employee.id)).toEqual(['1', '2']);
    expect(rowCount).toBe(2);
  });

  it('reads nothing and reports the missing columns when the header lacks one', () => {
    const issues: Issue[] = [];
    const result = readEmployees(grid('员工', [['工号', '姓名'], [1001, '王芳']]), issues);
    expect(result).toEqual({ records: [], rowCount: 0, unreadableIds: [] });
    expect(issues).toEqual([{ severity: 'error', code: 'MISSING_COLUMN', sheet: '员工', cell: 'A1', params: { column: '入职日期 / Hire date' } }]);
  });
});
