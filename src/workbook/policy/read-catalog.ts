import { defaultCatalog } from '../../engine/default-policy';
import { RuleCode, type CatalogEntry, type Category } from '../../engine/policy';
import { labels } from '../../i18n/labels';
import { toHalfWidth } from '../read/normalize-text';
import { wordLookup } from '../read/word-lookup';
import { addressOf, dataRows, headerAddress, invalidTable, invalidValue, readNumber, readText, type PolicySheet } from './policy-cells';

const categories: readonly Category[] = ['minor', 'moderate', 'severe', 'dismissal', 'bonus', 'adjustment'];

/** Category words in either language, and the category ids themselves. */
const categoryOf = wordLookup(
  Object.fromEntries(
    categories.map((category) => [category, [category, labels('zh').categories[category], labels('en').categories[category]]]),
  ) as Record<Category, string[]>,
);

/** Deductions may move between minor, moderate and severe; a rule code may not become a bonus. */
const kindOf = (category: Category): string =>
  category === 'minor' || category === 'moderate' || category === 'severe' ? 'deduction' : category;

const ruleCodes: readonly string[] = Object.values(RuleCode);

function codeText(sheet: PolicySheet, rowIndex: number): string | undefined {
  const code = readText(sheet, rowIndex, 'code');
  return code.kind === 'value' ? toHalfWidth(code.value).trim().toUpperCase() : undefined;
}

function readEntry(sheet: PolicySheet, rowIndex: number, code: string): CatalogEntry | undefined {
  const categoryText = readText(sheet, rowIndex, 'category');
  const category = categoryText.kind === 'value' ? categoryOf(categoryText.value) : undefined;
  if (categoryText.kind !== 'value') {
    invalidValue(sheet, rowIndex, 'category', 'text');
    return undefined;
  }
  if (category === undefined) {
    invalidTable(sheet, addressOf(sheet, rowIndex, 'category'), (problems) => problems.unknownCategory(categoryText.value));
    return undefined;
  }
  const kind = category === 'adjustment' ? 'number' : 'nonNegative';
  const min = readNumber(sheet, rowIndex, 'min', kind);
  const max = readNumber(sheet, rowIndex, 'max', kind);
  if (min.kind === 'invalid' || max.kind === 'invalid') return undefined;
  if (min.kind === 'blank' && category !== 'dismissal') {
    invalidValue(sheet, rowIndex, 'min', kind);
    return undefined;
  }
  const low = min.kind === 'value' ? min.value : 0;
  const high = max.kind === 'value' ? max.value : low;
  if (low > high) {
    invalidTable(sheet, addressOf(sheet, rowIndex, 'max'), (problems) => problems.minAboveMax(code));
    return undefined;
  }
  const zh = readText(sheet, rowIndex, 'nameZh');
  const en = readText(sheet, rowIndex, 'nameEn');
  const fallback = defaultCatalog.find((entry) => entry.code === code)?.name ?? { zh: code, en: code };
  const nameZh = zh.kind === 'value' ? zh.value : en.kind === 'value' ? en.value : fallback.zh;
  const nameEn = en.kind === 'value' ? en.value : zh.kind === 'value' ? zh.value : fallback.en;
  return { code, category, name: { zh: nameZh, en: nameEn }, min: low, max: high };
}

/**
 * The catalog sheet (SPEC §3.3): one code per row. Duplicate codes, unknown categories, a
 * minimum above the maximum, and a rule code (L04, S01, S05, ADJ, B01, B02, B05, M07) removed
 * or turned into another kind of category are errors at their cells.
 */
export function readCatalog(sheet: PolicySheet): CatalogEntry[] {
  const entries: CatalogEntry[] = [];
  const seen = new Set<string>();
  for (const rowIndex of dataRows(sheet)) {
    const code = codeText(sheet, rowIndex);
    if (code === undefined) {
      invalidValue(sheet, rowIndex, 'code', 'text');
      continue;
    }
    if (seen.has(code)) {
      invalidTable(sheet, addressOf(sheet, rowIndex, 'code'), (problems) => problems.duplicateCode(code));
      continue;
    }
    seen.add(code);
    const entry = readEntry(sheet, rowIndex, code);
    if (!entry) continue;
    const rule = defaultCatalog.find((defaults) => defaults.code === code);
    if (rule && ruleCodes.includes(code) && kindOf(rule.category) !== kindOf(entry.category)) {
      invalidTable(sheet, addressOf(sheet, rowIndex, 'category'), (problems) => problems.ruleCodeCategory(code));
      continue;
    }
    entries.push(entry);
  }
  for (const code of ruleCodes) {
    if (!seen.has(code)) invalidTable(sheet, headerAddress(sheet, 'code'), (problems) => problems.ruleCodeMissing(code));
  }
  return entries;
}
