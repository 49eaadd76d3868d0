import type { ChangedValues, EmployeeChange } from '../../engine/changes';
import type { Lang } from '../../i18n/lang';
import { logLabels, type ChangeField, type LogAction } from '../../i18n/log-labels';

/** One row of the compute log (SPEC §4.3), before it is laid out. */
export interface LogEntry {
  readonly at: Date;
  readonly action: LogAction;
  /** The month (`2026-11`) or the period (`2026-Q4`, `2026`). */
  readonly target: string;
  /** The language the tabs were written in. */
  readonly lang: Lang;
  readonly employees: number;
  readonly salaryTotal: number;
  readonly awardTotal: number;
  readonly inputFingerprint: string;
  readonly policyFingerprint: string;
  /** The changes in words, in the log's language. */
  readonly changes: string;
}

/** At most this many employees are named in one log row: a policy change can move everyone. */
export const NAMED_CHANGES = 20;

const fields: readonly ChangeField[] = ['score', 'grade', 'rank', 'salaryAdjustment', 'award'];

const signed = (value: number): string => (value > 0 ? `+${value}` : value < 0 ? `−${-value}` : '0');

function shown(field: ChangeField, values: ChangedValues): string {
  const value = values[field];
  return field === 'salaryAdjustment' && typeof value === 'number' ? signed(value) : String(value);
}

/** One employee's change in words: `1001 王芳 (score 78→80, grade C→B)`, `1009 张三 (added)`. */
export function employeeWords(change: EmployeeChange, lang: Lang): string {
  const words = logLabels(lang);
  if (!change.before) return words.employee(change, [words.added]);
  if (!change.after) return words.employee(change, [words.removed]);
  const { before, after } = change;
  const parts = fields
    .filter((field) => before[field] !== after[field])
    .map((field) => `${words.fields[field]} ${shown(field, before)}→${shown(field, after)}`);
  return words.employee(change, parts);
}

/**
 * A recompute's changes in words, in `lang`: each changed employee with the values that moved
 * (`1001 王芳 (score 78→80, grade C→B)`), the first NAMED_CHANGES of them; a first compute and
 * a recompute without changes say so.
 */
export function changesInWords(changes: readonly EmployeeChange[], recompute: boolean, lang: Lang): string {
  const words = logLabels(lang);
  if (!recompute) return words.firstCompute;
  if (changes.length === 0) return words.noChanges;
  const named = changes.slice(0, NAMED_CHANGES).map((change) => employeeWords(change, lang));
  const rest = changes.length - named.length;
  const list = named.join(words.entrySeparator) + (rest > 0 ? `${words.entrySeparator}${words.more(rest)}` : '');
  return words.changed(changes.length, list);
}
