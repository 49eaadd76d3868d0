import type { Period } from '../engine/period';
import type { WorkbookGrids } from '../workbook/grid';
import type { RollupOptions, RollupReport } from '../workbook/rollup-pipeline';
import { describeFailure } from './compute-run';
import type { Host } from './host';

export interface RollupDependencies {
  readonly host: Host;
  readonly rollupWorkbook: (grids: WorkbookGrids, options: RollupOptions) => RollupReport;
  readonly now: () => Date;
  readonly pause: () => Promise<void>;
}

export type RollupOutcome =
  | { readonly kind: 'written'; readonly report: RollupReport }
  | { readonly kind: 'invalid'; readonly report: RollupReport }
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
    await host.write(report.plan);
    return { kind: 'written', report };
  } catch (error) {
    return { kind: 'failed', message: describeFailure(error) };
  }
}
