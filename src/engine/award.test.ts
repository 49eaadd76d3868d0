import { awardFor } from './award';
import { defaultPolicy } from './default-policy';
import { historyRow } from './fixtures';

describe('awardFor (SPEC §3.6 特别奖)', () => {
  it('gives nothing below rank 1', () => {
    expect(awardFor(2, historyRow({ rank: 1, firstPlaceRun: 3 }), defaultPolicy)).toEqual({ firstPlaceRun: 0, award: 0 });
  });

  it('gives 50 for a first month at rank 1, with or without history', () => {
    expect(awardFor(1, undefined, defaultPolicy)).toEqual({ firstPlaceRun: 1, award: 50 });
    expect(awardFor(1, historyRow({ rank: 2 }), defaultPolicy)).toEqual({ firstPlaceRun: 1, award: 50 });
  });

  it('gives 100 for the second month in a row', () => {
    expect(awardFor(1, historyRow({ rank: 1, firstPlaceRun: 1 }), defaultPolicy)).toEqual({ firstPlaceRun: 2, award: 100 });
  });

  it('gives 200 for the third month in a row and for the fourth', () => {
    expect(awardFor(1, historyRow({ rank: 1, firstPlaceRun: 2 }), defaultPolicy)).toEqual({ firstPlaceRun: 3, award: 200 });
    expect(awardFor(1, historyRow({ rank: 1, firstPlaceRun: 3 }), defaultPolicy)).toEqual({ firstPlaceRun: 4, award: 200 });
  });

  it('trusts the previous rank over a run the history row failed to record', () => {
    expect(awardFor(1, historyRow({ rank: 1, firstPlaceRun: 0 }), defaultPolicy)).toEqual({ firstPlaceRun: 2, award: 100 });
  });

  it('takes the amounts from the policy, and gives nothing when there are none', () => {
    expect(awardFor(1, historyRow({ rank: 1, firstPlaceRun: 1 }), { ...defaultPolicy, award: { amounts: [80] } }).award).toBe(80);
    expect(awardFor(1, undefined, { ...defaultPolicy, award: { amounts: [] } }).award).toBe(0);
  });
});
