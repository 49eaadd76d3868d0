import { compareVersions, FakeExcelEngine, type SyncRecord, WEB_PAYLOAD_LIMIT } from './engine';
import { NEWEST_EXCEL_API } from './requirement-sets';
import { snapshotWorkbook, type WorkbookSnapshot } from './snapshot';
import { FakeRequestContext } from './workbook';
import { type FakeWorkbookSpec, workbookStateOf } from './workbook-spec';
import type { WorkbookState } from './state';

export interface FakeOfficeOptions {
  readonly workbook?: FakeWorkbookSpec;
  /**
   * Highest ExcelApi requirement set the host supports: the fake refuses every member of a newer
   * set (`ApiNotFound`). Default: the newest set the installed typings name.
   */
  readonly apiVersion?: string;
  readonly displayLanguage?: string;
  /** "Excel" inside Excel; null for a plain browser page that loaded Office.js. */
  readonly host?: 'Excel' | null;
  readonly platform?: string;
  readonly requestLimitBytes?: number;
  readonly responseLimitBytes?: number;
}

type Batch<T> = (context: FakeRequestContext) => Promise<T>;
type Action = (event: { completed: () => void }) => unknown;

export interface FakeExcelNamespace {
  readonly run: <T>(batch: Batch<T>) => Promise<T>;
}

export interface FakeOfficeNamespace {
  readonly onReady: (callback?: (info: { host: string | null; platform: string | null }) => void) => Promise<{
    host: string | null;
    platform: string | null;
  }>;
  readonly context: {
    readonly displayLanguage: string;
    readonly requirements: { readonly isSetSupported: (name: string, minVersion?: string) => boolean };
  };
  readonly HostType: { readonly Excel: 'Excel' };
  readonly actions: { readonly associate: (name: string, action: Action) => void };
}

/** The fake Office.js and the handles a test uses to watch and steer it. */
export interface FakeOffice {
  readonly Excel: FakeExcelNamespace;
  readonly Office: FakeOfficeNamespace;
  readonly state: WorkbookState;
  readonly engine: FakeExcelEngine;
  /** Functions the commands page registered with `Office.actions.associate`. */
  readonly actions: ReadonlyMap<string, Action>;
  readonly syncs: readonly SyncRecord[];
  readonly syncCount: () => number;
  readonly largestRequestBytes: () => number;
  readonly failOnSync: FakeExcelEngine['failOnSync'];
  readonly failOnOperation: FakeExcelEngine['failOnOperation'];
  readonly snapshot: () => WorkbookSnapshot;
  /** Restores the globals `installFakeOffice` replaced. */
  readonly uninstall: () => void;
}

/** A strict in-memory Excel with the Office.js surface the add-in uses, without touching globals. */
export function createFakeOffice(options: FakeOfficeOptions = {}): FakeOffice {
  const state = workbookStateOf(options.workbook ?? { sheets: [{ name: 'Sheet1' }] });
  const apiVersion = options.apiVersion ?? NEWEST_EXCEL_API;
  const engine = new FakeExcelEngine(state, {
    apiVersion,
    requestLimitBytes: options.requestLimitBytes ?? WEB_PAYLOAD_LIMIT,
    responseLimitBytes: options.responseLimitBytes ?? WEB_PAYLOAD_LIMIT,
  });
  const host = options.host === undefined ? 'Excel' : options.host;
  const actions = new Map<string, Action>();

  const Excel: FakeExcelNamespace = {
    run: async <T>(batch: Batch<T>): Promise<T> => {
      const context = new FakeRequestContext(engine);
      const result = await batch(context);
      // Excel.run sends whatever the batch left queued.
      if (context.pendingOperations > 0) await context.sync();
      return result;
    },
  };
  const info = { host, platform: host ? (options.platform ?? 'OfficeOnline') : null };
  const Office: FakeOfficeNamespace = {
    onReady: (callback) => {
      callback?.(info);
      return Promise.resolve(info);
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      requirements: {
        isSetSupported: (name, minVersion = '1.1') => host !== null && name === 'ExcelApi' && compareVersions(apiVersion, minVersion) >= 0,
      },
    },
    HostType: { Excel: 'Excel' },
    actions: { associate: (name, action) => void actions.set(name, action) },
  };

  return {
    Excel,
    Office,
    state,
    engine,
    actions,
    syncs: engine.syncs,
    syncCount: () => engine.syncs.length,
    largestRequestBytes: () => Math.max(0, ...engine.syncs.map((sync) => sync.requestBytes)),
    failOnSync: (n, failure) => engine.failOnSync(n, failure),
    failOnOperation: (match, code) => engine.failOnOperation(match, code),
    snapshot: () => snapshotWorkbook(state),
    uninstall: () => undefined,
  };
}

/**
 * Installs the fake as the `Excel` and `Office` globals of `target` (a window, or globalThis),
 * so code written against Office.js, the task pane included, runs on it unchanged.
 */
export function installFakeOffice(target: object = globalThis, options: FakeOfficeOptions = {}): FakeOffice {
  const globals = target as Record<string, unknown>;
  const previous = { Excel: globals.Excel, Office: globals.Office };
  const fake = createFakeOffice(options);
  globals.Excel = fake.Excel;
  globals.Office = fake.Office;
  return {
    ...fake,
    uninstall: () => {
      globals.Excel = previous.Excel;
      globals.Office = previous.Office;
    },
  };
}
