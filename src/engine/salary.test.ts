import fc from 'fast-check';
import { defaultPolicy } from './default-policy';
import { isProbation, salaryAdjustmentFor } from './salary';

describe('salaryAdjustmentFor (SPEC §3.6)', () => {
  it('pays +110 for 91 and −120 for 68, the regulation’s examples', () => {
    expect(salaryAdjustmentFor(91, 12, defaultPolicy)).toBe(110);
    expect(salaryAdjustmentFor(68, 12, defaultPolicy)).toBe(-120);
  });

  it('pays nothing at 80, as a plain 0 and never −0', () => {
    expect(Object.is(salaryAdjustmentFor(80, 12, defaultPolicy), 0)).toBe(true);
  });

  it('pays exactly −3 for 79.7', () => {
    expect(salaryAdjustmentFor(79.7, 12, defaultPolicy)).toBe(-3);
  });

  it('reaches +300 at 110 and −300 at 50, and holds there beyond', () => {
    expect(salaryAdjustmentFor(110, 12, defaultPolicy)).toBe(300);
    expect(salaryAdjustmentFor(50, 12, defaultPolicy)).toBe(-300);
    expect(salaryAdjustmentFor(49.5, 12, defaultPolicy)).toBe(-300);
    expect(salaryAdjustmentFor(0, 12, defaultPolicy)).toBe(-300);
  });

  it('pays nothing in service months 1 and 2 and pays from month 3', () => {
    expect(Object.is(salaryAdjustmentFor(60, 1, defaultPolicy), 0)).toBe(true);
    expect(salaryAdjustmentFor(95, 2, defaultPolicy)).toBe(0);
    expect(salaryAdjustmentFor(95, 3, defaultPolicy)).toBe(150);
  });

  it('stays within ±limit and is never −0 for any score', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1100 }), fc.integer({ min: 1, max: 60 }), (tenths, month) => {
        const amount = salaryAdjustmentFor(tenths / 10, month, defaultPolicy);
        expect(Math.abs(amount)).toBeLessThanOrEqual(300);
        expect(Object.is(amount, -0)).toBe(false);
      }),
    );
  });

  it('takes the pivot, rate, limit and probation from the policy', () => {
    const policy = { ...defaultPolicy, salary: { pivotScore: 70, perPoint: 20, limit: 100, probationMonths: 0 } };
    expect(salaryAdjustmentFor(72, 1, policy)).toBe(40);
    expect(salaryAdjustmentFor(90, 1, policy)).toBe(100);
  });
});

describe('isProbation', () => {
  it('covers month 2 but not month 3', () => {
    expect(isProbation(2, defaultPolicy)).toBe(true);
    expect(isProbation(3, defaultPolicy)).toBe(false);
  });
});
