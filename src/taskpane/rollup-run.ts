import type { Period } from '../engine/period';
import type { WorkbookGrids } from '../workbook/grid';
import type { RollupOptions, RollupReport } from '../workbook/rollup-pipeline';
import { WorkbookProtected } from '../adapters/office/write-errors';
import { describeFailure } from './compute-run';
import type { Host, SkippedFeature } from './host';

export interface RollupDependencies {
  readonly host: Host;
  readonly rollupWorkbook: (grids: WorkbookGrids, options: RollupOptions) => RollupReport;
  readonly now: () => Date;
  readonly pause: () => Promise<void>;
}

export type RollupOutcome =
  /** `skipped`: what this Excel could not do; the tab was written without it (host-plan.ts). */
  | { readonly kind: 'written'; readonly report: RollupReport; readonly skipped: readonly SkippedFeature[] }
  | { readonly kind: 'invalid'; readonly report: RollupReport }
  /** The workbook's structure is protected: nothing was written. */
  | { readonly kind: 'protected' }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * One press of "Quarter / year summary": read the workbook, sum up the period from its
 * history (SPEC §4.2) and write its tab and a log row, all or nothing. The tab is made from
 * results already in the workbook, so it replaces an earlier one without asking.
 */
export async function runRollup(period: Period, dependencies: RollupDependencies): Promise<RollupOutcome> {
  const { host, pause } = dependencies;
  try {
    await pause();
    const grids = await host.readGrids();
    await pause();
    const report = dependencies.rollupWorkbook(grids, { period, generatedAt: dependencies.now() });
    if (!report.ok || !report.plan) return { kind: 'invalid', report };
    const notes = await host.write(report.plan);
    return { kind: 'written', report, skipped: notes?.skipped ?? [] };
  } catch (error) {
    if (error instanceof WorkbookProtected) return { kind: 'protected' };
    return { kind: 'failed', message: describeFailure(error) };
  }
}
