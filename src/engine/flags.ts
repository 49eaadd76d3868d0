import type { Policy } from './policy';
import type { HistoryRow } from './records';
import type { Flag } from './results';

export interface FlagFacts {
  readonly score: number;
  readonly lastPlace: boolean;
  readonly absenceDays: number;
  readonly dismissalOffence: boolean;
}

/** SPEC §3.7 review flags, in a fixed order. `previous` is the employee's history row for the month before. */
export function flagsFor(facts: FlagFacts, previous: HistoryRow | undefined, policy: Policy): Flag[] {
  const { scoreBelow, lastPlaceBelow } = policy.flags;
  const flags: Flag[] = [];
  if (facts.score < scoreBelow) flags.push('SCORE_BELOW_60');
  // 连续两个月最后一名且低于70分: both months last and below the mark.
  const lastAndLow = facts.lastPlace && facts.score < lastPlaceBelow;
  if (lastAndLow && previous !== undefined && previous.lastPlace && previous.score < lastPlaceBelow) flags.push('LAST_PLACE_TWICE');
  if (facts.absenceDays >= policy.attendance.absenceDaysFlag) flags.push('ABSENCE_DAYS');
  if (facts.dismissalOffence) flags.push('DISMISSAL_OFFENCE');
  return flags;
}
