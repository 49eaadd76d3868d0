import fc from 'fast-check';
import { dayNumber, isoDateFromDayNumber } from '../../engine/calendar';
import { isoDateOfSerialDay, splitSerial } from './excel-serial';

describe('isoDateOfSerialDay', () => {
  it('reads serial 1 as 1900-01-01 and serial 59 as 1900-02-28', () => {
    expect(isoDateOfSerialDay(1)).toBe('1900-01-01');
    expect(isoDateOfSerialDay(59)).toBe('1900-02-28');
  });

  it("rejects serial 60, Excel's phantom 1900-02-29, and reads 61 as 1900-03-01", () => {
    expect(isoDateOfSerialDay(60)).toBeUndefined();
    expect(isoDateOfSerialDay(61)).toBe('1900-03-01');
  });

  it('reads 46331 as 2026-11-05', () => {
    expect(isoDateOfSerialDay(46331)).toBe('2026-11-05');
  });

  it('rejects 0 and negatives, and accepts 9999-12-31 but not the day after', () => {
    expect(isoDateOfSerialDay(0)).toBeUndefined();
    expect(isoDateOfSerialDay(-3)).toBeUndefined();
    expect(isoDateOfSerialDay(2_958_465)).toBe('9999-12-31');
    expect(isoDateOfSerialDay(2_958_466)).toBeUndefined();
  });

  it('agrees with the calendar for every serial from 61 on', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2_958_465 }), (serial) => {
        expect(isoDateOfSerialDay(serial)).toBe(isoDateFromDayNumber(serial - 25_569));
        expect(dayNumber(isoDateOfSerialDay(serial)!)).toBe(serial - 25_569);
      }),
    );
  });
});

describe('splitSerial', () => {
  it('splits a date and time into the day and the second of the day', () => {
    expect(splitSerial(46331.5)).toEqual({ day: 46331, second: 43_200 });
  });

  it('rounds to the nearest second before splitting, so 0.3499999 is 08:24:00', () => {
    expect(splitSerial(0.3499999)).toEqual({ day: 0, second: 30_240 });
  });

  it('carries a time a hair before midnight into the next day', () => {
    expect(splitSerial(46331.999999999)).toEqual({ day: 46332, second: 0 });
  });
});
