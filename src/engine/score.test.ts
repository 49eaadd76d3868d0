import fc from 'fast-check';
import { defaultPolicy } from './default-policy';
import type { Bucket, LineItem } from './results';
import { scoreOf, totalsOf, type ScoreTotals } from './score';

const none: ScoreTotals = { attendanceDeduction: 0, violationDeduction: 0, bonus: 0, adjustment: 0 };

function pointsIn(bucket: Bucket, points: number): LineItem {
  return {
    employeeId: '1001',
    code: 'X',
    category: 'minor',
    bucket,
    times: 1,
    pointsPerTime: points,
    points,
    voided: false,
    source: 'violations',
    basis: { kind: 'entered' },
  };
}

describe('totalsOf', () => {
  it('sums each bucket on its own and leaves the none bucket out', () => {
    const items = [
      pointsIn('attendance', 2),
      pointsIn('attendance', 20),
      pointsIn('violation', 10),
      pointsIn('bonus', 5),
      pointsIn('adjustment', -3),
      pointsIn('none', 0),
    ];
    expect(totalsOf(items)).toEqual({ attendanceDeduction: 22, violationDeduction: 10, bonus: 5, adjustment: -3 });
  });

  it('sums 0.1 and 0.2 to exactly 0.3', () => {
    expect(totalsOf([pointsIn('violation', 0.1), pointsIn('violation', 0.2)]).violationDeduction).toBe(0.3);
  });
});

describe('scoreOf', () => {
  it('starts from the base of 80', () => {
    expect(scoreOf(none, defaultPolicy)).toEqual({ rawScore: 80, score: 80 });
  });

  it('subtracts deductions and adds bonuses and the signed adjustment', () => {
    const totals = { attendanceDeduction: 7, violationDeduction: 10, bonus: 5, adjustment: -2 };
    expect(scoreOf(totals, defaultPolicy)).toEqual({ rawScore: 66, score: 66 });
  });

  it('computes 80 − 0.1 − 0.2 as exactly 79.7', () => {
    expect(scoreOf({ ...none, attendanceDeduction: 0.1, violationDeduction: 0.2 }, defaultPolicy).score).toBe(79.7);
  });

  it('holds 110 at the cap and 115 down to 110, keeping the raw score', () => {
    expect(scoreOf({ ...none, bonus: 30 }, defaultPolicy)).toEqual({ rawScore: 110, score: 110 });
    expect(scoreOf({ ...none, bonus: 35 }, defaultPolicy)).toEqual({ rawScore: 115, score: 110 });
  });

  it('holds 0 at the floor and −20 up to 0', () => {
    expect(scoreOf({ ...none, violationDeduction: 80 }, defaultPolicy)).toEqual({ rawScore: 0, score: 0 });
    expect(scoreOf({ ...none, violationDeduction: 100 }, defaultPolicy)).toEqual({ rawScore: -20, score: 0 });
  });

  it('always lands within [min, max] with no floating residue', () => {
    const points = fc.integer({ min: 0, max: 400 }).map((tenths) => tenths / 10);
    fc.assert(
      fc.property(points, points, points, fc.integer({ min: -50, max: 50 }).map((tenths) => tenths / 10), (a, v, b, adj) => {
        const { score } = scoreOf({ attendanceDeduction: a, violationDeduction: v, bonus: b, adjustment: adj }, defaultPolicy);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(110);
        // No residue: the score is the very double its decimal writing names (79.7, never 79.69999…).
        expect(Math.round(score * 1e6) / 1e6).toBe(score);
        expect(Number(score.toFixed(1))).toBe(score);
      }),
    );
  });
});
