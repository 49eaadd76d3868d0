import type { IsoDate, Month } from './calendar';
import { cellAddress } from './cell-address';
import { isEmployedInMonth, isEmployedOn } from './employment';
import { issueAt, type Issue } from './issues';
import type { Employee, RowRef } from './records';
import { inSheetOrder } from './sheet-order';

/** The employee list by ID (SPEC §2 Employees): the first row of an ID is the employee. */
export interface Roster {
  readonly byId: ReadonlyMap<string, Employee>;
  readonly issues: readonly Issue[];
}

/** Builds the roster, reporting every repeated ID after its first row and every leave date before its hire date. */
export function rosterOf(employees: readonly Employee[]): Roster {
  const byId = new Map<string, Employee>();
  const issues: Issue[] = [];
  for (const employee of inSheetOrder(employees)) {
    const first = byId.get(employee.id);
    if (first !== undefined) {
      issues.push(issueAt('error', 'DUPLICATE_EMPLOYEE', employee.ref, 'id', { id: employee.id, first: cellAddress(first.ref, 'id') }));
    } else {
      byId.set(employee.id, employee);
    }
    if (employee.leaveDate !== undefined && employee.leaveDate < employee.hireDate) {
      issues.push(issueAt('error', 'LEAVE_BEFORE_HIRE', employee.ref, 'leaveDate', { id: employee.id }));
    }
  }
  return { byId, issues };
}

export type Ownership = { readonly employee: Employee; readonly issue?: undefined } | { readonly employee?: undefined; readonly issue: Issue };

/** Whose row a dated row of another sheet is: an error when the ID is unknown or the date outside employment. */
export function ownerOn(roster: Roster, employeeId: string, date: IsoDate, ref: RowRef): Ownership {
  const employee = roster.byId.get(employeeId);
  if (employee === undefined) return { issue: issueAt('error', 'UNKNOWN_EMPLOYEE', ref, 'employeeId', { id: employeeId }) };
  if (!isEmployedOn(employee, date)) return { issue: issueAt('error', 'NOT_EMPLOYED', ref, 'date', { id: employeeId, date }) };
  return { employee };
}

/** Whose row a KPI row is: the employee must be employed on at least one day of its month. */
export function ownerIn(roster: Roster, employeeId: string, month: Month, ref: RowRef): Ownership {
  const employee = roster.byId.get(employeeId);
  if (employee === undefined) return { issue: issueAt('error', 'UNKNOWN_EMPLOYEE', ref, 'employeeId', { id: employeeId }) };
  if (!isEmployedInMonth(employee, month)) return { issue: issueAt('error', 'NOT_EMPLOYED', ref, 'month', { id: employeeId, date: month }) };
  return { employee };
}
