import { latestScorecard } from './latest-scorecard';

describe('latestScorecard', () => {
  it('picks the most recent month across both languages', () => {
    expect(latestScorecard(['员工', '考核 2026-10', 'Scorecard 2026-11', '明细 2026-11', '考核 2025-12'])).toBe(
      'Scorecard 2026-11',
    );
  });

  it('compares months across a year boundary by calendar order', () => {
    expect(latestScorecard(['考核 2026-01', '考核 2025-12'])).toBe('考核 2026-01');
  });

  it('ignores details tabs and input sheets that merely end in a month', () => {
    expect(latestScorecard(['明细 2026-11', 'Attendance 2026-11', '考核2026-11'])).toBeUndefined();
  });

  it('ignores a name whose trailing month is not a real month', () => {
    expect(latestScorecard(['考核 2026-13', '考核 2026-02'])).toBe('考核 2026-02');
  });

  it('returns undefined for a workbook without scorecard tabs', () => {
    expect(latestScorecard([])).toBeUndefined();
  });
});
