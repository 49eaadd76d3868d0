import { dayNumber, isoDate, MINUTES_PER_DAY, type IsoDate } from '../../engine/calendar';

/** Days from Excel's 1900-system epoch (1899-12-30) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/** The 1900-system serial number Excel stores for a date. */
export function dateSerial(date: IsoDate): number {
  return dayNumber(date) + UNIX_EPOCH_SERIAL;
}

/** A time of day as the fraction of a day Excel stores. */
export function timeSerial(minuteOfDay: number): number {
  return minuteOfDay / MINUTES_PER_DAY;
}

/** `2026-12-01 09:30` in the local time of the machine that computes (what the supervisor saw on the clock). */
export function localTimestamp(at: Date): string {
  const two = (value: number): string => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ${two(at.getHours())}:${two(at.getMinutes())}`;
}

/** The serial of a moment as the local clock of the machine that computes shows it, to the minute. */
export function localDateTimeSerial(at: Date): number {
  const day = dateSerial(isoDate(at.getFullYear(), at.getMonth() + 1, at.getDate()));
  return day + timeSerial(at.getHours() * 60 + at.getMinutes());
}
