/**
 * A timestamp from the workbook (ISO 8601) as local `YYYY-MM-DD HH:mm`, the same in both
 * languages and never ambiguous between day-first and month-first readers; text that is not a
 * timestamp is shown as it is.
 */
export function localTime(text: string): string {
  const time = new Date(text);
  if (Number.isNaN(time.getTime())) return text;
  const two = (value: number) => String(value).padStart(2, '0');
  return `${time.getFullYear()}-${two(time.getMonth() + 1)}-${two(time.getDate())} ${two(time.getHours())}:${two(time.getMinutes())}`;
}
