import { defaultPeriod, periodChoices, periodOption } from './period-choices';
import { enStrings } from './strings.en';
import { zhStrings } from './strings.zh';

describe('period choices', () => {
  it('start on the quarter of the month before today, across a year’s edge too', () => {
    expect(defaultPeriod(new Date(2026, 10, 2))).toBe('2026-Q4');
    expect(defaultPeriod(new Date(2026, 9, 2))).toBe('2026-Q3');
    expect(defaultPeriod(new Date(2027, 0, 5))).toBe('2026-Q4');
  });

  it('offer this quarter and the seven before, then this year and the two before, newest first', () => {
    expect(periodChoices(new Date(2026, 10, 2))).toEqual([
      '2026-Q4', '2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4', '2025-Q3', '2025-Q2', '2025-Q1', '2026', '2025', '2024',
    ]);
    expect(periodChoices(new Date(2027, 0, 5)).slice(0, 2)).toEqual(['2027-Q1', '2026-Q4']);
  });

  it('name quarters and years in both languages', () => {
    expect(periodOption('2026-Q4', enStrings)).toBe('Q4 2026 (2026-Q4)');
    expect(periodOption('2026', zhStrings)).toBe('2026年全年');
  });
});
