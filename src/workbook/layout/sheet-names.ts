import type { Month } from '../../engine/calendar';
import type { Period } from '../../engine/period';
import type { Lang } from '../../i18n/lang';
import { labels } from '../../i18n/labels';
import { normalizeText } from '../read/normalize-text';

/** Excel refuses these in a sheet name, and names longer than 31 characters. */
const FORBIDDEN = /[[\]:*?/\\]/g;
const MAX_LENGTH = 31;

/** A name Excel accepts: forbidden characters become `-`, no edge apostrophes, at most 31 characters. */
export function excelSheetName(name: string): string {
  const cleaned = withoutEdgeApostrophes(name.replace(FORBIDDEN, '-'));
  // Cutting at 31 can expose an apostrophe or a space at the new end.
  return withoutEdgeApostrophes(cleaned.slice(0, MAX_LENGTH)) || 'Sheet';
}

/** Strips spaces and apostrophes from both ends together, so " ' " leaves nothing behind. */
function withoutEdgeApostrophes(name: string): string {
  return name.replace(/^[\s']+|[\s']+$/g, '');
}

export function scorecardSheetName(month: Month, lang: Lang): string {
  return excelSheetName(labels(lang).sheets.scorecard(month));
}

/** A quarter's or year's tab (SPEC §4.2): `考核 2026-Q4`, `Scorecard 2026`. */
export function periodSheetName(period: Period, lang: Lang): string {
  return excelSheetName(labels(lang).sheets.scorecard(period));
}

export function detailsSheetName(month: Month, lang: Lang): string {
  return excelSheetName(labels(lang).sheets.details(month));
}

/** Sheet names compare trimmed, case-insensitive, full-width and half-width alike (SPEC §2). */
export function sameSheetName(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/** The workbook's actual names of the sheets known as any of `names`. */
export function existingNames(existing: readonly string[], names: readonly string[]): string[] {
  return existing.filter((sheet) => names.some((name) => sameSheetName(sheet, name)));
}
