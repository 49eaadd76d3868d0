import { mkdirSync } from 'fs';
import type { Browser } from 'playwright-core';
import { launchChromium } from './browser';
import { distDirectory, screenshotDirectory } from './build-paths';
import { serveStatic, type StaticServer } from './static-server';

/** What a suite of pane tests opens its pages with. */
export interface PaneSuite {
  readonly browser: Browser;
  /** Where the built pane is served. */
  readonly origin: string;
}

/**
 * Starts Chromium and a server of the built pane before the suite's tests and stops both
 * after them; read its fields inside the tests only, once they are started.
 */
export function paneSuite(): PaneSuite {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  beforeAll(async () => {
    mkdirSync(screenshotDirectory, { recursive: true });
    [browser, server] = await Promise.all([launchChromium(), serveStatic(distDirectory)]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the pane suite is not started: use it inside a test');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    get origin() {
      return started(server).origin;
    },
  };
}
