import { employee, ref } from './fixtures';
import { ownerIn, ownerOn, rosterOf } from './roster';

describe('rosterOf', () => {
  it('indexes employees by ID', () => {
    const roster = rosterOf([employee({ id: '1001' }), employee({ id: '1002', ref: ref('员工', 3) })]);
    expect([...roster.byId.keys()]).toEqual(['1001', '1002']);
    expect(roster.issues).toEqual([]);
  });

  it('reports every repeat of an ID on its ID cell, naming the first row, and keeps the first row', () => {
    const first = employee({ name: '王芳', ref: ref('员工', 2) });
    const roster = rosterOf([
      employee({ name: '李四', ref: ref('员工', 7) }),
      first,
      employee({ name: '张三', ref: ref('员工', 5) }),
    ]);
    expect(roster.byId.get('1001')).toBe(first);
    expect(roster.issues).toEqual([
      { severity: 'error', code: 'DUPLICATE_EMPLOYEE', sheet: '员工', cell: 'A5', params: { id: '1001', first: '员工!A2' } },
      { severity: 'error', code: 'DUPLICATE_EMPLOYEE', sheet: '员工', cell: 'A7', params: { id: '1001', first: '员工!A2' } },
    ]);
  });

  it('reports a leave date before the hire date on the leave-date cell', () => {
    const roster = rosterOf([employee({ hireDate: '2026-03-01', leaveDate: '2026-02-28', ref: ref('员工', 4) })]);
    expect(roster.issues).toEqual([{ severity: 'error', code: 'LEAVE_BEFORE_HIRE', sheet: '员工', cell: 'F4', params: { id: '1001' } }]);
  });

  it('accepts leaving on the hire date', () => {
    expect(rosterOf([employee({ hireDate: '2026-03-01', leaveDate: '2026-03-01' })]).issues).toEqual([]);
  });
});

describe('ownerOn', () => {
  const roster = rosterOf([employee({ hireDate: '2026-11-05', leaveDate: '2026-11-20' })]);

  it('finds the employee of a row dated within employment', () => {
    expect(ownerOn(roster, '1001', '2026-11-05', ref('考勤', 3)).employee?.id).toBe('1001');
  });

  it('reports an unknown ID on the row’s ID cell', () => {
    expect(ownerOn(roster, '9999', '2026-11-10', ref('违规', 3)).issue).toEqual({
      severity: 'error',
      code: 'UNKNOWN_EMPLOYEE',
      sheet: '违规',
      cell: 'B3',
      params: { id: '9999' },
    });
  });

  it('reports a row dated before hire or after leaving on its date cell', () => {
    expect(ownerOn(roster, '1001', '2026-11-04', ref('考勤', 3)).issue).toEqual({
      severity: 'error',
      code: 'NOT_EMPLOYED',
      sheet: '考勤',
      cell: 'A3',
      params: { id: '1001', date: '2026-11-04' },
    });
    expect(ownerOn(roster, '1001', '2026-11-21', ref('考勤', 3)).issue?.code).toBe('NOT_EMPLOYED');
  });
});

describe('ownerIn', () => {
  const roster = rosterOf([employee({ hireDate: '2026-11-30' })]);

  it('accepts a KPI month with at least one day of employment', () => {
    expect(ownerIn(roster, '1001', '2026-11', ref('指标', 2)).employee?.id).toBe('1001');
  });

  it('reports a KPI month before hire on the month cell', () => {
    expect(ownerIn(roster, '1001', '2026-10', ref('指标', 2)).issue).toEqual({
      severity: 'error',
      code: 'NOT_EMPLOYED',
      sheet: '指标',
      cell: 'A2',
      params: { id: '1001', date: '2026-10' },
    });
  });

  it('reports an unknown ID on the ID cell', () => {
    expect(ownerIn(roster, '7', '2026-11', ref('指标', 2)).issue?.cell).toBe('B2');
  });
});
