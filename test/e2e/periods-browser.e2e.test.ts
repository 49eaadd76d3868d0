import { readFileSync } from 'node:fs';
import { join } from 'path';
import type { Page } from 'playwright-core';
import { openPackage, readGrids } from '../../src/adapters/xlsx-package/workbook-package';
import { nodeCodec } from '../../src/cli/node-codec';
import { logLabels } from '../../src/i18n/log-labels';
import type { Lang } from '../../src/i18n/lang';
import { paneStrings } from '../../src/taskpane/strings';
import type { WorkbookGrids } from '../../src/workbook/grid';
import { expectAccessible } from './accessibility';
import { paneSuite } from './pane-suite';
import { screenshotDirectory } from './build-paths';
import { openBrowserPane, paneMonth } from './pane-page';
import { computedMonths, octoberL01Status, twoMonthTeam } from './periods-fixture';
import { xlsxFromGrids } from './xlsx-from-grids';

const xlsxType = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const suite = paneSuite();

/** October and November computed, then October's L01 voided after an appeal, as HR would hand the file over. */
function appealedTeam(): WorkbookGrids {
  const computed = computedMonths(twoMonthTeam(), ['2026-10', '2026-11']);
  const row = Number(octoberL01Status.slice(1)) - 1;
  return {
    sheets: computed.sheets.map((sheet) =>
      sheet.name !== '违规' ? sheet : { ...sheet, rows: sheet.rows.map((cells, index) => (index === row ? cells.map((cell, column) => (column === 8 ? '作废' : cell)) : cells)) },
    ),
  };
}

async function downloaded(page: Page, button: string): Promise<WorkbookGrids> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).first().click()]);
  const pkg = await openPackage(new Uint8Array(readFileSync(await download.path())), nodeCodec);
  return readGrids(pkg, nodeCodec);
}

describe.each(['zh', 'en'] as const)('the pane as a plain web page, in %s: preview, changes and periods', (lang: Lang) => {
  const strings = paneStrings(lang);

  it('previews and recomputes an appealed month with its changes, then sums up the quarter', async () => {
    const page = await openBrowserPane(suite.browser, suite.origin, lang === 'zh' ? 'zh-CN' : 'en-US');
    await expectAccessible(page, 'opened, no file');
    await page.getByTestId('file-input').setInputFiles({ name: 'team.xlsx', mimeType: xlsxType, buffer: await xlsxFromGrids(appealedTeam()) });
    await page.getByLabel(strings.monthLabel).selectOption(paneMonth);
    await page.getByRole('button', { name: strings.preview, exact: true }).click();
    const changes = page.getByTestId('change-list');
    await changes.waitFor();
    expect(await changes.locator('tbody tr').allTextContents()).toEqual(['王芳 (1001)76 → 78C3−40 → −200']);
    expect(await page.getByRole('button', { name: strings.download }).count()).toBe(0);
    await expectAccessible(page, 'preview in a browser');
    await page.screenshot({ path: join(screenshotDirectory, `pane-browser-preview-${lang}.png`), fullPage: true });

    await page.getByRole('button', { name: strings.compute, exact: true }).click();
    const dialog = page.getByRole('alertdialog', { name: strings.replaceTitle });
    await dialog.waitFor();
    await expectAccessible(page, 'replace dialog in a browser');
    await dialog.getByRole('button', { name: strings.replaceConfirm, exact: true }).click();
    await page.getByRole('heading', { name: strings.resultsHeading(paneMonth) }).waitFor();
    await expectAccessible(page, 'results in a browser');
    const recomputed = await downloaded(page, strings.download);
    const log = recomputed.sheets.find((sheet) => sheet.name === logLabels('zh').sheet)?.rows ?? [];
    expect(log.slice(4).map((row) => row[2])).toEqual(['2026-10', '2026-11', '2026-10']);
    expect(log[log.length - 1][9]).toBe('1 人变动:1001 王芳(考核分 76→78,工资浮动 −40→−20)');

    await page.getByRole('button', { name: strings.rollup }).click();
    await page.getByTestId('period-summary').waitFor();
    expect(await page.getByTestId('period-headcount').textContent()).toBe('4');
    await expectAccessible(page, 'period summary in a browser');
    const summed = await downloaded(page, strings.download);
    const quarter = summed.sheets.find((sheet) => sheet.name === '考核 2026-Q4');
    expect(quarter?.rows[5]?.slice(0, 3)).toEqual([1, '1002', '李雷']);
    const finalLog = summed.sheets.find((sheet) => sheet.name === logLabels('zh').sheet)?.rows ?? [];
    expect(finalLog.slice(4).map((row) => row[2])).toEqual(['2026-10', '2026-11', '2026-10', '2026-Q4']);
    await page.close();
  });
});
