import { dayNumber, isoDateFromDayNumber, monthOf, type IsoDate, type Month } from '../../engine/calendar';
import type { Issue } from '../../engine/issues';
import type { AttendanceRow, Clock } from '../../engine/records';
import type { SheetGrid } from '../grid';
import { attendanceStatusWords, inputSheet } from '../schema';
import { fieldReaderFor, type SheetRead } from './field-reader';
import type { PunchCell } from './parse-punch';
import { codeFromText } from './read-code';
import { wordLookup } from './word-lookup';

const statusOf = wordLookup(attendanceStatusWords);

/**
 * A punch of a row dated `date`: 缺卡 / 未打卡 is no punch; a time marked 次日 or 昨日 is on the
 * day after or before, so it becomes a date and time.
 */
function clockOn(punch: PunchCell | undefined, date: IsoDate): Clock | undefined {
  if (punch === undefined || punch.kind === 'none') return undefined;
  if (punch.dayOffset === undefined) return punch.clock;
  return { minuteOfDay: punch.clock.minuteOfDay, date: isoDateFromDayNumber(dayNumber(date) + punch.dayOffset) };
}

/**
 * 考勤 / Attendance (SPEC §2), also as DingTalk's daily report exports it: the chosen month's
 * rows. A date that cannot be read is an error on any row, since the row might belong to the month.
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
    const shiftText = codeFromText(reader.text('shift'));
    // DingTalk's daily report writes 休息 as the shift of a rest day (SPEC §2).
    const restShift = shiftText !== undefined && statusOf(shiftText) === 'rest';
    const shift = restShift ? undefined : shiftText;
    const clockIn = clockOn(reader.punch('clockIn', false, 'INVALID_TIME'), date);
    const clockOut = clockOn(reader.punch('clockOut', false, 'INVALID_TIME'), date);
    const status = reader.word('status', statusOf, 'INVALID_STATUS', 'error') ?? (restShift ? 'rest' : undefined);
    const note = reader.text('note');
    if (reader.failed || employeeId === undefined) continue;
    records.push({ date, employeeId, shift, clockIn, clockOut, status, note, ref: reader.ref });
  }
  return { records, rowCount };
}
