import { dayNumber, isValidIsoDate, isoDate, type IsoDate } from '../../engine/calendar';
import type { CellValue } from '../grid';
import { isoDateOfSerialDay, splitSerial } from './excel-serial';
import { toHalfWidth } from './normalize-text';
import { minuteOfDayFromText } from './parse-time-text';

/**
 * Dates in cells (SPEC §2): serial numbers (a time part is ignored) or text such as
 * `2026-11-05`, `2026/11/5`, `2026.11.5`, `2026年11月5日`, `2026-11-05 08:31`; month first
 * with a four-digit year as US exports write it (`11/05/2026`); a two-digit year with hyphens
 * as DingTalk writes it (`26-11-05`); and a weekday after the date (`2026-11-05 星期四`,
 * `26-11-05 周四`, `2026-11-05 (Thu)`), which must be the date's. Impossible dates such as
 * 2026-02-30 are no dates.
 */
const YEAR_FIRST = /^(\d{4}|\d{2})\s*([-/.年])\s*(\d{1,2})\s*([-/.月])\s*(\d{1,2})(?:\s*([日号]))?/;
const MONTH_FIRST = /^(\d{1,2})\/(\d{1,2})\/(\d{4})/;
const WEEKDAY = /^[\s,]*[(（]?\s*(?:星期|周|礼拜)([一二三四五六日天])\s*[)）]?|^[\s,]*[(（]?\s*(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?\s*[)）]?/i;
const zhWeekdays = '日一二三四五六';
const enWeekdays = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

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

interface DatePart {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** The text after the date. */
  readonly rest: string;
}

function yearFirst(text: string): DatePart | undefined {
  const match = YEAR_FIRST.exec(text);
  if (!match) return undefined;
  const [whole, yearText, firstSeparator, monthText, secondSeparator, dayText, daySuffix] = match;
  const chineseForm = firstSeparator === '年';
  if (chineseForm ? secondSeparator !== '月' : secondSeparator !== firstSeparator || daySuffix !== undefined) return undefined;
  // A two-digit year only as DingTalk writes it, with hyphens: 05/11/26 could be a day first.
  if (yearText.length === 2 && firstSeparator !== '-') return undefined;
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  return { year, month: Number(monthText), day: Number(dayText), rest: text.slice(whole.length) };
}

function datePart(text: string): DatePart | undefined {
  const found = yearFirst(text);
  if (found) return found;
  const match = MONTH_FIRST.exec(text);
  if (!match) return undefined;
  const [whole, monthText, dayText, yearText] = match;
  return { year: Number(yearText), month: Number(monthText), day: Number(dayText), rest: text.slice(whole.length) };
}

/** The weekday (0 = Sunday) a matched weekday word names. */
function weekdayOf(match: RegExpExecArray): number {
  return match[1] !== undefined ? zhWeekdays.indexOf(match[1] === '天' ? '日' : match[1]) : enWeekdays.indexOf(match[2].toLowerCase());
}

/** A date, with its time when one follows, from half-width trimmed text. */
export function dateFromText(text: string): DateText | undefined {
  const part = datePart(text);
  if (part === undefined || !isValidIsoDate(part.year, part.month, part.day)) return undefined;
  const date = isoDate(part.year, part.month, part.day);
  let rest = part.rest;
  const weekday = WEEKDAY.exec(rest);
  if (weekday) {
    if (weekdayOf(weekday) !== (dayNumber(date) + 4) % 7) return undefined;
    rest = rest.slice(weekday[0].length);
  }
  if (rest.trim() === '') return { date };
  // The time needs a space or a T before it, so that 2026-11-051 is no date.
  if (!/^(\s+|T)/.test(rest) && !weekday) return undefined;
  const minuteOfDay = minuteOfDayFromText(rest.replace(/^T/, '').trim());
  return minuteOfDay === undefined ? undefined : { date, minuteOfDay };
}
