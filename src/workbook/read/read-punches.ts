import { dayNumber, firstDayOf, isoDateFromDayNumber, lastDayOf, monthOf, type IsoDate, type Month } from '../../engine/calendar';
import type { Issue } from '../../engine/issues';
import { PunchLog, PunchLogBuilder } from '../../engine/punch-log';
import type { SheetGrid } from '../grid';
import { entryStatusWords, inputSheet } from '../schema';
import { fieldReaderFor } from './field-reader';
import { wordLookup } from './word-lookup';

const statusOf = wordLookup(entryStatusWords);

/**
 * The days whose punches may fall in a window of the month's shifts or of the days beside it
 * (SPEC §3.1a): a window opens at most a day before its shift's day and closes at most a day
 * after the day it ends on.
 */
function readDays(month: Month): { readonly first: IsoDate; readonly last: IsoDate } {
  return {
    first: isoDateFromDayNumber(dayNumber(firstDayOf(month)) - 2),
    last: isoDateFromDayNumber(dayNumber(lastDayOf(month)) + 3),
  };
}

/** The punches read, and how many of the month's rows were considered for them. */
export interface PunchesRead {
  readonly punches: PunchLog;
  readonly rowCount: number;
}

/**
 * 打卡 / Punches (SPEC §2.1), as time clocks and DingTalk's raw record export them: each
 * valid punch near the month, a date and time or a time of day with its work day. Void punches
 * are left out. The row count is the month's punches, void ones included: those dated (or, for
 * a time of day, whose work day is) in the month. A punch time that cannot be read is an error
 * on any row, since the punch might be the month's.
 */
export function readPunches(grid: SheetGrid, month: Month, issues: Issue[]): PunchesRead {
  const reader = fieldReaderFor(grid, inputSheet('punches'), issues);
  if (!reader) return { punches: PunchLog.empty, rowCount: 0 };
  const punches = new PunchLogBuilder();
  const near = readDays(month);
  const hasDateColumn = reader.has('date');
  let rowCount = 0;
  for (let rowIndex = reader.firstDataRow; rowIndex < reader.endRow; rowIndex++) {
    if (!reader.moveTo(rowIndex)) continue;
    const time = reader.punch('punchTime', true, 'INVALID_DATETIME');
    if (time === undefined || time.kind === 'none') continue;
    const { clock, dayOffset } = time;
    const timeOfDay = clock.date === undefined;
    const workDate = timeOfDay ? reader.date('date', hasDateColumn) : undefined;
    if (timeOfDay && !hasDateColumn) reader.reject('punchTime', 'INVALID_DATETIME');
    const date = clock.date ?? workDate;
    if (date === undefined || date < near.first || date > near.last) continue;
    if (monthOf(date) === month) rowCount++;
    const employeeId = reader.id('employeeId');
    const status = reader.word('status', statusOf, 'INVALID_ENTRY_STATUS', 'error');
    const source = reader.text('source');
    if (reader.failed || employeeId === undefined || status === 'void') continue;
    punches.add({ employeeId, date, minuteOfDay: clock.minuteOfDay, timeOfDay, dayOffset, source, ref: reader.ref });
  }
  return { punches: punches.build(), rowCount };
}
