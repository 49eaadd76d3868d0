/**
 * Excel's 1904 date system counts days from 1904-01-01; the rest of the add-in works in the
 * 1900 system. A date's serial differs by 1,462 days between the two.
 */
export const DAYS_BETWEEN_DATE_SYSTEMS = 1462;

export { isDateFormat } from '../../workbook/number-format-kind';

export function serialFrom1904(serial: number): number {
  return serial + DAYS_BETWEEN_DATE_SYSTEMS;
}

export function serialTo1904(serial: number): number {
  return serial - DAYS_BETWEEN_DATE_SYSTEMS;
}
