/** Chinese numerals beside a date or time word can read as a date in a Chinese Excel. */
const CHINESE_DATE = /[〇零一二三四五六七八九十廿卅百千万][年月日时時分秒点點]/;

/**
 * Whether Excel keeps `text`, written into a General cell, as that very text. Deliberately
 * narrow: no digit of any script (numbers, dates, times, percentages, fractions), no leading
 * formula or sign marker (`=`, `+`, `-`, `@`, `#` for error constants, `'`, and their
 * full-width forms), not TRUE or FALSE, no Chinese numeral date. Any other text is formatted
 * `@` before it is written; text this passes ("有效", "系统计算", "Valid") skips that operation.
 */
export function keptAsTyped(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed === '') return false;
  if (/^[=+\-@#'＝＋－＠＃]/.test(trimmed)) return false;
  if (/\p{Nd}/u.test(text)) return false;
  if (/^(true|false)$/i.test(trimmed)) return false;
  return !CHINESE_DATE.test(text);
}
