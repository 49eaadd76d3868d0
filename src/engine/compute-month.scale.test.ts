import { isoDate } from './calendar';
import { computeMonth } from './compute-month';
import { defaultPolicy } from './default-policy';
import { at, ref } from './fixtures';
import type { AttendanceRow, Employee, EntryRow, KpiRow } from './records';
import type { MonthInput } from './results';

/** A large team's month: 5,000 employees, 150,000 attendance rows, 25,000 entries, a KPI row each. */
function largeMonth(): MonthInput {
  const employees: Employee[] = [];
  const attendance: AttendanceRow[] = [];
  const entries: EntryRow[] = [];
  const kpi: KpiRow[] = [];
  const codes = ['L01', 'L05', 'M01', 'S03', 'B03'];
  for (let index = 0; index < 5000; index += 1) {
    const id = String(100000 + index);
    employees.push({ id, name: `员工${index}`, role: 'agent', hireDate: '2024-01-01', ref: ref('员工', index + 2) });
    for (let day = 1; day <= 30; day += 1) {
      const late = (index + day) % 17 === 0 ? 6 : 0;
      attendance.push({
        date: isoDate(2026, 11, day),
        employeeId: id,
        shift: day % 2 === 0 ? 'D' : 'L',
        clockIn: day % 2 === 0 ? at(8, 30 + late) : at(16, late),
        clockOut: day % 2 === 0 ? at(17, 30) : at(1, 0),
        ref: ref('考勤', attendance.length + 2),
      });
    }
    for (let count = 0; count < 5; count += 1) {
      const code = codes[(index + count) % codes.length];
      const sheet = code.startsWith('B') ? 'merits' : 'violations';
      entries.push({ sheet, date: isoDate(2026, 11, 1 + count), employeeId: id, code, voided: false, ref: ref(sheet === 'merits' ? '加分' : '违规', entries.length + 2) });
    }
    kpi.push({ month: '2026-11', employeeId: id, workload: index % 97, quality: index % 89, examScore: 50 + (index % 51), validComplaints: index % 3, ref: ref('指标', index + 2) });
  }
  return { month: '2026-11', policy: defaultPolicy, employees, attendance, entries, kpi, history: [] };
}

describe('computeMonth at scale', () => {
  // Speed is measured by `npm run bench`, never here: this checks that a large month is whole.
  it('scores all 5,000 employees of a 150,000-row month, ranked 1 upwards with no gaps in the order', () => {
    const outcome = computeMonth(largeMonth());
    if (!outcome.ok) throw new Error(`unexpected issues: ${outcome.issues.map((issue) => issue.code).join(', ')}`);
    const { employees } = outcome.result;
    expect(employees).toHaveLength(5000);
    expect(employees[0].rank).toBe(1);
    employees.forEach((employee, index) => {
      if (index > 0) expect(employee.rank).toBeGreaterThanOrEqual(employees[index - 1].rank);
      expect(employee.items.length).toBeGreaterThan(0);
    });
  });
});
