import fc from 'fast-check';
import { clockFromCell } from './parse-time';

const serialOf = (hours: number, minutes: number, seconds = 0): number => (hours * 3600 + minutes * 60 + seconds) / 86_400;

describe('clockFromCell', () => {
  it('reads a serial fraction as a time of day without a date', () => {
    expect(clockFromCell(serialOf(8, 31))).toEqual({ minuteOfDay: 511 });
  });

  it('drops the seconds: 08:35:59 is 08:35', () => {
    expect(clockFromCell(serialOf(8, 35, 59))).toEqual({ minuteOfDay: 515 });
  });

  it('rounds to the second first, so a stored 0.3499999 is 08:24 and not 08:23', () => {
    expect(clockFromCell(0.3499999)).toEqual({ minuteOfDay: 504 });
  });

  it('reads every whole minute written as a serial back as that minute', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 59 }), (minute, second) => {
        expect(clockFromCell((minute * 60 + second) / 86_400)).toEqual({ minuteOfDay: minute });
      }),
    );
  });

  it('reads a serial of 1 or more as a date and a time', () => {
    expect(clockFromCell(46331 + serialOf(17, 45))).toEqual({ minuteOfDay: 1065, date: '2026-11-05' });
  });

  it.each([
    ['8:31', { minuteOfDay: 511 }],
    ['08:31:20', { minuteOfDay: 511 }],
    ['8:31 PM', { minuteOfDay: 1231 }],
    ['８：３１', { minuteOfDay: 511 }],
    ['24:00', { minuteOfDay: 0 }],
    ['2026-11-05 08:31', { minuteOfDay: 511, date: '2026-11-05' }],
    ['2026/11/5 8:31:59', { minuteOfDay: 511, date: '2026-11-05' }],
    ['2026-11-30 24:00', { minuteOfDay: 0, date: '2026-12-01' }],
  ])('reads the text %s', (text, expected) => {
    expect(clockFromCell(text)).toEqual(expected);
  });

  it.each([
    ['a date without a time', '2026-11-05'],
    ['words', 'late'],
    ['an impossible time', '8:75'],
    ['a negative serial', -0.2],
    ['a boolean', false],
  ])('rejects %s', (_form, cell) => {
    expect(clockFromCell(cell)).toBeUndefined();
  });
});
