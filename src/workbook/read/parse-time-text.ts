/**
 * A time of day written as text: `8:31`, `08:31:20`, `8:31 PM`, `下午8:31`. Seconds are
 * dropped (SPEC §3.1: times compare in whole minutes). `24:00` is read as 1440, the end of
 * the day, so that callers can place it at the next day's midnight.
 */
const TIME_TEXT = /^(上午|下午|早上|晚上)?\s*(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(am|pm|a\.m\.|p\.m\.)?$/i;
const MINUTES_PER_DAY = 1440;

/** Minutes after midnight (0 to 1440) of half-width, trimmed text; undefined when it is no time. */
export function minuteOfDayFromText(text: string): number | undefined {
  const match = TIME_TEXT.exec(text);
  if (!match) return undefined;
  const [, zhMarker, hourText, minuteText, secondText, enMarker] = match;
  if (zhMarker && enMarker) return undefined;
  const hour = Number(hourText);
  const minute = Number(minuteText);
  const second = secondText === undefined ? 0 : Number(secondText);
  if (minute > 59 || second > 59) return undefined;
  const marker = zhMarker ?? enMarker;
  if (marker === undefined) {
    if (hour === 24 && minute === 0 && second === 0) return MINUTES_PER_DAY;
    return hour <= 23 ? hour * 60 + minute : undefined;
  }
  if (hour < 1 || hour > 12) return undefined;
  const afternoon = /^(下午|晚上|pm|p\.m\.)$/i.test(marker);
  const hour24 = (hour % 12) + (afternoon ? 12 : 0);
  return hour24 * 60 + minute;
}
