import { logLabelsEn, logLabelsZh, type LogColumn } from '../../i18n/log-labels';
import type { ColumnDefinition } from '../schema';

/**
 * The compute log (SPEC §4.3: `考核日志` / `Compute log`), a visible sheet the add-in owns.
 * Found by either name, like the input sheets; its columns by their headers in either language.
 */
export const LOG_SHEET_NAMES = { zh: logLabelsZh.sheet, en: logLabelsEn.sheet } as const;

export const logColumns: readonly LogColumn[] = [
  'time',
  'action',
  'target',
  'language',
  'employees',
  'salaryTotal',
  'awardTotal',
  'inputFingerprint',
  'policyFingerprint',
  'changes',
];

/** A new log: title, note, a blank row, then the header on row 4. */
export const LOG_HEADER_ROW = 4;

/** The headers a log's header row is recognised by: any column, in either language. */
export const logColumnDefinitions: readonly ColumnDefinition[] = logColumns.map((column) => ({
  field: column,
  zh: logLabelsZh.columns[column],
  en: logLabelsEn.columns[column],
  required: column === 'time' || column === 'target',
  kind: 'text',
}));
