import { enStrings } from './strings.en';
import { langForDisplayLanguage, paneStrings } from './strings';
import { zhStrings } from './strings.zh';

describe('langForDisplayLanguage', () => {
  it('is Chinese for every Chinese Office display language', () => {
    expect(langForDisplayLanguage('zh-CN')).toBe('zh');
    expect(langForDisplayLanguage('zh-TW')).toBe('zh');
    expect(langForDisplayLanguage('ZH-hk')).toBe('zh');
  });

  it('is English for any other language, or none', () => {
    expect(langForDisplayLanguage('en-US')).toBe('en');
    expect(langForDisplayLanguage('ja-JP')).toBe('en');
    expect(langForDisplayLanguage('')).toBe('en');
    expect(langForDisplayLanguage(undefined)).toBe('en');
  });
});

describe('paneStrings', () => {
  it('gives each language its own catalogue', () => {
    expect(paneStrings('zh')).toBe(zhStrings);
    expect(paneStrings('en')).toBe(enStrings);
  });

  it('has a translation, not a copy, for every plain string', () => {
    const same = Object.keys(enStrings).filter((key) => {
      const en = enStrings[key as keyof typeof enStrings];
      return typeof en === 'string' && en === zhStrings[key as keyof typeof zhStrings];
    });
    expect(same).toEqual([]);
  });

  it('writes Chinese money in yuan and English money with a sign', () => {
    expect(zhStrings.money(-120)).toBe('-120 元');
    expect(zhStrings.money(1110)).toBe('+1,110 元');
    expect(enStrings.money(0)).toBe('0');
    expect(enStrings.money(110.5)).toBe('+110.5');
  });

  it('counts in the singular and the plural in English', () => {
    expect(enStrings.errorsHeading(1)).toBe('1 error to fix');
    expect(enStrings.errorsHeading(2)).toBe('2 errors to fix');
  });
});
