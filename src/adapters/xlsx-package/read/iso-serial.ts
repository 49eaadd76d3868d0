const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;

/**
 * A cell of type `d` (an ISO 8601 date, time, or both, as strict workbooks and some writers
 * store dates) as a 1900-system serial; a time alone (`T08:30:00` or `08:30:00`) is a time of
 * day. Text that is no such date stays text.
 */
export function isoSerial(text: string): number | string {
  const match = /^(?:(\d{4})-(\d{2})-(\d{2}))?(?:T?(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (!match || (!match[1] && !match[4])) return text;
  const seconds = (Number(match[4] ?? 0) * 3600 + Number(match[5] ?? 0) * 60 + Number(match[6] ?? 0)) / 86_400;
  if (!match[1]) return seconds;
  const days = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY + UNIX_EPOCH_SERIAL;
  return days + seconds;
}
