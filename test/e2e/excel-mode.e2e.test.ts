import { join } from 'path';
import type { Page } from 'playwright-core';
import type { WorkbookSnapshot } from '../../src/adapters/office/fake';
import { detailsSheetName, scorecardSheetName } from '../../src/workbook/layout/sheet-names';
import { HOSTS } from '../office-fake/hosts';
import { expectAccessible } from './accessibility';
import { paneSuite } from './pane-suite';
import { screenshotDirectory } from './build-paths';
import { eventually } from './eventually';
import { openExcelPane, paneMonth, shownText, workbookSnapshot } from './pane-page';
import { scorecardLines, snapshotRows } from './scorecard-lines';
import { brokenCells, brokenTeamGrids, expectedScores, teamGrids } from './team-fixture';

const month = paneMonth;
const scorecard = scorecardSheetName(month, 'zh');
const details = detailsSheetName(month, 'zh');
const newest = HOSTS[HOSTS.length - 1];
const oldest = HOSTS[0];

const suite = paneSuite();

/** The guide's pictures are taken on one host each: the newest, unless the picture is about an older one. */
function screenshot(page: Page, host: (typeof HOSTS)[number], name: string, fullPage = true): Promise<unknown> {
  const wanted = name.includes('older') ? oldest : newest;
  return host === wanted ? page.screenshot({ path: join(screenshotDirectory, name), fullPage }) : Promise.resolve();
}

/** Nothing of a write is left behind in the workbook: no parked or temporary tab, no uncalculated link. */
function expectClean(snapshot: WorkbookSnapshot): void {
  expect(snapshot.sheets.map((sheet) => sheet.name).filter((name) => name.startsWith('~'))).toEqual([]);
  expect(snapshot.sheets.flatMap((sheet) => Object.values(sheet.cells)).filter((cell) => cell.uncalculated)).toEqual([]);
}

describe.each(HOSTS)('the pane inside Excel on $label', (host) => {
  const open = (options: Omit<Parameters<typeof openExcelPane>[2], 'apiVersion'>) => openExcelPane(suite.browser, suite.origin, { ...options, apiVersion: host.apiVersion });
  const older = host === oldest;

  it('computes the open workbook in Chinese, writes the month’s tabs and shows the results', async () => {
    const page = await open({ grids: teamGrids(month), displayLanguage: 'zh-CN' });
    await page.getByRole('heading', { name: '员工考核积分' }).waitFor();
    expect(await page.getByLabel('考核月份').inputValue()).toBe(month);
    await shownText(page, '共 4 名员工').waitFor();
    await page.getByRole('button', { name: '计算' }).click();
    await page.getByRole('heading', { name: `${month} 计算结果` }).waitFor();

    const snapshot = await workbookSnapshot(page);
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining([scorecard, details]));
    expect(snapshot.activeSheet).toBe(scorecard);
    expect(Object.fromEntries(scorecardLines(snapshotRows(snapshot, scorecard), 'zh'))).toEqual(expectedScores);
    expectClean(snapshot);

    expect(await page.getByTestId('headcount').textContent()).toBe('4');
    expect(await page.getByTestId('flagged').textContent()).toContain('赵六（1003）：低于60分、旷工3天及以上');
    expect(await page.getByRole('img', { name: /等级分布/ }).getAttribute('aria-label')).toBe(
      '等级分布：A：0 人、B：2 人、C：1 人、D：0 人、E：0 人、F：1 人',
    );
    expect(await page.getByTestId('live-region').textContent()).toContain('已写入考核表和明细表');
    // An ExcelApi 1.7 host has no filter or page setup: the pane says so, and the tabs are right all the same.
    const skipped = page.getByTestId('skipped-features');
    if (older) {
      expect(await skipped.textContent()).toContain('您的 Excel 版本做不到以下几项');
      expect(await skipped.textContent()).toContain('表头上的筛选按钮');
      expect(await skipped.textContent()).toContain('打印设置');
      expect(snapshot.sheets.find((sheet) => sheet.name === scorecard)?.autoFilter).toBeUndefined();
    } else {
      expect(await skipped.count()).toBe(0);
      expect(snapshot.sheets.find((sheet) => sheet.name === scorecard)?.autoFilter).toBeDefined();
    }
    await expectAccessible(page, 'results of a first compute, in Chinese');
    await screenshot(page, host, 'pane-excel-results-zh.png');
    await screenshot(page, host, 'pane-excel-older-zh.png');
    await page.close();
  });

  it('replaces a computed month’s tabs only when the user confirms', async () => {
    const page = await open({ grids: teamGrids(month), displayLanguage: 'en-US' });
    const compute = page.getByRole('button', { name: 'Compute' });
    await shownText(page, '4 employees listed').waitFor();
    await compute.click();
    await page.getByRole('heading', { name: `Results for ${month}` }).waitFor();
    await shownText(page, 'This month has already been computed').waitFor();
    await expectAccessible(page, 'results of a first compute, in English');
    await screenshot(page, host, 'pane-excel-results-en.png');
    await screenshot(page, host, 'pane-excel-older-en.png');
    const written = await workbookSnapshot(page);

    await compute.click();
    const dialog = page.getByRole('alertdialog', { name: "Replace this month's tabs?" });
    await dialog.waitFor();
    // The dialog fades in; the picture is taken once it has settled.
    await page.waitForTimeout(500);
    await expectAccessible(page, 'replace dialog without changes');
    await screenshot(page, host, 'pane-replace-en.png', false);
    await dialog.getByRole('button', { name: 'Keep the existing tabs' }).click();
    await shownText(page, 'Nothing was replaced; the existing tabs were kept.').waitFor();
    expect(await workbookSnapshot(page)).toEqual(written);

    await compute.click();
    await dialog.getByRole('button', { name: 'Replace' }).click();
    await page.getByRole('heading', { name: `Results for ${month}` }).waitFor();
    const replaced = await workbookSnapshot(page);
    expect(replaced.sheets.map((sheet) => sheet.name)).toEqual(written.sheets.map((sheet) => sheet.name));
    expect(Object.fromEntries(scorecardLines(snapshotRows(replaced, scorecard), 'zh'))).toEqual(expectedScores);
    expectClean(replaced);
    await page.close();
  });

  it('computes the same month three times in a row, and again after switching the pane’s language, in the same workbook', async () => {
    const page = await open({ grids: teamGrids(month), displayLanguage: 'en-US' });
    await shownText(page, '4 employees listed').waitFor();
    /** A recompute: the month has tabs, so Compute asks first; the outcome shows again only once the new one is in. */
    const recompute = async (computeLabel: string, replaceLabel: string, results: string) => {
      await page.getByRole('button', { name: computeLabel, exact: true }).click();
      const dialog = page.getByRole('alertdialog');
      await dialog.waitFor();
      await dialog.getByRole('button', { name: replaceLabel, exact: true }).click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByTestId('outcome').getByRole('heading', { name: results }).waitFor();
    };
    const names = (snapshot: WorkbookSnapshot) => snapshot.sheets.map((sheet) => `${sheet.name} ${sheet.visibility}`);
    await page.getByRole('button', { name: 'Compute', exact: true }).click();
    await page.getByRole('heading', { name: `Results for ${month}` }).waitFor();
    const first = await workbookSnapshot(page);
    for (let time = 2; time <= 3; time++) {
      await recompute('Compute', 'Replace', `Results for ${month}`);
      const again = await workbookSnapshot(page);
      expect(names(again)).toEqual(names(first));
      expect(Object.fromEntries(scorecardLines(snapshotRows(again, scorecard), 'zh'))).toEqual(expectedScores);
      expectClean(again);
    }
    await page.getByLabel('Language').selectOption('zh');
    await recompute('计算', '替换', `${month} 计算结果`);
    const switched = await workbookSnapshot(page);
    expect(names(switched)).toEqual(names(first));
    expect(Object.fromEntries(scorecardLines(snapshotRows(switched, scorecard), 'zh'))).toEqual(expectedScores);
    expectClean(switched);
    await page.close();
  });

  it('says a workbook with a protected structure cannot be written, and writes nothing', async () => {
    const page = await open({ grids: teamGrids(month), displayLanguage: 'en-US', protectedStructure: true });
    await shownText(page, '4 employees listed').waitFor();
    const before = await workbookSnapshot(page);
    await page.getByRole('button', { name: 'Compute' }).click();
    const message = page.getByTestId('workbook-protected');
    await message.waitFor();
    expect(await message.textContent()).toContain('structure is protected (Review › Protect Workbook)');
    expect(await page.getByTestId('live-region').textContent()).toContain('Nothing was written');
    expect(await workbookSnapshot(page)).toEqual(before);
    await page.close();
  });

  it('lists the errors by sheet, writes nothing, and Go to selects the cell', async () => {
    const grids = brokenTeamGrids(month);
    const page = await open({ grids, displayLanguage: 'en-US' });
    await shownText(page, '4 employees listed').waitFor();
    const before = await workbookSnapshot(page);
    await page.getByRole('button', { name: 'Compute' }).click();
    const errors = page.getByTestId('error-list');
    await errors.waitFor();
    expect(await errors.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['考勤', '违规']);
    expect(await shownText(page, '2 errors to fix').count()).toBe(1);
    expect((await workbookSnapshot(page)).sheets.map((sheet) => sheet.name)).toEqual(before.sheets.map((sheet) => sheet.name));
    await expectAccessible(page, 'errors, in English');
    await screenshot(page, host, 'pane-errors-en.png');

    await page.getByRole('button', { name: `Go to 违规!${brokenCells.unknownCode}` }).click();
    await eventually(async () => (await workbookSnapshot(page)).activeSheet === '违规');
    const selected = await workbookSnapshot(page);
    expect(selected.sheets.find((sheet) => sheet.name === '违规')?.selection).toBe(brokenCells.unknownCode);

    await page.getByRole('button', { name: `Go to 考勤!${brokenCells.missingClockOut}` }).click();
    await eventually(async () => (await workbookSnapshot(page)).activeSheet === '考勤');
    expect((await workbookSnapshot(page)).sheets.find((sheet) => sheet.name === '考勤')?.selection).toBe(brokenCells.missingClockOut);
    await page.close();
  });

  it('creates the missing sheets of an empty workbook without touching the sheet already there', async () => {
    const page = await open({ grids: { sheets: [{ name: 'Notes', rows: [['keep me']] }] }, displayLanguage: 'en-US' });
    await page.getByRole('button', { name: 'Create the missing sheets' }).click();
    await shownText(page, 'The missing sheets were added.').waitFor();
    const snapshot = await workbookSnapshot(page);
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['Notes', 'Employees', 'Attendance', 'Violations']));
    expect(snapshot.sheets.find((sheet) => sheet.name === 'Notes')?.cells.A1?.value).toBe('keep me');
    await page.close();
  });

  it('can be used from the keyboard alone, and lands on the outcome', async () => {
    const page = await open({ grids: teamGrids(month), displayLanguage: 'en-US' });
    await shownText(page, '4 employees listed').waitFor();
    const focusedText = () => page.evaluate(() => document.activeElement?.textContent ?? '');
    for (let presses = 0; presses < 12 && (await focusedText()) !== 'Compute'; presses++) await page.keyboard.press('Tab');
    expect(await focusedText()).toBe('Compute');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: `Results for ${month}` }).waitFor();
    await eventually(async () => (await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'outcome');
    await page.close();
  });
});

describe('the pane with Office.js', () => {
  it('switches language inside the pane', async () => {
    const page = await openExcelPane(suite.browser, suite.origin, { grids: teamGrids(month), displayLanguage: 'en-US' });
    await page.getByRole('heading', { name: 'Scorecards' }).waitFor();
    await page.getByLabel('Language').selectOption('zh');
    await page.getByRole('heading', { name: '员工考核积分' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('heading', { name: 'Scorecards' }).waitFor();
    await page.close();
  });

  it('works on files when Office.js loads outside Excel', async () => {
    const page = await openExcelPane(suite.browser, suite.origin, { grids: teamGrids(month), displayLanguage: 'en-US', host: null });
    await page.getByRole('button', { name: 'Choose a file' }).waitFor();
    await page.close();
  });
});
