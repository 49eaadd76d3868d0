import { clamp, fromUnits, toUnits } from './decimal';
import type { Policy } from './policy';
import type { Bucket, LineItem } from './results';

export interface ScoreTotals {
  readonly attendanceDeduction: number;
  readonly violationDeduction: number;
  readonly bonus: number;
  /** Signed. */
  readonly adjustment: number;
}

/** The scorecard's columns: each item's points summed into its bucket, exactly (SPEC §3.2). */
export function totalsOf(items: readonly LineItem[]): ScoreTotals {
  const units: Record<Bucket, number> = { attendance: 0, violation: 0, bonus: 0, adjustment: 0, none: 0 };
  for (const item of items) units[item.bucket] += toUnits(item.points);
  return {
    attendanceDeduction: fromUnits(units.attendance),
    violationDeduction: fromUnits(units.violation),
    bonus: fromUnits(units.bonus),
    adjustment: fromUnits(units.adjustment),
  };
}

/**
 * SPEC §3.2: score = base − attendance − violations + bonuses + adjustment, held within
 * [min, max] (总分在110分以上仍按110分计算). Summed in exact units, so 80 − 0.1 − 0.2 is 79.7.
 */
export function scoreOf(totals: ScoreTotals, policy: Policy): { readonly rawScore: number; readonly score: number } {
  const raw =
    toUnits(policy.score.base) -
    toUnits(totals.attendanceDeduction) -
    toUnits(totals.violationDeduction) +
    toUnits(totals.bonus) +
    toUnits(totals.adjustment);
  const rawScore = fromUnits(raw);
  return { rawScore, score: clamp(rawScore, policy.score.min, policy.score.max) };
}
