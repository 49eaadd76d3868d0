import { readFileSync } from 'fs';
import type { Page } from 'playwright-core';

/** axe-core as shipped by its package, evaluated in the page (through the debugger, so no page policy stands in the way). */
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.1 levels A and AA, as the pane promises. */
const wcag21aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  /** CSS selectors of the elements at fault. */
  readonly nodes: readonly string[];
}

/** The accessibility violations axe-core finds in the page as it is now. */
export async function accessibilityViolations(page: Page): Promise<Violation[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== 'undefined');
  if (!loaded) await page.evaluate(axeSource);
  return page.evaluate(async (tags) => {
    type AxeResult = {
      violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
    };
    const axe = (window as unknown as { axe: { run: (context: Document, options: unknown) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((node) => node.target.join(' ')),
    }));
  }, wcag21aa);
}

/**
 * Expects no violation in the page's `state` (named in the failure, with every violation),
 * once animations have settled: a dialog fading in is measured as it will stay.
 */
export async function expectAccessible(page: Page, state: string): Promise<void> {
  await page.waitForTimeout(300);
  const violations = await accessibilityViolations(page);
  expect({ state, violations }).toEqual({ state, violations: [] });
}
