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
  /** The longest time between two animation frames during the compute: how long the page could not paint. */
  readonly longestFrameGapMs: number;
}

export type BrowserOutcome = { readonly measured: true; readonly sizes: readonly BrowserMeasurement[] } | { readonly measured: false; readonly reason: string };

const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * The production build (`buildDir`, made for the bundle measure) served locally and opened as a
 * plain web page, offline from Office.js: each workbook chosen, its month computed, timed from
 * the page; long tasks and frame gaps of the page's thread are watched meanwhile (the stall a
 * user would feel: every step of the compute runs in the workbook worker).
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
        // Two probes of the page's thread: the browser's own long-task entries (any task over
        // 50 ms), and the gap between animation frames, which a blocked thread cannot run.
        const probe = { longestTaskMs: 0, longestFrameGapMs: 0, lastFrame: 0 };
        (window as unknown as { stallProbe: typeof probe }).stallProbe = probe;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) probe.longestTaskMs = Math.max(probe.longestTaskMs, entry.duration);
        }).observe({ type: 'longtask', buffered: true });
        const frame = (time: number) => {
          if (probe.lastFrame > 0) probe.longestFrameGapMs = Math.max(probe.longestFrameGapMs, time - probe.lastFrame);
          probe.lastFrame = time;
          requestAnimationFrame(frame);
        };
        requestAnimationFrame(frame);
      });
      await page.goto(`${server.origin}/taskpane.html`);
      const opened = Date.now();
      await page.getByTestId('file-input').setInputFiles({ name: 'team.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: readFileSync(sample.path) });
      await page.getByLabel('考核月份').selectOption(benchMonth);
      await page.getByRole('button', { name: '计算' }).waitFor();
      await page.getByText(/本月 [\d,]+ 行/).first().waitFor({ timeout: 300_000 });
      const openMs = Date.now() - opened;
      type Probe = { longestTaskMs: number; longestFrameGapMs: number; lastFrame: number };
      await page.evaluate(() => {
        const probe = (window as unknown as { stallProbe: Probe }).stallProbe;
        Object.assign(probe, { longestTaskMs: 0, longestFrameGapMs: 0, lastFrame: 0 });
      });
      const started = Date.now();
      await page.getByRole('button', { name: '计算' }).click();
      // Waited for by its test id: finding a heading by its role and name walks the accessibility
      // tree on the page's thread at every poll, which would be measured as the page's own work.
      await page.getByTestId('outcome').waitFor({ timeout: 600_000 });
      const computeMs = Date.now() - started;
      await page.getByRole('heading', { name: `${benchMonth} 计算结果` }).waitFor();
      const { longestTaskMs, longestFrameGapMs } = await page.evaluate(() => (window as unknown as { stallProbe: Probe }).stallProbe);
      sizes.push({ employees: sample.employees, openMs, computeMs, longestTaskMs, longestFrameGapMs: Math.round(longestFrameGapMs) });
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
