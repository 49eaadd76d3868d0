import type { Month } from '../engine/calendar';
import type { Period } from '../engine/period';
import type { Lang } from '../i18n/lang';
import type { WorkbookInspection } from '../workbook/pipeline';
import type { ComputeCallbacks, ComputeMode, ComputeOutcome } from './compute-run';
import type { RollupOutcome } from './rollup-run';

export type { SkippedFeature, WriteNotes } from './workbook-access';

/** What the pane shows before computing, and the template sheets the workbook lacks in each language. */
export interface PaneInspection {
  readonly inspection: WorkbookInspection;
  readonly missingSheets: Readonly<Record<Lang, readonly string[]>>;
  /** The same with the time clock's sheets for the inspected month: Punches and its schedule (SPEC §2.1). */
  readonly missingWithTimeClock: Readonly<Record<Lang, readonly string[]>>;
}

/**
 * What the pane asks of the workbook. Each is a whole run (read, rules, write) where the
 * workbook is: on the pane's thread inside Excel, in the workbook worker as a web page, so that
 * the rules never block the page.
 */
export interface WorkbookWork {
  readonly inspect: (month: Month) => Promise<PaneInspection>;
  /** A compute or a preview (compute-run.ts); the replace question is asked through `callbacks` before anything is written. */
  readonly compute: (month: Month, mode: ComputeMode, callbacks: ComputeCallbacks) => Promise<ComputeOutcome>;
  readonly rollup: (period: Period) => Promise<RollupOutcome>;
  /**
   * Adds the missing input and policy sheets in `lang`, with `timeClockMonth` also the Punches
   * sheet and that month's schedule; existing sheets are never touched.
   */
  readonly addTemplates: (lang: Lang, timeClockMonth?: Month) => Promise<void>;
}

/**
 * Where the workbook lives. Inside Excel it is the open workbook (Office.js); as a plain web
 * page it is a workbook file held as a package in a worker. The pane talks to either through this.
 */
export interface Host extends WorkbookWork {
  readonly kind: 'excel' | 'browser';
  /** The pane's starting language: Office's display language, or the browser's. */
  readonly displayLanguage: Lang;
  /** Inside Excel only: show a sheet, selecting `cell` when given. */
  readonly goTo?: (sheet: string, cell?: string) => Promise<void>;
}

/** The plain web page's host: it also opens and hands back the file. */
export interface BrowserHost extends Host {
  readonly kind: 'browser';
  /** Name of the open file; undefined until one is opened or started. */
  readonly fileName: () => string | undefined;
  readonly open: (file: Blob, name: string) => Promise<void>;
  /** An empty workbook, for setting up a team from the templates. */
  readonly startEmpty: (name: string) => Promise<void>;
  /** The workbook as it is now, as .xlsx bytes. */
  readonly save: () => Promise<Blob>;
}

export function isBrowserHost(host: Host): host is BrowserHost {
  return host.kind === 'browser';
}
