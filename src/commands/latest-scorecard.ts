import { isMonth } from '../engine/calendar';
import { labels } from '../i18n/labels';
import { languages } from '../i18n/lang';

/**
 * The scorecard tab of the most recent month among `sheetNames`, in either language
 * (`考核 2026-11`, `Scorecard 2026-11`); undefined when the workbook has none. A name only
 * counts when it is exactly what the layout names a scorecard tab (SPEC §4), so an input
 * sheet that merely ends in a month is never picked.
 */
export function latestScorecard(sheetNames: readonly string[]): string | undefined {
  let best: { readonly name: string; readonly month: string } | undefined;
  for (const name of sheetNames) {
    const month = name.slice(-7);
    if (!isMonth(month)) continue;
    const isScorecard = languages.some((lang) => labels(lang).sheets.scorecard(month) === name);
    if (isScorecard && (!best || month > best.month)) best = { name, month };
  }
  return best?.name;
}
