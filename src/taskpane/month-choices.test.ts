import { defaultMonth, monthChoices, monthsOffered } from './month-choices';

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

describe('monthChoices', () => {
  const choices = monthChoices(new Date(2027, 0, 20));

  it('starts with the current month and goes back one month at a time across years', () => {
    expect(choices.slice(0, 3)).toEqual(['2027-01', '2026-12', '2026-11']);
  });

  it('offers three years of months, the default among them', () => {
    expect(choices).toHaveLength(monthsOffered);
    expect(choices[monthsOffered - 1]).toBe('2024-02');
    expect(choices).toContain(defaultMonth(new Date(2027, 0, 20)));
  });
});
