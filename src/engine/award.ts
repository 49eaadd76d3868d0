import type { Policy } from './policy';
import type { HistoryRow } from './records';

export interface AwardOutcome {
  /** Consecutive months at rank 1 ending with this month; 0 when not first. */
  readonly firstPlaceRun: number;
  readonly award: number;
}

/**
 * SPEC §3.6 特别奖: each employee ranked 1st gets the amount for their run of consecutive
 * months at rank 1 (50, 100, then 200 for the third and each after). `previous` is the
 * employee's history row for the calendar month before, when there is one.
 */
export function awardFor(rank: number, previous: HistoryRow | undefined, policy: Policy): AwardOutcome {
  if (rank !== 1) return { firstPlaceRun: 0, award: 0 };
  const firstPlaceRun = previous?.rank === 1 ? Math.max(previous.firstPlaceRun, 1) + 1 : 1;
  const { amounts } = policy.award;
  const award = amounts.length === 0 ? 0 : amounts[Math.min(firstPlaceRun, amounts.length) - 1];
  return { firstPlaceRun, award };
}
