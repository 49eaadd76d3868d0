import fc from 'fast-check';
import { SeededRandom } from './seeded-random';

const draws = (random: SeededRandom, count: number): number[] => Array.from({ length: count }, () => random.next());

describe('SeededRandom', () => {
  it('repeats its sequence for the same seed', () => {
    expect(draws(new SeededRandom(42), 20)).toEqual(draws(new SeededRandom(42), 20));
  });

  it('gives another sequence for another seed', () => {
    expect(draws(new SeededRandom(42), 20)).not.toEqual(draws(new SeededRandom(43), 20));
  });

  it('draws numbers in [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        for (const value of draws(new SeededRandom(seed), 50)) {
          expect(value).toBeGreaterThanOrEqual(0);
          expect(value).toBeLessThan(1);
        }
      }),
    );
  });

  it('draws whole numbers within both bounds, reaching each bound', () => {
    const random = new SeededRandom(7);
    const seen = new Set(Array.from({ length: 500 }, () => random.int(3, 6)));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
  });

  it('spreads draws evenly enough for a sample', () => {
    const random = new SeededRandom(1);
    const hits = Array.from({ length: 10_000 }, () => random.chance(0.25)).filter(Boolean).length;
    expect(hits).toBeGreaterThan(2_300);
    expect(hits).toBeLessThan(2_700);
  });

  it('picks only items of the list and refuses an empty one', () => {
    const random = new SeededRandom(5);
    expect(['a', 'b']).toContain(random.pick(['a', 'b']));
    expect(() => random.pick([])).toThrow(RangeError);
  });
});
