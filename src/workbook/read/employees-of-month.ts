import type { Month } from '../../engine/calendar';
import { isEmployedInMonth } from '../../engine/employment';
import type { WorkbookGrids } from '../grid';
import { inputSheet } from '../schema';
import { findSheet } from './find-sheet';
import { readEmployees } from './read-employees';

/**
 * The people the Employees sheet lists as employed in `month`, in its order, for a schedule to start
 * from; none when the sheet is missing. Rows that cannot be read are left out without a word:
 * computing the month reports them.
 */
export function employeesOfMonth(grids: WorkbookGrids, month: Month): { id: string; name: string }[] {
  const sheet = findSheet(grids, inputSheet('employees'));
  if (sheet === undefined) return [];
  const { records } = readEmployees(sheet.grid, []);
  const seen = new Set<string>();
  return records
    .filter((employee) => isEmployedInMonth(employee, month) && !seen.has(employee.id) && seen.add(employee.id))
    .map((employee) => ({ id: employee.id, name: employee.name }));
}
