import { assessAttendance } from './attendance';
import { defaultPolicy } from './default-policy';
import { at, attendance, employee, ref } from './fixtures';
import { Ledger } from './ledger';
import type { AttendanceRow } from './records';
import { rosterOf } from './roster';
import { ruleBookFor } from './rule-book';

const book = ruleBookFor(defaultPolicy);
const roster = rosterOf([employee({ id: '1001' }), employee({ id: '1002', hireDate: '2026-11-10' })]);

function run(rows: readonly AttendanceRow[]) {
  const ledger = new Ledger();
  const outcome = assessAttendance(rows, '2026-11', roster, book, ledger);
  return { ...outcome, ledger };
}

describe('assessAttendance', () => {
  it('files each row’s items under its employee and counts absence days', () => {
    const { ledger, absenceDays, issues } = run([
      attendance({ date: '2026-11-02', clockIn: at(8, 32), ref: ref('考勤', 2) }),
      attendance({ date: '2026-11-03', status: 'absent', ref: ref('考勤', 3) }),
      attendance({ date: '2026-11-04', clockIn: at(9, 0), ref: ref('考勤', 4) }),
    ]);
    expect(issues).toEqual([]);
    expect(ledger.itemsOf('1001').map((item) => item.code)).toEqual(['L04', 'S01', 'S01']);
    expect(absenceDays.get('1001')).toBe(2);
  });

  it('ignores rows of other months', () => {
    const { ledger, issues } = run([attendance({ date: '2026-10-31', status: 'absent' }), attendance({ date: '2026-12-01', shift: 'Z' })]);
    expect(ledger.itemsOf('1001')).toEqual([]);
    expect(issues).toEqual([]);
  });

  it('reports a second row for the same employee and date on its date cell, naming the first', () => {
    const { issues, ledger } = run([
      attendance({ status: 'absent', ref: ref('考勤', 9) }),
      attendance({ status: 'absent', ref: ref('考勤', 4) }),
    ]);
    expect(issues).toEqual([
      {
        severity: 'error',
        code: 'DUPLICATE_ATTENDANCE',
        sheet: '考勤',
        cell: 'A9',
        params: { id: '1001', date: '2026-11-02', first: '考勤!A4' },
      },
    ]);
    expect(ledger.itemsOf('1001')).toHaveLength(1);
  });

  it('finds the second row of a day by the date’s text, however the date is written', () => {
    const { issues } = run([
      attendance({ date: '2026-11-12', status: 'absent', ref: ref('考勤', 2) }),
      attendance({ date: '2026-11-2', status: 'absent', ref: ref('考勤', 3) }),
      attendance({ date: '2026-11-2', status: 'absent', ref: ref('考勤', 4) }),
      attendance({ date: '2026-11-02', status: 'absent', ref: ref('考勤', 5) }),
      attendance({ date: '2026-11-12', status: 'absent', ref: ref('考勤', 6) }),
    ]);
    expect(issues.map((issue) => [issue.cell, issue.params])).toEqual([
      ['A4', { id: '1001', date: '2026-11-2', first: '考勤!A3' }],
      ['A6', { id: '1001', date: '2026-11-12', first: '考勤!A2' }],
    ]);
  });

  it('allows the same date for different employees', () => {
    const { issues } = run([
      attendance({ employeeId: '1001', date: '2026-11-12', ref: ref('考勤', 2) }),
      attendance({ employeeId: '1002', date: '2026-11-12', ref: ref('考勤', 3) }),
    ]);
    expect(issues).toEqual([]);
  });

  it('reports unknown employees and rows outside employment, and still checks the rest of the row', () => {
    const { issues, ledger } = run([
      attendance({ employeeId: '4242', clockOut: undefined, ref: ref('考勤', 2) }),
      attendance({ employeeId: '1002', date: '2026-11-09', status: 'absent', ref: ref('考勤', 3) }),
    ]);
    expect(issues.map((issue) => [issue.code, issue.cell])).toEqual([
      ['UNKNOWN_EMPLOYEE', 'B2'],
      ['MISSING_CLOCK_OUT', 'E2'],
      ['NOT_EMPLOYED', 'A3'],
    ]);
    expect(ledger.itemsOf('1002')).toEqual([]);
  });

  it('counts the first day of employment', () => {
    const { issues, absenceDays } = run([attendance({ employeeId: '1002', date: '2026-11-10', status: 'absent' })]);
    expect(issues).toEqual([]);
    expect(absenceDays.get('1002')).toBe(1);
  });
});
