import type { Lang } from '../i18n/lang';
import type { WorkbookGrids } from '../workbook/grid';
import type { WritePlan } from '../workbook/sheet-spec';
import type { SkippedFeature } from '../adapters/office/host-plan';

export type { SkippedFeature };

/** What a write could not do in this Excel, for the pane to say; nothing for a file. */
export interface WriteNotes {
  readonly skipped: readonly SkippedFeature[];
}

/**
 * Where the workbook lives. Inside Excel it is the open workbook (Office.js); as a plain web
 * page it is a workbook file held as a package in a worker. The pane talks to either through this.
 */
export interface Host {
  readonly kind: 'excel' | 'browser';
  /** The pane's starting language: Office's display language, or the browser's. */
  readonly displayLanguage: Lang;
  readonly readGrids: () => Promise<WorkbookGrids>;
  /** All of the plan or, on failure, none of it (SPEC §4). */
  readonly write: (plan: WritePlan) => Promise<WriteNotes | void>;
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
