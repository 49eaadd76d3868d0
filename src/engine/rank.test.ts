import fc from 'fast-check';
import { standings } from './rank';

const scores = (pairs: [string, number][]) => new Map(pairs);

describe('standings (SPEC §3.7)', () => {
  it('ranks highest first with ties sharing a rank: 1, 2, 2, 4', () => {
    const result = standings(scores([['a', 70], ['b', 85], ['c', 90], ['d', 85]]));
    expect([...result].sort()).toEqual([
      ['a', { rank: 4, lastPlace: true }],
      ['b', { rank: 2, lastPlace: false }],
      ['c', { rank: 1, lastPlace: false }],
      ['d', { rank: 2, lastPlace: false }],
    ]);
  });

  it('ranks everyone tied for first as 1', () => {
    const result = standings(scores([['a', 90], ['b', 90], ['c', 80]]));
    expect(result.get('a')?.rank).toBe(1);
    expect(result.get('b')?.rank).toBe(1);
    expect(result.get('c')?.rank).toBe(3);
  });

  it('marks everyone tied for the lowest score as last place', () => {
    const result = standings(scores([['a', 90], ['b', 60], ['c', 60]]));
    expect(result.get('b')).toEqual({ rank: 2, lastPlace: true });
    expect(result.get('c')).toEqual({ rank: 2, lastPlace: true });
    expect(result.get('a')?.lastPlace).toBe(false);
  });

  it('has no last place with a single scored employee, and one with two', () => {
    expect(standings(scores([['a', 50]])).get('a')).toEqual({ rank: 1, lastPlace: false });
    expect(standings(scores([['a', 50], ['b', 51]])).get('a')).toEqual({ rank: 2, lastPlace: true });
  });

  it('gives each rank as 1 + the number of strictly higher scores', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 1, maxLength: 30 }), (values) => {
        const result = standings(new Map(values.map((value, index) => [`e${index}`, value])));
        values.forEach((value, index) => {
          expect(result.get(`e${index}`)?.rank).toBe(1 + values.filter((other) => other > value).length);
        });
      }),
    );
  });
});
