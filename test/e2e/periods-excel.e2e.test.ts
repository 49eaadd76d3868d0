import { join } from 'path';
import type { Page } from 'playwright-core';
import { paneStrings } from '../../src/taskpane/strings';
import { logLabels } from '../../src/i18n/log-labels';
import type { Lang } from '../../src/i18n/lang';
import { expectAccessible } from './accessibility';
import { paneSuite } from './pane-suite';
import { screenshotDirectory } from './build-paths';
import { openExcelPane, paneMonth, shownText, workbookSnapshot } from './pane-page';
import { computedMonths, octoberL01Status, twoMonthTeam } from './periods-fixture';
import { snapshotRows } from './scorecard-lines';
import { brokenTeamGrids } from './team-fixture';

const suite = paneSuite();

const displayLanguage: Record<Lang, string> = { zh: 'zh-CN', en: 'en-US' };

/** Voids a violation the way HR does in Excel: the status cell set to 作废 (an upheld appeal). */
async function voidItem(page: Page, cell: string): Promise<void> {
  await page.evaluate(async (address) => {
    const excel = (window as unknown as { Excel: typeof Excel }).Excel;
    await excel.run(async (context) => {
      context.workbook.worksheets.getItem('违规').getRange(address).values = [['作废']];
      await context.sync();
    });
  }, cell);
}

describe.each(['zh', 'en'] as const)('the pane inside Excel, in %s: preview, changes and periods', (lang) => {
  const strings = paneStrings(lang);

  it('previews a voided item, shows who changes before replacing, and logs the recompute', async () => {
    // October and November already computed in this workbook.
    const seed = computedMonths(twoMonthTeam(), ['2026-10', '2026-11']);
    const page = await openExcelPane(suite.browser, suite.origin, { grids: seed, displayLanguage: displayLanguage[lang] });
    await shownText(page, lang === 'zh' ? '共 4 名员工' : '4 employees listed').waitFor();
    await expectAccessible(page, 'opened');

    await voidItem(page, octoberL01Status);
    const before = await workbookSnapshot(page);
    await page.getByRole('button', { name: strings.preview, exact: true }).click();
    await page.getByRole('heading', { name: strings.previewHeading(paneMonth) }).waitFor();
    const changes = page.getByTestId('change-list');
    await changes.waitFor();
    // 1001 loses the voided L01 (2 points): 76 → 78, salary −40 → −20; nobody else moves.
    const rows = await changes.locator('tbody tr').allTextContents();
    expect(rows).toEqual(['王芳 (1001)76 → 78C3−40 → −200']);
    expect(await page.getByTestId('change-totals').locator('tbody tr').nth(1).textContent()).toContain('−270−250');
    expect(await workbookSnapshot(page)).toEqual(before);
    await expectAccessible(page, 'preview with its changes table');
    await page.screenshot({ path: join(screenshotDirectory, `pane-preview-${lang}.png`), fullPage: true });

    await page.getByRole('button', { name: strings.compute, exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: strings.replaceTitle });
    await dialog.waitFor();
    expect(await dialog.getByTestId('change-list').locator('tbody tr').allTextContents()).toEqual(rows);
    await expectAccessible(page, 'replace dialog with the changes table');
    await page.screenshot({ path: join(screenshotDirectory, `pane-replace-changes-${lang}.png`) });
    await dialog.getByRole('button', { name: strings.replaceConfirm, exact: true }).click();
    await page.getByRole('heading', { name: strings.resultsHeading(paneMonth) }).waitFor();
    await page.getByTestId('changes').waitFor();
    await expectAccessible(page, 'results of a recompute');

    const log = snapshotRows(await workbookSnapshot(page), logLabels('zh').sheet);
    const words = logLabels('zh');
    expect(log.slice(4).map((row) => [row[1], row[2], row[9]])).toEqual([
      [words.actions.compute, '2026-10', words.firstCompute],
      [words.actions.compute, '2026-11', words.firstCompute],
      [words.actions.recompute, '2026-10', '1 人变动:1001 王芳(考核分 76→78,工资浮动 −40→−20)'],
    ]);
    await page.close();
  });

  it('sums up the quarter from the months computed, writes its tab and shows it', async () => {
    const seed = computedMonths(twoMonthTeam(), ['2026-10', '2026-11']);
    const page = await openExcelPane(suite.browser, suite.origin, { grids: seed, displayLanguage: displayLanguage[lang] });
    await page.getByRole('heading', { name: strings.periodsHeading }).waitFor();
    expect(await page.getByLabel(strings.periodLabel).inputValue()).toBe('2026-Q4');
    await page.getByRole('button', { name: strings.rollup }).click();
    const summary = page.getByTestId('period-summary');
    await summary.waitFor();
    expect(await page.getByTestId('period-headcount').textContent()).toBe('4');
    expect(await page.getByTestId('months-missing').textContent()).toContain('2026-12');
    expect(await page.getByRole('img', { name: new RegExp(strings.monthlyChartLabel('').slice(0, 6)) }).count()).toBe(1);
    const snapshot = await workbookSnapshot(page);
    expect(snapshot.activeSheet).toBe('考核 2026-Q4');
    expect(snapshot.sheets.map((sheet) => sheet.name)).toEqual(expect.arrayContaining(['考核 2026-Q4', '考核日志']));
    await expectAccessible(page, 'period summary');
    await page.screenshot({ path: join(screenshotDirectory, `pane-period-${lang}.png`), fullPage: true });
    await page.close();
  });

  it('is accessible with its error list, and with a period that has nothing to sum up', async () => {
    const page = await openExcelPane(suite.browser, suite.origin, { grids: brokenTeamGrids(paneMonth), displayLanguage: displayLanguage[lang] });
    await shownText(page, lang === 'zh' ? '共 4 名员工' : '4 employees listed').waitFor();
    await page.getByRole('button', { name: strings.compute, exact: true }).click();
    await page.getByTestId('error-list').waitFor();
    await expectAccessible(page, 'errors');
    await page.getByLabel(strings.periodLabel).selectOption('2026-Q3');
    await page.getByRole('button', { name: strings.rollup }).click();
    await page.getByTestId('period-outcome').getByTestId('error-list').waitFor();
    await expectAccessible(page, 'period errors');
    await page.close();
  });
});
