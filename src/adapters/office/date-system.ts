/**
 * Excel's 1904 date system counts days from 1904-01-01; the rest of the add-in works in the
 * 1900 system. A date's serial differs by 1,462 days between the two.
 */
export const DAYS_BETWEEN_DATE_SYSTEMS = 1462;

/**
 * Whether a number format shows a date (not just a time or a number): it has a day or year
 * code outside quoted text, escapes and [brackets]. `h:mm` is a time and unaffected by the
 * date system; `yyyy-mm-dd`, `m/d` and `yyyy"年"m"月"` are dates.
 */
export function isDateFormat(format: string): boolean {
  const codes = format
    .split(';')[0]
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/_.|\*./g, '');
  if (/General/i.test(codes)) return false;
  return /[dy]/i.test(codes) || /(^|[^hs:])m{3,}/i.test(codes);
}

export function serialFrom1904(serial: number): number {
  return serial + DAYS_BETWEEN_DATE_SYSTEMS;
}

export function serialTo1904(serial: number): number {
  return serial - DAYS_BETWEEN_DATE_SYSTEMS;
}
