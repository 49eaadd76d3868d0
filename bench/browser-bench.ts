import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../test/e2e/static-server';
import { benchMonth, type SampleFile } from './samples';

/** The plain web page's compute of one workbook in headless Chromium. */
export interface BrowserMeasurement {
  readonly employees: number;
  /** From choosing the file to the month's sheets listed (read in the worker, inspected on the page). */
  readonly openMs: number;
  /** From the Compute click to the results shown (read, compute, write in the worker). */
  readonly computeMs: number;
  /** The longest task the page's own thread ran during the compute: how long the page could not answer. */
  readonly longestTaskMs: number;
}

export type BrowserOutcome = { readonly measured: true; readonly sizes: readonly BrowserMeasurement[] } | { readonly measured: false; readonly reason: string };

const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The production build (`buildDir`, made for the bundle measure) served locally and opened as a
 * plain web page, offline from Office.js: each workbook chosen, its month computed, timed from
 * the page; long tasks of the page's thread are watched meanwhile.
 */
export async function measureBrowser(buildDir: string, samples: readonly SampleFile[]): Promise<BrowserOutcome> {
  let browser;
  try {
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: flags });
  } catch (error) {
    return { measured: false, reason: `Chromium did not start: ${(error as Error).message.split('\n')[0]}` };
  }
  const server = await serveStatic(buildDir);
  try {
    const sizes: BrowserMeasurement[] = [];
    for (const sample of samples) {
      const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 420, height: 900 } });
      // Early in the month after the bench month, so the pane starts on it.
      const [year, month] = benchMonth.split('-').map(Number);
      await page.clock.setFixedTime(new Date(year, month, 2, 9, 30));
      await page.route('https://appsforoffice.microsoft.com/**', (route) => route.abort());
      await page.addInitScript(() => {
        const longest = { ms: 0 };
        (window as unknown as { longestTask: typeof longest }).longestTask = longest;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
        }).observe({ type: 'longtask', buffered: true });
      });
      await page.goto(`${server.origin}/taskpane.html`);
      const opened = Date.now();
      await page.getByTestId('file-input').setInputFiles({ name: 'team.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(sample.path) });
      await page.getByLabel('考核月份').selectOption(benchMonth);
      await page.getByRole('button', { name: '计算' }).waitFor();
      await page.getByText(/本月 [\d,]+ 行/).first().waitFor({ timeout: 300_000 });
      const openMs = Date.now() - opened;
      await page.evaluate(() => ((window as unknown as { longestTask: { ms: number } }).longestTask.ms = 0));
      const started = Date.now();
      await page.getByRole('button', { name: '计算' }).click();
      await page.getByRole('heading', { name: `${benchMonth} 计算结果` }).waitFor({ timeout: 600_000 });
      const computeMs = Date.now() - started;
      const longestTaskMs = await page.evaluate(() => (window as unknown as { longestTask: { ms: number } }).longestTask.ms);
      sizes.push({ employees: sample.employees, openMs, computeMs, longestTaskMs });
      await page.close();
    }
    return { measured: true, sizes };
  } catch (error) {
    return { measured: false, reason: `the page did not compute: ${(error as Error).message.split('\n')[0]}` };
  } finally {
    await server.close();
    await browser.close();
  }
}

export const browserBuildDir = (outDir: string): string => join(outDir, 'taskpane-build');
