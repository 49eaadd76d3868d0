import fc from 'fast-check';
import { interleaved, median, ratio, timeMs } from './stats';

describe('median', () => {
  it('is the middle value of an odd number of measurements, whatever their order', () => {
    expect(median([9, 1, 5])).toBe(5);
  });

  it('is the mean of the two middle values of an even number of measurements', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('is not moved by one slow outlier', () => {
    expect(median([10, 11, 12, 13, 1000])).toBe(12);
  });

  it('refuses an empty list', () => {
    expect(() => median([])).toThrow(RangeError);
  });

  it('lies between the smallest and the largest measurement', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1 }), (values) => {
        const middle = median(values);
        expect(middle).toBeGreaterThanOrEqual(Math.min(...values));
        expect(middle).toBeLessThanOrEqual(Math.max(...values));
      }),
    );
  });

  it('leaves the measurements it was given in their order', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('ratio', () => {
  it('says how many times the reference a measurement is', () => {
    expect(ratio(130, 100)).toBeCloseTo(1.3);
  });

  it('refuses a reference of zero, which would make any measurement infinitely slower', () => {
    expect(() => ratio(5, 0)).toThrow(RangeError);
  });
});

describe('timeMs', () => {
  it('measures the work it runs, in milliseconds', () => {
    const elapsed = timeMs(() => {
      const until = Date.now() + 20;
      while (Date.now() < until);
    });
    expect(elapsed).toBeGreaterThanOrEqual(19);
    expect(elapsed).toBeLessThan(1000);
  });
});

describe('interleaved', () => {
  it('takes turns between the two contenders, the first one first', async () => {
    const order: string[] = [];
    const result = await interleaved(
      3,
      async () => {
        order.push('a');
        return order.length;
      },
      async () => {
        order.push('b');
        return order.length;
      },
    );
    expect(order).toEqual(['a', 'b', 'a', 'b', 'a', 'b']);
    expect(result).toEqual({ a: [1, 3, 5], b: [2, 4, 6] });
  });
});
