import type { Lang } from '../i18n/lang';

/** A timestamp from the workbook (ISO 8601) in the reader's local time; unreadable text as it is. */
export function localTime(text: string, lang: Lang): string {
  const time = new Date(text);
  if (Number.isNaN(time.getTime())) return text;
  return time.toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB', {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
  });
}
