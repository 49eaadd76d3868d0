import { defaultPolicy } from './default-policy';
import { latenessOutcome } from './lateness';

const tiers = defaultPolicy.attendance.lateTiers;

describe('latenessOutcome', () => {
  it('is on time at 0 minutes and when early', () => {
    expect(latenessOutcome(0, tiers)).toEqual({ kind: 'onTime' });
    expect(latenessOutcome(-30, tiers)).toEqual({ kind: 'onTime' });
  });

  it('costs 2 points from 1 to 5 minutes', () => {
    expect(latenessOutcome(1, tiers)).toEqual({ kind: 'tier', points: 2 });
    expect(latenessOutcome(5, tiers)).toEqual({ kind: 'tier', points: 2 });
  });

  it('costs 5 points from 6 to 10 minutes', () => {
    expect(latenessOutcome(6, tiers)).toEqual({ kind: 'tier', points: 5 });
    expect(latenessOutcome(10, tiers)).toEqual({ kind: 'tier', points: 5 });
  });

  it('is an absence beyond 10 minutes', () => {
    expect(latenessOutcome(11, tiers)).toEqual({ kind: 'absence' });
  });

  it('makes any lateness an absence when the policy has no tiers', () => {
    expect(latenessOutcome(1, [])).toEqual({ kind: 'absence' });
  });
});
