import { dateFromCell, dateFromText } from './parse-date';

describe('dateFromCell', () => {
  it.each([
    ['a serial number', 46331, '2026-11-05'],
    ['a serial with a time part, which is ignored', 46331.75, '2026-11-05'],
    ['ISO text', '2026-11-05', '2026-11-05'],
    ['slashes without padding', '2026/11/5', '2026-11-05'],
    ['dots', '2026.11.5', '2026-11-05'],
    ['Chinese text', '2026年11月5日', '2026-11-05'],
    ['Chinese text without 日', '2026年11月5', '2026-11-05'],
    ['text with a time, of which the date part is kept', '2026-11-05 08:31', '2026-11-05'],
    ['ISO text with a T before the time', '2026-11-05T08:31:00', '2026-11-05'],
    ['full-width digits', '２０２６－１１－０５', '2026-11-05'],
    ['text with spaces around', '  2026-11-05 ', '2026-11-05'],
    ['a US date, month first with a four-digit year', '11/05/2026', '2026-11-05'],
    ['a US date with a time', '11/3/2026 8:29 AM', '2026-11-03'],
    ['a two-digit year with hyphens, as DingTalk writes it', '26-11-05', '2026-11-05'],
    ['a date with its weekday in Chinese', '2026-11-03 星期二', '2026-11-03'],
    ['a two-digit year with its weekday, as DingTalk’s daily report writes it', '26-11-03 星期二', '2026-11-03'],
    ['a weekday written 周', '2026/11/3 周二', '2026-11-03'],
    ['a weekday in full-width brackets', '2026-11-03（周二）', '2026-11-03'],
    ['a weekday in English', '2026-11-03 Tue', '2026-11-03'],
    ['Sunday written 星期天', '2026-11-01 星期天', '2026-11-01'],
  ])('reads %s', (_form, cell, expected) => {
    expect(dateFromCell(cell)).toBe(expected);
  });

  it.each([
    ['an impossible day', '2026-02-30'],
    ['a thirteenth month', '2026-13-01'],
    ['mixed separators', '2026-11/05'],
    ['a day-first order that no month-first reading allows', '25/11/2026'],
    ['a two-digit year with slashes, which could be a day first', '26/11/05'],
    ['a weekday that is not the date’s', '2026-11-03 星期三'],
    ['an English weekday that is not the date’s', '2026-11-03 Mon'],
    ['digits run on after the day', '2026-11-051'],
    ['words', 'yesterday'],
    ['a bad time after the date', '2026-11-05 25:10'],
    ['a time-only serial', 0.35],
    ['the phantom leap day serial', 60],
    ['a negative serial', -1],
    ['a boolean', true],
  ])('rejects %s', (_form, cell) => {
    expect(dateFromCell(cell)).toBeUndefined();
  });

  it('accepts 2028-02-29 in a leap year and rejects 2026-02-29', () => {
    expect(dateFromCell('2028-02-29')).toBe('2028-02-29');
    expect(dateFromCell('2026-02-29')).toBeUndefined();
  });
});

describe('dateFromText', () => {
  it('keeps the time that follows the date', () => {
    expect(dateFromText('2026-11-05 08:31')).toEqual({ date: '2026-11-05', minuteOfDay: 511 });
  });

  it('keeps the time after a weekday', () => {
    expect(dateFromText('2026-11-03 星期二 08:29')).toEqual({ date: '2026-11-03', minuteOfDay: 509 });
  });

  it('keeps a US date’s time with its AM or PM', () => {
    expect(dateFromText('11/03/2026 8:29 PM')).toEqual({ date: '2026-11-03', minuteOfDay: 1229 });
  });

  it('reads a month-first date with one-digit month and day', () => {
    expect(dateFromText('5/11/2026')).toEqual({ date: '2026-05-11' });
  });

  it('reads 24:00 after a date as minute 1440', () => {
    expect(dateFromText('2026-11-05 24:00')).toEqual({ date: '2026-11-05', minuteOfDay: 1440 });
  });
});
