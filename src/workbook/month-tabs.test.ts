import type { WorkbookGrids } from './grid';
import { monthTabs } from './pipeline';

const named = (...names: string[]): WorkbookGrids => ({ sheets: names.map((name) => ({ name, visibility: 'visible', rows: [] })) });

describe('monthTabs', () => {
  it('finds the month’s tabs in either language by their names alone', () => {
    expect(monthTabs(named('员工', '考核 2026-11', 'Details 2026-11', '考核 2026-10'), '2026-11')).toEqual(['考核 2026-11', 'Details 2026-11']);
  });

  it('matches names as Excel does, whatever their case and spaces', () => {
    expect(monthTabs(named(' scorecard 2026-11 '), '2026-11')).toEqual([' scorecard 2026-11 ']);
  });

  it('finds nothing for a month never computed', () => {
    expect(monthTabs(named('考核 2026-10', '明细 2026-10'), '2026-11')).toEqual([]);
  });
});
