import type { Policy } from '../../engine/policy';
import type { ExpectedValue, PolicyParameterKey } from '../../i18n/labels';

/**
 * The single values of the policy (SPEC §3), each with the constraint its cell must meet.
 * Every key is `group.field` of `Policy`, so one reader and one writer serve them all.
 */
export type ValueKind = Exclude<ExpectedValue, 'yesNo' | 'text'>;

export const parameterKinds: { readonly [K in PolicyParameterKey]: ValueKind } = {
  'score.base': 'nonNegative',
  'score.max': 'nonNegative',
  'score.min': 'nonNegative',
  'salary.pivotScore': 'nonNegative',
  'salary.perPoint': 'nonNegative',
  'salary.limit': 'nonNegative',
  'salary.probationMonths': 'wholeFrom0',
  'attendance.graceMinutes': 'wholeFrom0',
  'attendance.checkInOpensMinutes': 'wholeFrom0',
  'attendance.checkOutClosesMinutes': 'wholeFrom0',
  'attendance.absenceDaysFlag': 'wholeFrom1',
  'escalation.moderateOccurrences': 'wholeFrom1',
  'escalation.minorOccurrences': 'wholeFrom1',
  'adjustment.min': 'number',
  'adjustment.max': 'number',
  'kpi.perfectExamScore': 'nonNegative',
  'kpi.failingExamBelow': 'nonNegative',
  'flags.scoreBelow': 'nonNegative',
  'flags.lastPlaceBelow': 'nonNegative',
};

/** The sheet's row order: score, salary, attendance, escalation, adjustment, exam, flags. */
export const parameterKeys = Object.keys(parameterKinds) as PolicyParameterKey[];

/** Pairs that must stay in order, `[lower, higher]`: min ≤ base ≤ max, adjustment min ≤ max. */
export const orderedParameters: readonly (readonly [PolicyParameterKey, PolicyParameterKey])[] = [
  ['score.min', 'score.base'],
  ['score.base', 'score.max'],
  ['adjustment.min', 'adjustment.max'],
];

function split(key: PolicyParameterKey): [keyof Policy, string] {
  const [group, field] = key.split('.');
  return [group as keyof Policy, field];
}

export function parameterValue(policy: Policy, key: PolicyParameterKey): number {
  const [group, field] = split(key);
  return (policy[group] as unknown as Record<string, number>)[field];
}

export function withParameter(policy: Policy, key: PolicyParameterKey, value: number): Policy {
  const [group, field] = split(key);
  return { ...policy, [group]: { ...(policy[group] as object), [field]: value } };
}

/** Whether a number meets its kind's constraint. */
export function fitsKind(value: number, kind: ValueKind): boolean {
  switch (kind) {
    case 'number':
      return Number.isFinite(value);
    case 'nonNegative':
      return Number.isFinite(value) && value >= 0;
    case 'wholeFrom0':
      return Number.isInteger(value) && value >= 0;
    case 'wholeFrom1':
      return Number.isInteger(value) && value >= 1;
  }
}
