import { punchFromCell } from './parse-punch';

describe('punchFromCell', () => {
  it.each([
    ['a time of day', '08:29', { kind: 'clock', clock: { minuteOfDay: 509 } }],
    ['a time with seconds, which are dropped', '8:29:41', { kind: 'clock', clock: { minuteOfDay: 509 } }],
    ['a date and time', '2026-11-03 08:29', { kind: 'clock', clock: { minuteOfDay: 509, date: '2026-11-03' } }],
    ['a date and time with slashes and seconds', '2026/11/3 8:29:41', { kind: 'clock', clock: { minuteOfDay: 509, date: '2026-11-03' } }],
    ['a US date and time', '11/03/2026 8:29 AM', { kind: 'clock', clock: { minuteOfDay: 509, date: '2026-11-03' } }],
    ['a US evening time', '11/03/2026 8:29 PM', { kind: 'clock', clock: { minuteOfDay: 1229, date: '2026-11-03' } }],
    ['a time marked 次日, the next day', '次日 01:05', { kind: 'clock', clock: { minuteOfDay: 65 }, dayOffset: 1 }],
    ['次日 without a space', '次日01:05', { kind: 'clock', clock: { minuteOfDay: 65 }, dayOffset: 1 }],
    ['a time marked 昨日, the previous day', '昨日 23:55', { kind: 'clock', clock: { minuteOfDay: 1435 }, dayOffset: -1 }],
    ['缺卡, no punch', '缺卡', { kind: 'none' }],
    ['未打卡, no punch', ' 未打卡 ', { kind: 'none' }],
    ['a date-and-time serial', 46329 + 509 / 1440, { kind: 'clock', clock: { minuteOfDay: 509, date: '2026-11-03' } }],
  ])('reads %s', (_form, cell, expected) => {
    expect(punchFromCell(cell)).toEqual(expected);
  });

  it.each([
    ['a time past the day', '25:10'],
    ['次日 before a date', '次日 2026-11-04 01:05'],
    ['次日 before 24:00', '次日 24:00'],
    ['words', '早上'],
    ['a boolean', true],
  ])('rejects %s', (_form, cell) => {
    expect(punchFromCell(cell)).toBeUndefined();
  });
});
