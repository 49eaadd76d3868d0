import { monthOf, type Month } from '../../engine/calendar';
import type { Issue } from '../../engine/issues';
import type { AttendanceRow } from '../../engine/records';
import type { SheetGrid } from '../grid';
import { attendanceStatusWords, inputSheet } from '../schema';
import { fieldReaderFor, type SheetRead } from './field-reader';
import { codeFromText } from './read-code';
import { wordLookup } from './word-lookup';

const statusOf = wordLookup(attendanceStatusWords);

/**
 * 考勤 / Attendance (SPEC §2): the chosen month's rows. A date that cannot be read is an
 * error on any row, since the row might belong to the month.
 */
export function readAttendance(grid: SheetGrid, month: Month, issues: Issue[]): SheetRead<AttendanceRow> {
  const reader = fieldReaderFor(grid, inputSheet('attendance'), issues);
  const records: AttendanceRow[] = [];
  if (!reader) return { records, rowCount: 0 };
  let rowCount = 0;
  for (let rowIndex = reader.firstDataRow; rowIndex < reader.endRow; rowIndex++) {
    if (!reader.moveTo(rowIndex)) continue;
    const date = reader.date('date', true);
    if (date === undefined || monthOf(date) !== month) continue;
    rowCount++;
    const employeeId = reader.id('employeeId');
    const shift = codeFromText(reader.text('shift'));
    const clockIn = reader.clock('clockIn', false);
    const clockOut = reader.clock('clockOut', false);
    const status = reader.word('status', statusOf, 'INVALID_STATUS', 'error');
    const note = reader.text('note');
    if (reader.failed || employeeId === undefined) continue;
    records.push({ date, employeeId, shift, clockIn, clockOut, status, note, ref: reader.ref });
  }
  return { records, rowCount };
}
