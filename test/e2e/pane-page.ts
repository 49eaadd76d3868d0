import { readFileSync } from 'fs';
import type { Browser, Page } from 'playwright-core';
import type { WorkbookSnapshot } from '../../src/adapters/office/fake';
import type { WorkbookGrids } from '../../src/workbook/grid';
import { officeStubFile } from './build-paths';
import type { OfficeStubSeed } from './office-stub/office-stub';

/** The address the page's Office.js script tag points at (webpack.config.js). */
const officeScript = 'https://appsforoffice.microsoft.com/**';

/**
 * The pane's clock, fixed so that runs and screenshots do not depend on the day: early in
 * November 2026, so the pane starts on October 2026, the month the tests compute.
 */
export const paneMonth = '2026-10';
const paneClock = new Date(2026, 10, 2, 9, 30);

/** A task pane's size in Excel on the desktop. */
const paneViewport = { width: 420, height: 900 };

/** The pane as a plain web page, offline: the Office.js request fails and `Office` stays undefined. */
export async function openBrowserPane(browser: Browser, origin: string, locale: string): Promise<Page> {
  const page = await browser.newPage({ acceptDownloads: true, locale, viewport: paneViewport });
  await page.clock.setFixedTime(paneClock);
  await page.route(officeScript, (route) => route.abort());
  await page.goto(`${origin}/taskpane.html`);
  return page;
}

/** The pane inside (stand-in) Excel, holding `grids` as the open workbook. */
export async function openExcelPane(
  browser: Browser,
  origin: string,
  options: { grids: WorkbookGrids; displayLanguage: string; host?: 'Excel' | null; apiVersion?: string; protectedStructure?: boolean },
): Promise<Page> {
  const page = await browser.newPage({ viewport: paneViewport, locale: options.displayLanguage });
  await page.clock.setFixedTime(paneClock);
  const stub = readFileSync(officeStubFile, 'utf8');
  const seed: OfficeStubSeed = {
    workbook: {
      sheets: options.grids.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows, visibility: sheet.visibility })),
      protectedStructure: options.protectedStructure,
    },
    displayLanguage: options.displayLanguage,
    host: options.host === undefined ? 'Excel' : options.host,
    apiVersion: options.apiVersion,
  };
  await page.addInitScript((value) => {
    (window as unknown as { scorecardsSeed: unknown }).scorecardsSeed = value;
  }, seed);
  await page.route(officeScript, (route) => route.fulfill({ contentType: 'text/javascript', body: stub }));
  await page.goto(`${origin}/taskpane.html`);
  return page;
}

export function workbookSnapshot(page: Page): Promise<WorkbookSnapshot> {
  return page.evaluate(() => {
    const fake = (window as unknown as { scorecardsFake: { snapshot: () => unknown } }).scorecardsFake;
    return fake.snapshot() as WorkbookSnapshot;
  });
}

/** Text shown in the pane, leaving out the screen-reader live region that repeats it. */
export function shownText(page: Page, text: string) {
  return page.getByText(text, { exact: false }).and(page.locator(':not([data-testid="live-region"])'));
}
