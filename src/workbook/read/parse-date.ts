import { isValidIsoDate, isoDate, type IsoDate } from '../../engine/calendar';
import type { CellValue } from '../grid';
import { isoDateOfSerialDay, splitSerial } from './excel-serial';
import { toHalfWidth } from './normalize-text';
import { minuteOfDayFromText } from './parse-time-text';

/**
 * Dates in cells (SPEC §2): serial numbers (a time part is ignored) or text such as
 * `2026-11-05`, `2026/11/5`, `2026.11.5`, `2026年11月5日`, `2026-11-05 08:31`. Impossible
 * dates such as 2026-02-30 are no dates.
 */
const DATE_TEXT = /^(\d{4})\s*([-/.年])\s*(\d{1,2})\s*([-/.月])\s*(\d{1,2})\s*([日号]?)(?:(?:\s+|T)(.*))?$/;

export interface DateText {
  readonly date: IsoDate;
  /** Present when the text carries a time after the date; 1440 for `24:00`. */
  readonly minuteOfDay?: number;
}

/** The date of a non-blank cell, or undefined when the cell holds no date. */
export function dateFromCell(cell: Exclude<CellValue, null>): IsoDate | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? isoDateOfSerialDay(splitSerial(cell).day) : undefined;
  if (typeof cell === 'string') return dateFromText(toHalfWidth(cell).trim())?.date;
  return undefined;
}

/** A date, with its time when one follows, from half-width trimmed text. */
export function dateFromText(text: string): DateText | undefined {
  const match = DATE_TEXT.exec(text);
  if (!match) return undefined;
  const [, yearText, firstSeparator, monthText, secondSeparator, dayText, daySuffix, timeText] = match;
  const chineseForm = firstSeparator === '年';
  if (chineseForm ? secondSeparator !== '月' : secondSeparator !== firstSeparator || daySuffix !== '') return undefined;
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (!isValidIsoDate(year, month, day)) return undefined;
  const date = isoDate(year, month, day);
  if (timeText === undefined) return { date };
  const minuteOfDay = minuteOfDayFromText(timeText.trim());
  return minuteOfDay === undefined ? undefined : { date, minuteOfDay };
}
