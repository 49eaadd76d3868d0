import { minuteOfDayFromText } from './parse-time-text';

describe('minuteOfDayFromText', () => {
  it.each([
    ['8:31', 511],
    ['08:31', 511],
    ['08:31:20', 511],
    ['08:35:59', 515],
    ['0:00', 0],
    ['23:59', 1439],
    ['24:00', 1440],
    ['8:31 AM', 511],
    ['8:31 pm', 1231],
    ['12:05 AM', 5],
    ['12:05 PM', 725],
    ['8:31am', 511],
    ['下午8:31', 1231],
    ['上午 8:31', 511],
  ])('reads %s as minute %i', (text, minute) => {
    expect(minuteOfDayFromText(text)).toBe(minute);
  });

  it.each(['24:01', '25:00', '8:60', '8:30:60', '13:00 PM', '0:30 AM', '下午8:31 PM', '831', '8.31', ''])('rejects %s', (text) => {
    expect(minuteOfDayFromText(text)).toBeUndefined();
  });
});
