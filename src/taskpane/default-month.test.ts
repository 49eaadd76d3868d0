import { defaultMonth } from './default-month';

describe('defaultMonth', () => {
  it('is the month before today', () => {
    expect(defaultMonth(new Date(2026, 11, 15))).toBe('2026-11');
  });

  it('goes back to December of the year before in January', () => {
    expect(defaultMonth(new Date(2027, 0, 1))).toBe('2026-12');
  });

  it('uses the local calendar on the first and last day of a month', () => {
    expect(defaultMonth(new Date(2026, 2, 1, 0, 0))).toBe('2026-02');
    expect(defaultMonth(new Date(2026, 2, 31, 23, 59))).toBe('2026-02');
  });
});
