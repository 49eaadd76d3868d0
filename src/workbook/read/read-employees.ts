import type { Issue } from '../../engine/issues';
import type { Employee } from '../../engine/records';
import type { SheetGrid } from '../grid';
import { inputSheet, roleWords } from '../schema';
import { fieldReaderFor, type SheetRead } from './field-reader';
import { wordLookup } from './word-lookup';

const roleOf = wordLookup(roleWords);

export interface EmployeesRead extends SheetRead<Employee> {
  /** IDs of rows left out for an error in another cell: the person exists, the row is unusable. */
  readonly unreadableIds: string[];
}

/**
 * 员工 / Employees (SPEC §2): every row, whatever the month. An unknown role is only a
 * warning: the role is left out and the employee is scored as an agent would be.
 */
export function readEmployees(grid: SheetGrid, issues: Issue[]): EmployeesRead {
  const reader = fieldReaderFor(grid, inputSheet('employees'), issues);
  const records: Employee[] = [];
  const unreadableIds: string[] = [];
  if (!reader) return { records, rowCount: 0, unreadableIds };
  let rowCount = 0;
  for (let rowIndex = reader.firstDataRow; rowIndex < reader.endRow; rowIndex++) {
    if (!reader.moveTo(rowIndex)) continue;
    rowCount++;
    const id = reader.id('id');
    const name = reader.requiredText('name');
    const team = reader.text('team');
    const role = reader.word('role', roleOf, 'INVALID_ROLE', 'warning');
    const hireDate = reader.date('hireDate', true);
    const leaveDate = reader.date('leaveDate', false);
    if (reader.failed || id === undefined || name === undefined || hireDate === undefined) {
      if (id !== undefined) unreadableIds.push(id);
      continue;
    }
    records.push({ id, name, team, role, hireDate, leaveDate, ref: reader.ref });
  }
  return { records, rowCount, unreadableIds };
}
