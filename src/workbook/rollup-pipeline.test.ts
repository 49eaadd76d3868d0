import fc from 'fast-check';
import { sum } from '../engine/decimal';
import type { Month } from '../engine/calendar';
import { labels } from '../i18n/labels';
import { periodLabels } from '../i18n/period-labels';
import type { Lang } from '../i18n/lang';
import type { CellValue, WorkbookGrids } from './grid';
import { HISTORY_SHEET } from './history/history-columns';
import { PERIOD_HEADER_ROW } from './layout/period-sheet';
import { LOG_HEADER_ROW } from './log/log-columns';
import { readLog } from './log/read-log';
import { computeWorkbook } from './pipeline';
import { rollupWorkbook } from './rollup-pipeline';
import { sampleWorkbookPlan } from './sample/sample-plan';
import type { SheetSpec } from './sheet-spec';
import { gridsAfter } from './written-grids';

const at = new Date(Date.UTC(2027, 0, 3, 1, 0));

/** A sample team's workbook of the fourth quarter of 2026 with `months` computed in order, in `lang`. */
function computedTeam(months: readonly Month[], options: { employees?: number; seed?: number; lang?: Lang } = {}): WorkbookGrids {
  const lang = options.lang ?? 'zh';
  const plan = sampleWorkbookPlan({ employees: options.employees ?? 20, months: ['2026-10', '2026-11', '2026-12'], seed: options.seed ?? 3, lang });
  let grids: WorkbookGrids = { sheets: plan.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows, visibility: sheet.visibility })) };
  for (const month of months) {
    const report = computeWorkbook(grids, { month, generatedAt: at });
    if (!report.ok || !report.plan) throw new Error(`${month}: ${JSON.stringify(report.issues.filter((issue) => issue.severity === 'error'))}`);
    grids = gridsAfter(grids, report.plan);
  }
  return grids;
}

const sheetOf = (grids: WorkbookGrids, name: string) => {
  const sheet = grids.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
};

/** The value beside a summary label (labels in A, values in D), as a reader of the tab finds it. */
function summaryValue(rows: readonly (readonly CellValue[])[], label: string): CellValue {
  const row = rows.find((cells) => cells[0] === label);
  if (!row) throw new Error(`no summary line ${label}`);
  return row[3];
}

describe('rollupWorkbook (SPEC §4.2)', () => {
  const october = computedTeam(['2026-10', '2026-11', '2026-12']);

  it('writes the quarter’s tab and a log row, and shows the tab', () => {
    const report = rollupWorkbook(october, { period: '2026-Q4', generatedAt: at });
    expect(report.ok).toBe(true);
    expect(report.plan?.sheets.map((sheet) => sheet.name)).toEqual(['考核日志', '考核 2026-Q4']);
    expect(report.plan?.activate).toBe('考核 2026-Q4');
    expect(report.issues).toEqual([]);
    const after = gridsAfter(october, report.plan ?? { sheets: [], remove: [] });
    const log = readLog(after)?.rows ?? [];
    expect(log.slice(LOG_HEADER_ROW).map((row) => [row[1], row[2]])).toEqual([
      ['计算', '2026-10'],
      ['计算', '2026-11'],
      ['计算', '2026-12'],
      ['汇总', '2026-Q4'],
    ]);
    expect(log[log.length - 1][9]).toBe('月份:2026-10、2026-11、2026-12');
    // The same policy (its shifts included) gives the same policy fingerprint as the computes'.
    expect(october.sheets.some((sheet) => sheet.name === '班次')).toBe(true);
    expect(log[log.length - 1][8]).toBe(log[log.length - 2][8]);
  });

  it('names the months not computed in a warning and in the tab, and sums up the others', () => {
    const report = rollupWorkbook(october, { period: '2026', generatedAt: at });
    expect(report.ok).toBe(true);
    expect(report.result?.months).toEqual(['2026-10', '2026-11', '2026-12']);
    expect(report.issues.map((issue) => [issue.code, issue.severity])).toEqual([['MONTH_NOT_COMPUTED', 'warning']]);
    const tab = report.plan?.sheets[1] as SheetSpec;
    expect(tab.name).toBe('考核 2026');
    expect(String(tab.rows[0][0])).toContain('客服年度考核表 2026');
    expect(String(tab.rows[1][0])).toContain('未计算:2026-01');
  });

  it('is an error, and writes nothing, when no month of the period was computed', () => {
    const report = rollupWorkbook(october, { period: '2026-Q3', generatedAt: at });
    expect(report.ok).toBe(false);
    expect(report.plan).toBeUndefined();
    expect(report.issues.map((issue) => issue.code)).toEqual(['NO_MONTH_COMPUTED']);
  });

  it('names and links each month of the summary to the month’s scorecard tab', () => {
    const tab = rollupWorkbook(october, { period: '2026-Q4', generatedAt: at }).plan?.sheets[1] as SheetSpec;
    expect(tab.hyperlinks.map((link) => [link.sheet, link.text])).toEqual([
      ['考核 2026-10', '2026-10'],
      ['考核 2026-11', '2026-11'],
      ['考核 2026-12', '2026-12'],
    ]);
    expect(tab.chart).toMatchObject({ kind: 'column', title: '团队各月平均分' });
  });

  it('writes the tab in English when asked, and removes the quarter’s Chinese tab', () => {
    const zh = rollupWorkbook(october, { period: '2026-Q4', generatedAt: at });
    const withTab = gridsAfter(october, zh.plan ?? { sheets: [], remove: [] });
    const en = rollupWorkbook(withTab, { period: '2026-Q4', lang: 'en', generatedAt: at });
    expect(en.plan?.sheets.map((sheet) => sheet.name)).toEqual(['考核日志', 'Scorecard 2026-Q4']);
    expect(en.plan?.remove).toEqual(['考核 2026-Q4']);
    expect(en.plan?.sheets[1].rows[PERIOD_HEADER_ROW - 1][1]).toBe('Employee\nID');
  });

  it('takes teams from the Employees sheet when the history was written before it kept them', () => {
    const history = sheetOf(october, HISTORY_SHEET);
    const header = history.rows[0];
    const keep = header.map((name, index) => (name === 'team' || name === 'flags' ? -1 : index)).filter((index) => index >= 0);
    const older: WorkbookGrids = {
      sheets: october.sheets.map((sheet) => (sheet.name === HISTORY_SHEET ? { ...sheet, rows: sheet.rows.map((row) => keep.map((index) => row[index] ?? null)) } : sheet)),
    };
    const report = rollupWorkbook(older, { period: '2026-Q4', generatedAt: at });
    const teams = (result: typeof report.result) => result?.employees.map((employee) => [employee.id, employee.team]);
    expect(teams(report.result)).toEqual(teams(rollupWorkbook(october, { period: '2026-Q4', generatedAt: at }).result));
    expect(report.result?.employees.some((employee) => employee.team === '一组')).toBe(true);
    expect(report.issues.map((issue) => issue.code)).toEqual(['FLAGS_NOT_RECORDED']);
  });
});

describe('a quarter’s totals', () => {
  it('equal the sum of its months’ tabs, whatever the team', () => {
    const words = labels('zh').scorecard.summary;
    const periodWords = periodLabels('zh').summary;
    fc.assert(
      fc.property(fc.integer({ min: 20, max: 30 }), fc.integer({ min: 1, max: 10_000 }), fc.subarray(['2026-10', '2026-11', '2026-12'], { minLength: 1 }), (employees, seed, months) => {
        const grids = computedTeam(months, { employees, seed });
        const report = rollupWorkbook(grids, { period: '2026-Q4', generatedAt: at });
        const tab = report.plan?.sheets.find((sheet) => sheet.name === '考核 2026-Q4');
        if (!tab) throw new Error('no quarter tab');
        const monthTabs = months.map((month) => sheetOf(grids, `考核 ${month}`).rows);
        const monthly = (label: string) => sum(monthTabs.map((rows) => Number(summaryValue(rows, label))));
        expect(summaryValue(tab.rows, periodWords.totalSalaryAdjustment)).toBe(monthly(words.totalSalaryAdjustment));
        expect(summaryValue(tab.rows, periodWords.totalAward)).toBe(monthly(words.totalAward));
        const people = report.result?.employees ?? [];
        expect(sum(people.map((person) => person.monthsScored))).toBe(monthly(words.headcount));
        expect(sum(people.map((person) => person.salaryAdjustmentTotal))).toBe(monthly(words.totalSalaryAdjustment));
      }),
      { numRuns: 15 },
    );
  });
});
