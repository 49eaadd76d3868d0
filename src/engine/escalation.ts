import { RuleCode } from './policy';
import type { LineItem } from './results';
import type { RuleBook } from './rule-book';

/** Occurrences of minor and moderate offences this month: each item counts its Times. */
export function occurrences(items: readonly LineItem[]): { readonly moderate: number; readonly minor: number } {
  let moderate = 0;
  let minor = 0;
  for (const item of items) {
    if (item.voided) continue;
    if (item.category === 'moderate') moderate += item.times;
    else if (item.category === 'minor') minor += item.times;
  }
  return { moderate, minor };
}

/**
 * SPEC §3.2 (当月未良好履行职责): enough moderate or minor occurrences in the month, attendance
 * L04 and KPI M07 included, add one S05, once per month however far past the threshold.
 */
export function escalationItem(employeeId: string, items: readonly LineItem[], book: RuleBook): LineItem | undefined {
  const counts = occurrences(items);
  const { moderateOccurrences, minorOccurrences } = book.policy.escalation;
  if (counts.moderate < moderateOccurrences && counts.minor < minorOccurrences) return undefined;
  const entry = book.wired(RuleCode.escalation);
  return {
    employeeId,
    code: entry.code,
    category: entry.category,
    bucket: 'violation',
    times: 1,
    pointsPerTime: entry.min,
    points: entry.min,
    voided: false,
    source: 'computed',
    basis: { kind: 'escalation', ...counts },
  };
}
