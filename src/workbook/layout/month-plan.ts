import type { Month } from '../../engine/calendar';
import type { MonthResult } from '../../engine/results';
import type { Lang } from '../../i18n/lang';
import { historySheet } from '../history/history-sheet';
import type { LayoutContext } from '../pipeline-types';
import type { SheetSpec, WritePlan } from '../sheet-spec';
import { detailsSheet } from './details-sheet';
import { scorecardSheet } from './scorecard-sheet';
import { detailsSheetName, existingNames, scorecardSheetName } from './sheet-names';

/** What the history sheet already records about other months, as `readHistory` gives it. */
export interface StoredMonths {
  readonly fingerprints: Readonly<Record<Month, string>>;
  readonly computedAt: Readonly<Record<Month, string>>;
}

const otherLang = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');

/** Entries of `record` for `months` other than `month`, then `month`'s new value. */
function replaced(record: Readonly<Record<Month, string>>, months: ReadonlySet<Month>, month: Month, value: string): Record<Month, string> {
  const kept = Object.entries(record).filter(([key]) => key !== month && months.has(key));
  return { ...Object.fromEntries(kept), [month]: value };
}

/**
 * What computing a month writes (SPEC §4): its scorecard and details tabs in the context's
 * language, the history with this month's rows in place of any earlier ones, the compute log
 * with its new row (SPEC §4.3), and the removal of the month's tabs in the other language, so
 * a month never has two sets of tabs.
 */
export function monthPlan(
  result: MonthResult,
  context: LayoutContext,
  stored: StoredMonths = { fingerprints: {}, computedAt: {} },
  log?: SheetSpec,
): WritePlan {
  const { month } = result;
  const scorecard = scorecardSheet(result, context);
  const rows = [...context.otherHistory.filter((row) => row.month !== month), ...result.history];
  const months = new Set(rows.map((row) => row.month));
  const history = historySheet(
    rows,
    replaced(stored.fingerprints, months, month, context.fingerprint),
    replaced(stored.computedAt, months, month, context.generatedAt.toISOString()),
  );
  const other = otherLang(context.lang);
  return {
    // The log first: a workbook's first compute puts it before the month's tabs, where it then stays.
    sheets: [...(log ? [log] : []), scorecard, detailsSheet(result, context), history],
    remove: existingNames(context.existingSheets, [scorecardSheetName(month, other), detailsSheetName(month, other)]),
    activate: scorecard.name,
  };
}
