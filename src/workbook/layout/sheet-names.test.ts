import fc from 'fast-check';
import { detailsSheetName, excelSheetName, existingNames, sameSheetName, scorecardSheetName } from './sheet-names';

describe('sheet names', () => {
  it('names the month tabs in each language', () => {
    expect(scorecardSheetName('2026-11', 'zh')).toBe('考核 2026-11');
    expect(scorecardSheetName('2026-11', 'en')).toBe('Scorecard 2026-11');
    expect(detailsSheetName('2026-11', 'zh')).toBe('明细 2026-11');
    expect(detailsSheetName('2026-11', 'en')).toBe('Details 2026-11');
  });

  it('turns any text into a name Excel accepts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60, unit: fc.constantFrom('a', ' ', "'", '/', '\u3000', '考') }), (text) => {
        const name = excelSheetName(text);
        return name.length >= 1 && name.length <= 31 && !/[[\]:*?/\\]/.test(name) && !name.startsWith("'") && !name.endsWith("'");
      }),
    );
  });

  it('drops apostrophes hidden behind spaces and ones a cut at 31 characters exposes', () => {
    expect(excelSheetName(" ' ")).toBe('Sheet');
    expect(excelSheetName(" 'Team A' ")).toBe('Team A');
    expect(excelSheetName(`${'a'.repeat(30)}'b`)).toBe('a'.repeat(30));
  });

  it('leaves a valid name as it is, at 31 characters and cuts it at 32', () => {
    expect(excelSheetName('a'.repeat(31))).toBe('a'.repeat(31));
    expect(excelSheetName('a'.repeat(32))).toBe('a'.repeat(31));
    expect(excelSheetName('Q1/Q2: [draft]')).toBe('Q1-Q2- -draft-');
  });

  it('compares names trimmed, case-insensitive, full-width and half-width alike', () => {
    expect(sameSheetName(' Scorecard 2026-11 ', 'scorecard 2026-11')).toBe(true);
    expect(sameSheetName('ＫＰＩ', 'kpi')).toBe(true);
    expect(sameSheetName('考核 2026-11', '考核 2026-10')).toBe(false);
    expect(existingNames(['KPI', 'Sheet1'], ['指标', 'kpi'])).toEqual(['KPI']);
  });
});
