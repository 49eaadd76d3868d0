import type { PolicySheetKey } from '../../i18n/labels';
import { labels } from '../../i18n/labels';
import type { ColumnDefinition } from '../schema';

/**
 * The visible sheets on which HR sets the policy (SPEC §2 Policy, §3). Each is found by its
 * Chinese or English name or an alias, like the input sheets, and its columns by their
 * headers in either language.
 */
export interface PolicySheetDefinition {
  readonly key: PolicySheetKey;
  readonly zh: string;
  readonly en: string;
  readonly aliases: readonly string[];
  readonly columns: readonly ColumnDefinition[];
}

const zh = labels('zh').policySheets;
const en = labels('en').policySheets;

type ColumnLabels = { readonly [field: string]: string };

/** Columns named by the same field in both catalogues; `required` lists the ones a sheet cannot do without. */
function columnsOf<T extends ColumnLabels>(
  zhColumns: T,
  enColumns: T,
  kinds: { readonly [K in keyof T]: ColumnDefinition['kind'] },
  required: readonly (keyof T & string)[],
): ColumnDefinition[] {
  return (Object.keys(zhColumns) as (keyof T & string)[]).map((field) => ({
    field,
    zh: zhColumns[field],
    en: enColumns[field],
    required: required.includes(field),
    kind: kinds[field],
  }));
}

const sheet = (key: PolicySheetKey, aliases: readonly string[], columns: readonly ColumnDefinition[]): PolicySheetDefinition => ({
  key,
  zh: labels('zh').sheets.policy[key],
  en: labels('en').sheets.policy[key],
  aliases,
  columns,
});

export const parametersSheet = sheet(
  'parameters',
  ['政策参数', '考核参数', 'Parameters', 'Policy parameters'],
  columnsOf(zh.parameterColumns, en.parameterColumns, { key: 'text', item: 'text', value: 'number', note: 'text' }, ['value']),
);

export const catalogSheet = sheet(
  'catalog',
  ['扣分标准', '代码表', 'Codes', 'Rule catalog'],
  columnsOf(
    zh.catalogColumns,
    en.catalogColumns,
    { code: 'text', category: 'text', nameZh: 'text', nameEn: 'text', min: 'number', max: 'number', note: 'text' },
    ['code', 'category', 'min'],
  ),
);

export const gradesSheet = sheet(
  'grades',
  ['绩效等级', 'Grade bands'],
  columnsOf(zh.gradeColumns, en.gradeColumns, { grade: 'text', lowerBound: 'number', included: 'text', note: 'text' }, ['grade', 'lowerBound']),
);

export const lateTiersSheet = sheet(
  'lateTiers',
  ['迟到扣分', 'Lateness tiers', 'Late tier'],
  columnsOf(zh.lateTierColumns, en.lateTierColumns, { upToMinutes: 'number', points: 'number', note: 'text' }, ['upToMinutes', 'points']),
);

export const awardSheet = sheet(
  'award',
  ['特别奖金额', 'Awards', 'Special award'],
  columnsOf(zh.awardColumns, en.awardColumns, { month: 'number', amount: 'number', note: 'text' }, ['month', 'amount']),
);

export const policySheetDefinitions: readonly PolicySheetDefinition[] = [parametersSheet, catalogSheet, gradesSheet, lateTiersSheet, awardSheet];

/** Every name a policy sheet is known by, for templates that must not touch an existing one. */
export function policySheetNames(definition: PolicySheetDefinition): string[] {
  return [definition.zh, definition.en, ...definition.aliases];
}
