import type { Issue } from '../../engine/issues';
import type { Employee } from '../../engine/records';
import type { SheetGrid } from '../grid';
import { inputSheet, roleWords } from '../schema';
import { fieldReaderFor, type SheetRead } from './field-reader';
import { wordLookup } from './word-lookup';

const roleOf = wordLookup(roleWords);

/**
 * 员工 / Employees (SPEC §2): every row, whatever the month. An unknown role is only a
 * warning: the role is left out and the employee is scored as an agent would be.
 */
export function readEmployees(grid: SheetGrid, issues: Issue[]): SheetRead<Employee> {
  const reader = fieldReaderFor(grid, inputSheet('employees'), issues);
  const records: Employee[] = [];
  if (!reader) return { records, rowCount: 0 };
  let rowCount = 0;
  for (let rowIndex = reader.firstDataRow; rowIndex < reader.rowCount; rowIndex++) {
    if (!reader.moveTo(rowIndex)) continue;
    rowCount++;
    const id = reader.id('id');
    const name = reader.requiredText('name');
    const team = reader.text('team');
    const role = reader.word('role', roleOf, 'INVALID_ROLE', 'warning');
    const hireDate = reader.date('hireDate', true);
    const leaveDate = reader.date('leaveDate', false);
    if (reader.failed || id === undefined || name === undefined || hireDate === undefined) continue;
    records.push({ id, name, team, role, hireDate, leaveDate, ref: reader.ref });
  }
  return { records, rowCount };
}
