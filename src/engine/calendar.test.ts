import fc from 'fast-check';
import { dayNumber, isoDate, isoDateFromDayNumber } from './calendar';

const byDate = (date: string): number => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / 86_400_000;

describe('dayNumber', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-11-03')).toBe(20_760);
    expect(dayNumber('1969-12-31')).toBe(-1);
  });

  it('agrees with Date.UTC on every date from 1900 to 9999, leap days included', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        const date = isoDate(year, month, day);
        expect(dayNumber(date)).toBe(byDate(date));
      }),
    );
    expect(dayNumber('2028-02-29')).toBe(byDate('2028-02-29'));
    expect(dayNumber('2000-03-01') - dayNumber('2000-02-28')).toBe(2);
    expect(dayNumber('2100-03-01') - dayNumber('2100-02-28')).toBe(1);
  });

  it('is the inverse of isoDateFromDayNumber', () => {
    fc.assert(
      fc.property(fc.integer({ min: -25_000, max: 2_900_000 }), (day) => {
        expect(dayNumber(isoDateFromDayNumber(day))).toBe(day);
      }),
    );
  });
});
