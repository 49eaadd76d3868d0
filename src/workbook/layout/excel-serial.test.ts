import { dateSerial, localTimestamp, timeSerial } from './excel-serial';

describe('Excel serials', () => {
  it('gives the 1900-system serial of a date', () => {
    expect(dateSerial('1970-01-01')).toBe(25569);
    expect(dateSerial('2025-01-01')).toBe(45658);
    expect(dateSerial('2026-03-01') - dateSerial('2026-02-28')).toBe(1);
  });

  it('gives a time of day as a fraction of the day', () => {
    expect(timeSerial(0)).toBe(0);
    expect(timeSerial(720)).toBe(0.5);
    expect(timeSerial(1439)).toBeLessThan(1);
  });

  it('writes a local time to the minute, zero-padded', () => {
    expect(localTimestamp(new Date(2026, 11, 1, 9, 5, 59))).toBe('2026-12-01 09:05');
    expect(localTimestamp(new Date(2027, 0, 9, 23, 30))).toBe('2027-01-09 23:30');
  });
});
