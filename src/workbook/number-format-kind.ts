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
