import { isoDate, type IsoDate } from '../../engine/calendar';

/**
 * Excel serial numbers in the 1900 date system (the grids always carry this system, see
 * `grid.ts`). Serial 1 is 1900-01-01; serial 60 is Excel's phantom 1900-02-29, which is no
 * date at all; from serial 61 on, the serial counts days since 1899-12-30.
 */
const SECONDS_PER_DAY = 86_400;
const PHANTOM_LEAP_DAY = 60;
/** 10000-01-01, the first serial Excel no longer shows as a date. */
const END_OF_SERIALS = 2_958_466;
/** Days from 0000-03-01 to 1970-01-01, for the civil calendar arithmetic below. */
const DAYS_0000_03_01_TO_EPOCH = 719_468;
/** Serial 61 (1900-03-01) as days since 1970-01-01. */
const SERIAL_61_DAY_NUMBER = -25_508;

export interface SerialParts {
  /** The whole-day serial. */
  readonly day: number;
  /** Seconds after midnight, 0 to 86,399. */
  readonly second: number;
}

/**
 * Splits a serial into its day and its second of the day. The serial is rounded to the
 * nearest second first, so that 0.3499999… (a stored 08:24:00) is not read as 08:23:59.
 */
export function splitSerial(serial: number): SerialParts {
  const seconds = Math.round(serial * SECONDS_PER_DAY);
  const day = Math.floor(seconds / SECONDS_PER_DAY);
  return { day, second: seconds - day * SECONDS_PER_DAY };
}

/** The calendar date of a whole-day serial; undefined for 0, 60, negatives and beyond year 9999. */
export function isoDateOfSerialDay(day: number): IsoDate | undefined {
  if (day < 1 || day >= END_OF_SERIALS || day === PHANTOM_LEAP_DAY) return undefined;
  // Before the phantom leap day, serials run one day behind the true calendar.
  const dayNumber = day < PHANTOM_LEAP_DAY ? SERIAL_61_DAY_NUMBER - (PHANTOM_LEAP_DAY - day) : SERIAL_61_DAY_NUMBER + (day - 61);
  return civilDate(dayNumber);
}

/** Days since 1970-01-01 as a date, by Howard Hinnant's `civil_from_days` (no Date objects). */
function civilDate(dayNumber: number): IsoDate {
  const z = dayNumber + DAYS_0000_03_01_TO_EPOCH;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365);
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthPrime = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthPrime + 2) / 5) + 1;
  const month = monthPrime < 10 ? monthPrime + 3 : monthPrime - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return isoDate(year, month, day);
}
