import { firstDayOf, lastDayOf, monthIndex, monthOf, type IsoDate, type Month } from './calendar';
import type { Employee } from './records';

/**
 * Employment spans from the hire date to the leave date, both days included: the leave date
 * (离职日期) is the last day on the payroll. A leave date before the hire date is a data error
 * reported by the roster; until it is fixed the employee is treated as still employed, so that
 * one wrong cell does not cascade into an error on every row of theirs.
 */
function lastEmployedDay(employee: Employee): IsoDate | undefined {
  const { leaveDate, hireDate } = employee;
  return leaveDate !== undefined && leaveDate >= hireDate ? leaveDate : undefined;
}

export function isEmployedOn(employee: Employee, date: IsoDate): boolean {
  const last = lastEmployedDay(employee);
  return employee.hireDate <= date && (last === undefined || date <= last);
}

/** SPEC §2: scored for a month when employed on at least one day of it. */
export function isEmployedInMonth(employee: Employee, month: Month): boolean {
  const last = lastEmployedDay(employee);
  return employee.hireDate <= lastDayOf(month) && (last === undefined || last >= firstDayOf(month));
}

/** SPEC §3.6: the hire month is month 1 of service. */
export function serviceMonth(employee: Employee, month: Month): number {
  return monthIndex(month) - monthIndex(monthOf(employee.hireDate)) + 1;
}
