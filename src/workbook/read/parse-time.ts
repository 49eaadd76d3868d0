import { dayNumber, isoDateFromDayNumber, MINUTES_PER_DAY } from '../../engine/calendar';
import type { Clock } from '../../engine/records';
import type { CellValue } from '../grid';
import { isoDateOfSerialDay, splitSerial } from './excel-serial';
import { toHalfWidth } from './normalize-text';
import { dateFromText } from './parse-date';
import { minuteOfDayFromText } from './parse-time-text';

/**
 * Punches and shift times in cells (SPEC §2, §3.1). A serial below 1 is a time of day; a
 * serial of 1 or more is a date and time. Seconds are dropped after rounding the serial to
 * the nearest second, so 08:35:59 is 08:35 and a stored 0.3499999… is not a minute early.
 * `24:00` is midnight: date-less, minute 0; after a date, the next day's minute 0.
 */
export function clockFromCell(cell: Exclude<CellValue, null>): Clock | undefined {
  if (typeof cell === 'number') return clockFromSerial(cell);
  if (typeof cell === 'string') return clockFromText(toHalfWidth(cell).trim());
  return undefined;
}

function clockFromSerial(serial: number): Clock | undefined {
  if (!Number.isFinite(serial) || serial < 0) return undefined;
  const { day, second } = splitSerial(serial);
  const minuteOfDay = Math.floor(second / 60);
  if (day === 0) return { minuteOfDay };
  const date = isoDateOfSerialDay(day);
  return date === undefined ? undefined : { minuteOfDay, date };
}

function clockFromText(text: string): Clock | undefined {
  const minuteOfDay = minuteOfDayFromText(text);
  if (minuteOfDay !== undefined) return { minuteOfDay: minuteOfDay % MINUTES_PER_DAY };
  const dated = dateFromText(text);
  if (dated?.minuteOfDay === undefined) return undefined;
  if (dated.minuteOfDay < MINUTES_PER_DAY) return { minuteOfDay: dated.minuteOfDay, date: dated.date };
  return { minuteOfDay: 0, date: isoDateFromDayNumber(dayNumber(dated.date) + 1) };
}
