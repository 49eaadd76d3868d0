import type { Month } from '../../engine/calendar';
import type { Issue } from '../../engine/issues';
import type { KpiRow } from '../../engine/records';
import type { SheetGrid } from '../grid';
import { inputSheet } from '../schema';
import { fieldReaderFor, type SheetRead } from './field-reader';

/**
 * 指标 / KPI (SPEC §2): the chosen month's rows; any of the four measures may be blank.
 * Ranges (exam score 0–100, whole complaint counts) are checked by the rules.
 */
export function readKpi(grid: SheetGrid, month: Month, issues: Issue[]): SheetRead<KpiRow> {
  const reader = fieldReaderFor(grid, inputSheet('kpi'), issues);
  const records: KpiRow[] = [];
  if (!reader) return { records, rowCount: 0 };
  let rowCount = 0;
  for (let rowIndex = reader.firstDataRow; rowIndex < reader.endRow; rowIndex++) {
    if (!reader.moveTo(rowIndex)) continue;
    const rowMonth = reader.month('month');
    if (rowMonth !== month) continue;
    rowCount++;
    const employeeId = reader.id('employeeId');
    const workload = reader.number('workload');
    const quality = reader.number('quality');
    const examScore = reader.number('examScore');
    const validComplaints = reader.number('validComplaints');
    if (reader.failed || employeeId === undefined) continue;
    records.push({ month, employeeId, workload, quality, examScore, validComplaints, ref: reader.ref });
  }
  return { records, rowCount };
}
