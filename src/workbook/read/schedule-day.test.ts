import { scheduleDayOf } from './schedule-day';

describe('scheduleDayOf (SPEC §2.1: a schedule’s day headers)', () => {
  it.each([
    ['a date cell', 46329, '2026-11-03'],
    ['ISO text', '2026-11-03', '2026-11-03'],
    ['ISO text with a weekday', '2026-11-03 星期二', '2026-11-03'],
    ['month and day with a slash', '11/3', '2026-11-03'],
    ['month and day in Chinese', '11月3日', '2026-11-03'],
    ['a day in Chinese', '3日', '2026-11-03'],
    ['a day written 号', '3号', '2026-11-03'],
    ['a day number', 3, '2026-11-03'],
    ['a day number as text', '3', '2026-11-03'],
    ['a day with its weekday after it', '3 周二', '2026-11-03'],
    ['a day in Chinese with its weekday in brackets', '3日(周二)', '2026-11-03'],
    ['month and day with an English weekday', '11/3 Tue', '2026-11-03'],
    ['the 30th', 30, '2026-11-30'],
    ['another month’s date, as a date (it is then ignored by month)', '12/1', '2026-12-01'],
  ])('reads %s', (_form, cell, expected) => {
    expect(scheduleDayOf(cell, '2026-11')).toBe(expected);
  });

  it('puts a month and day in the year nearest the month computed', () => {
    expect(scheduleDayOf('12/31', '2027-01')).toBe('2026-12-31');
    expect(scheduleDayOf('1/1', '2026-12')).toBe('2027-01-01');
  });

  it.each([
    ['a day the month does not have', 31],
    ['day 0', 0],
    ['a fraction', 3.5],
    ['a name column', '姓名'],
    ['a total column', '合计'],
    ['a date and time', '2026-11-03 08:00'],
    ['an impossible month and day', '2/30'],
    ['a blank', null],
  ])('is no day: %s', (_form, cell) => {
    expect(scheduleDayOf(cell, '2026-11')).toBeUndefined();
  });
});
