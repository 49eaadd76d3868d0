import type { Month } from '../engine/calendar';
import { hasErrors } from '../engine/issues';
import type { WorkbookGrids } from '../workbook/grid';
import type { ComputeOptions, ComputeReport } from '../workbook/pipeline-types';
import { WorkbookProtected } from '../adapters/office/write-errors';
import type { ComputeStep } from './compute-steps';
import type { Host, SkippedFeature } from './host';

export interface ComputeDependencies {
  readonly host: Host;
  readonly computeWorkbook: (grids: WorkbookGrids, options: ComputeOptions) => ComputeReport;
  /** This month's tabs already in the workbook: by their names, since computing reads the cells once. */
  readonly monthTabs: (grids: WorkbookGrids, month: Month) => readonly string[];
  readonly now: () => Date;
  /** Hands control back to the browser so Excel and the progress bar stay responsive. */
  readonly pause: () => Promise<void>;
}

export interface ComputeCallbacks {
  readonly onStep: (step: ComputeStep) => void;
  /**
   * Asked only when there is something to write and the month already has tabs; the report
   * holds what would change (SPEC §4.3), shown before the answer.
   */
  readonly confirmReplace: (tabs: readonly string[], report: ComputeReport) => Promise<boolean>;
}

/** A compute that writes, or a preview that only shows (SPEC §4.3: nothing written). */
export type ComputeMode = 'write' | 'preview';

export type ComputeOutcome =
  /** `skipped`: what this Excel could not do; the tabs were written without it (host-plan.ts). */
  | { readonly kind: 'written'; readonly report: ComputeReport; readonly skipped: readonly SkippedFeature[] }
  | { readonly kind: 'invalid'; readonly report: ComputeReport }
  | { readonly kind: 'kept'; readonly report: ComputeReport }
  | { readonly kind: 'previewed'; readonly report: ComputeReport }
  /** The workbook's structure is protected: nothing was written. */
  | { readonly kind: 'protected' }
  | { readonly kind: 'failed'; readonly message: string };

/**
 * One press of Compute: read, check, compute, and write only when there is no error (SPEC §5)
 * and, for a month that already has tabs, only when the user agrees to replace them (§4),
 * having seen what would change (§4.3). One press of Preview: the same without writing.
 * Problems in the data come back as the report's issues; only the unexpected is `failed`.
 *
 * The rules run on the pane's own thread, with a pause before each step: a month of a
 * 100-person team computes in about 0.3 s, inside Excel reading and writing must stay on this
 * thread anyway (Office.js has no worker API), and the pane runs apart from Excel's own UI, so
 * Excel never waits on it. As a plain web page, the file is read and written in a Web Worker
 * (`worker-session.ts`); only the rules run here.
 */
export async function runCompute(
  month: Month,
  dependencies: ComputeDependencies,
  callbacks: ComputeCallbacks,
  mode: ComputeMode = 'write',
): Promise<ComputeOutcome> {
  const { host, pause } = dependencies;
  try {
    callbacks.onStep('reading');
    await pause();
    const grids = await host.readGrids();

    callbacks.onStep('checking');
    await pause();
    const existingTabs = dependencies.monthTabs(grids, month);

    callbacks.onStep('computing');
    await pause();
    const report = dependencies.computeWorkbook(grids, { month, generatedAt: dependencies.now() });
    if (!report.ok || !report.plan || hasErrors(report.issues)) return { kind: 'invalid', report };
    if (mode === 'preview') return { kind: 'previewed', report };

    if (existingTabs.length > 0 && !(await callbacks.confirmReplace(existingTabs, report))) {
      return { kind: 'kept', report };
    }

    callbacks.onStep('writing');
    await pause();
    const notes = await host.write(report.plan);
    return { kind: 'written', report, skipped: notes?.skipped ?? [] };
  } catch (error) {
    if (error instanceof WorkbookProtected) return { kind: 'protected' };
    return { kind: 'failed', message: describeFailure(error) };
  }
}

export function describeFailure(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/** A pause that lets the browser paint the progress bar before the next step starts. */
export function pauseForPaint(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === 'function' && typeof document !== 'undefined' && !document.hidden) {
      requestAnimationFrame(() => setTimeout(resolve, 0));
    } else {
      setTimeout(resolve, 0);
    }
  });
}
