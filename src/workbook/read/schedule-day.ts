import { isValidIsoDate, isoDate, monthIndex, type IsoDate, type Month } from '../../engine/calendar';
import type { CellValue } from '../grid';
import { isoDateOfSerialDay } from './excel-serial';
import { toHalfWidth } from './normalize-text';
import { dateFromText } from './parse-date';

/**
 * A schedule's day headers (SPEC §2.1): a date (a date cell, or text `2026-11-03`, `11/3`,
 * `11月3日`) or a day of `month` (`3日`, or the number 3). A weekday may follow (`3 周二`,
 * `11/3 Tue`). Undefined for any other header, and for a day number the month does not have.
 */
const WEEKDAY_AFTER = /[\s(（]*(?:(?:星期|周|礼拜)[一二三四五六日天]|(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?)[)）]?\s*$/i;
const MONTH_AND_DAY = /^(\d{1,2})\s*(?:\/|月)\s*(\d{1,2})\s*[日号]?$/;
const DAY_ONLY = /^(\d{1,2})\s*[日号]?$/;
/** Serials below this are day numbers, not dates (serial 32 is 1900-02-01). */
const FIRST_DATE_SERIAL = 32;

function dayOf(month: Month, day: number): IsoDate | undefined {
  const year = Number(month.slice(0, 4));
  const monthNumber = Number(month.slice(5, 7));
  return isValidIsoDate(year, monthNumber, day) ? isoDate(year, monthNumber, day) : undefined;
}

/** A month and day without a year: in the year that puts it nearest to `month` (12/31 beside January is last year's). */
function nearestDate(month: Month, monthNumber: number, day: number): IsoDate | undefined {
  const year = Number(month.slice(0, 4));
  const candidates = [year - 1, year, year + 1].filter((candidate) => isValidIsoDate(candidate, monthNumber, day));
  const distance = (candidate: number) => Math.abs(candidate * 12 + monthNumber - 1 - monthIndex(month));
  const best = candidates.sort((a, b) => distance(a) - distance(b))[0];
  return best === undefined ? undefined : isoDate(best, monthNumber, day);
}

export function scheduleDayOf(cell: CellValue, month: Month): IsoDate | undefined {
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1) return undefined;
    return cell < FIRST_DATE_SERIAL ? dayOf(month, cell) : isoDateOfSerialDay(cell);
  }
  if (typeof cell !== 'string') return undefined;
  const text = toHalfWidth(cell).trim();
  const dated = dateFromText(text);
  if (dated !== undefined) return dated.minuteOfDay === undefined ? dated.date : undefined;
  const bare = text.replace(WEEKDAY_AFTER, '').trim();
  const monthAndDay = MONTH_AND_DAY.exec(bare);
  if (monthAndDay) return nearestDate(month, Number(monthAndDay[1]), Number(monthAndDay[2]));
  const dayOnly = DAY_ONLY.exec(bare);
  return dayOnly ? dayOf(month, Number(dayOnly[1])) : undefined;
}
