import { isEmployedInMonth, isEmployedOn, serviceMonth } from './employment';
import { employee } from './fixtures';

describe('isEmployedInMonth', () => {
  it('includes an employee hired on the last day of the month', () => {
    expect(isEmployedInMonth(employee({ hireDate: '2026-11-30' }), '2026-11')).toBe(true);
  });

  it('excludes an employee hired the day after the month ends', () => {
    expect(isEmployedInMonth(employee({ hireDate: '2026-12-01' }), '2026-11')).toBe(false);
  });

  it('includes an employee who left on the first day of the month', () => {
    expect(isEmployedInMonth(employee({ leaveDate: '2026-11-01' }), '2026-11')).toBe(true);
  });

  it('excludes an employee who left the day before the month starts', () => {
    expect(isEmployedInMonth(employee({ leaveDate: '2026-10-31' }), '2026-11')).toBe(false);
  });

  it('ignores a leave date before the hire date (reported by the roster instead)', () => {
    expect(isEmployedInMonth(employee({ hireDate: '2026-01-10', leaveDate: '2025-12-31' }), '2026-11')).toBe(true);
  });
});

describe('isEmployedOn', () => {
  const staff = employee({ hireDate: '2026-11-10', leaveDate: '2026-11-20' });

  it('counts the hire date and the leave date as employed days', () => {
    expect(isEmployedOn(staff, '2026-11-10')).toBe(true);
    expect(isEmployedOn(staff, '2026-11-20')).toBe(true);
  });

  it('does not count the day before hire or the day after leaving', () => {
    expect(isEmployedOn(staff, '2026-11-09')).toBe(false);
    expect(isEmployedOn(staff, '2026-11-21')).toBe(false);
  });
});

describe('serviceMonth', () => {
  it('counts the hire month as month 1, whatever the day of hire', () => {
    expect(serviceMonth(employee({ hireDate: '2026-11-30' }), '2026-11')).toBe(1);
  });

  it('counts the month after hire as month 2 and the next as month 3, across a year end', () => {
    expect(serviceMonth(employee({ hireDate: '2025-12-15' }), '2026-01')).toBe(2);
    expect(serviceMonth(employee({ hireDate: '2025-12-15' }), '2026-02')).toBe(3);
  });
});
