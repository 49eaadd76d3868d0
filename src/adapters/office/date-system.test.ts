import fc from 'fast-check';
import { DAYS_BETWEEN_DATE_SYSTEMS, isDateFormat, serialFrom1904, serialTo1904 } from './date-system';

describe('isDateFormat', () => {
  it.each(['yyyy-mm-dd', 'm/d/yyyy', 'd-mmm', 'mmm yyyy', 'yyyy"年"m"月"d"日"', '[$-804]yyyy年m月d日', 'yyyy-mm-dd hh:mm', 'mmmm'])(
    'takes %s for a date',
    (format) => expect(isDateFormat(format)).toBe(true),
  );

  it.each(['General', '0', '0.0', '#,##0', '@', 'h:mm', 'hh:mm:ss', '[h]:mm', 'mm:ss', '0.0 "days"', '"yyyy"0'])(
    'does not take %s for a date',
    (format) => expect(isDateFormat(format)).toBe(false),
  );
});

describe('the 1904 date system', () => {
  it('is 1,462 days after the 1900 system', () => {
    // 1904-01-01 is serial 0 in the 1904 system and 1462 in the 1900 system.
    expect(serialFrom1904(0)).toBe(1462);
    expect(DAYS_BETWEEN_DATE_SYSTEMS).toBe(1462);
  });

  it('converts there and back to the same serial', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2_958_465 }), (serial) => serialFrom1904(serialTo1904(serial)) === serial));
  });
});
