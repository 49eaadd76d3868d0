import fc from 'fast-check';
import { normalizeText, toHalfWidth } from './normalize-text';

describe('toHalfWidth', () => {
  it('turns full-width letters, digits and punctuation into their half-width forms', () => {
    expect(toHalfWidth('ＩＤ１００１：（Ａ）')).toBe('ID1001:(A)');
  });

  it('turns the ideographic space into a plain space and the minus sign into a hyphen', () => {
    expect(toHalfWidth('工号\u3000\u22125')).toBe('工号 -5');
  });

  it('leaves Chinese characters and half-width text untouched', () => {
    expect(toHalfWidth('员工 Employees 1001')).toBe('员工 Employees 1001');
  });
});

describe('normalizeText', () => {
  it('trims, lowers the case and collapses inner white space', () => {
    expect(normalizeText('  Employee \t  ID ')).toBe('employee id');
  });

  it('makes full-width and half-width spellings equal', () => {
    expect(normalizeText('ＥＭＰＬＯＹＥＥＳ')).toBe(normalizeText('employees'));
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const once = normalizeText(text);
        expect(normalizeText(once)).toBe(once);
      }),
      { numRuns: 300 },
    );
  });
});
