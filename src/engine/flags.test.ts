import { defaultPolicy } from './default-policy';
import { historyRow } from './fixtures';
import { flagsFor, type FlagFacts } from './flags';

const calm: FlagFacts = { score: 80, lastPlace: false, absenceDays: 0, dismissalOffence: false };

describe('flagsFor (SPEC §3.7)', () => {
  it('raises nothing for an ordinary month', () => {
    expect(flagsFor(calm, undefined, defaultPolicy)).toEqual([]);
  });

  it('raises SCORE_BELOW_60 at 59.5 but not at 60', () => {
    expect(flagsFor({ ...calm, score: 59.5 }, undefined, defaultPolicy)).toEqual(['SCORE_BELOW_60']);
    expect(flagsFor({ ...calm, score: 60 }, undefined, defaultPolicy)).toEqual([]);
  });

  it('raises LAST_PLACE_TWICE when last and below 70 this month and the month before', () => {
    const before = historyRow({ lastPlace: true, score: 69.5 });
    expect(flagsFor({ ...calm, score: 65, lastPlace: true }, before, defaultPolicy)).toEqual(['LAST_PLACE_TWICE']);
  });

  it('does not raise LAST_PLACE_TWICE at 70 this month or at 70 the month before', () => {
    const before = historyRow({ lastPlace: true, score: 60 });
    expect(flagsFor({ ...calm, score: 70, lastPlace: true }, before, defaultPolicy)).toEqual([]);
    expect(flagsFor({ ...calm, score: 60, lastPlace: true }, historyRow({ lastPlace: true, score: 70 }), defaultPolicy)).toEqual([]);
  });

  it('does not raise LAST_PLACE_TWICE when not last in either month or without history', () => {
    const last = { ...calm, score: 60, lastPlace: true };
    expect(flagsFor(last, historyRow({ lastPlace: false, score: 50 }), defaultPolicy)).toEqual([]);
    expect(flagsFor({ ...last, lastPlace: false }, historyRow({ lastPlace: true, score: 50 }), defaultPolicy)).toEqual([]);
    expect(flagsFor(last, undefined, defaultPolicy)).toEqual([]);
  });

  it('raises ABSENCE_DAYS at 3 absence days but not at 2', () => {
    expect(flagsFor({ ...calm, absenceDays: 3 }, undefined, defaultPolicy)).toEqual(['ABSENCE_DAYS']);
    expect(flagsFor({ ...calm, absenceDays: 2 }, undefined, defaultPolicy)).toEqual([]);
  });

  it('raises DISMISSAL_OFFENCE for a dismissal offence', () => {
    expect(flagsFor({ ...calm, dismissalOffence: true }, undefined, defaultPolicy)).toEqual(['DISMISSAL_OFFENCE']);
  });

  it('lists the flags in a fixed order', () => {
    const everything = { score: 20, lastPlace: true, absenceDays: 5, dismissalOffence: true };
    expect(flagsFor(everything, historyRow({ lastPlace: true, score: 40 }), defaultPolicy)).toEqual([
      'SCORE_BELOW_60',
      'LAST_PLACE_TWICE',
      'ABSENCE_DAYS',
      'DISMISSAL_OFFENCE',
    ]);
  });
});
