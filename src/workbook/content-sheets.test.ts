import { readsCellsOf } from './content-sheets';
import { computeWorkbook, inspectWorkbook } from './pipeline';
import { sampleWorkbookPlan } from './sample/sample-plan';
import type { WorkbookGrids } from './grid';

describe('readsCellsOf', () => {
  it('reads the input sheets, the policy sheets, the history and the compute log by any of their names', () => {
    for (const name of ['员工', 'Attendance', ' 考勤 ', 'ＫＰＩ', '参数', 'Grades', '_scorecard_history', '考核日志', 'compute LOG']) {
      expect(readsCellsOf(name)).toBe(true);
    }
    for (const name of ['打卡', 'Punches', '原始记录', '排班', '排班 2026-11', 'Schedule 2026-12', '排班2026-10']) expect(readsCellsOf(name)).toBe(true);
  });

  it('leaves the tabs of earlier months and the team’s own sheets to their names', () => {
    for (const name of ['考核 2026-10', '明细 2026-10', 'Scorecard 2026-10', '考核 2026-Q4', 'Scorecard 2026', 'Notes', 'Sheet1', '排班 2026-1', 'Schedules 2026-11']) {
      expect(readsCellsOf(name)).toBe(false);
    }
  });

  it('computes and inspects a month alike when the other sheets’ cells are left out', () => {
    const plan = sampleWorkbookPlan({ employees: 20, months: ['2026-10', '2026-11'], seed: 7, lang: 'zh' });
    const whole: WorkbookGrids = { sheets: plan.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows, visibility: sheet.visibility })) };
    const october = computeWorkbook(whole, { month: '2026-10', generatedAt: new Date(Date.UTC(2026, 10, 1)) });
    const withTabs: WorkbookGrids = {
      sheets: [...whole.sheets, ...(october.plan?.sheets ?? []).map((sheet) => ({ name: sheet.name, rows: sheet.rows, visibility: sheet.visibility }))],
    };
    const namesOnly: WorkbookGrids = { sheets: withTabs.sheets.map((sheet) => (readsCellsOf(sheet.name) ? sheet : { ...sheet, rows: [] })) };
    expect(namesOnly.sheets.filter((sheet) => sheet.rows.length === 0).length).toBeGreaterThanOrEqual(2);
    const context = { month: '2026-11' as const, generatedAt: new Date(Date.UTC(2026, 11, 1)) };
    expect(computeWorkbook(namesOnly, context)).toEqual(computeWorkbook(withTabs, context));
    expect(inspectWorkbook(namesOnly, '2026-11')).toEqual(inspectWorkbook(withTabs, '2026-11'));
  });
});
