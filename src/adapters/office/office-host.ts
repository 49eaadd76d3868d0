import type { Lang } from '../../i18n/lang';
import { readsCellsOf } from '../../workbook/content-sheets';
import type { WorkbookGrids } from '../../workbook/grid';
import type { WritePlan } from '../../workbook/sheet-spec';
import { type Capabilities, detectCapabilities } from './capabilities';
import { readGrids } from './read-grids';
import { renderPlan, type RenderReport } from './render-plan';

/**
 * What the task pane needs of the open workbook, inside Excel. Each function runs its own
 * `Excel.run`, so the pane never holds a request context:
 *
 * - `readGrids()`: every sheet's name, and the values of the sheets a month's compute reads
 *   (two requests for an ordinary workbook read for the first time, one after that: the host
 *   remembers the sheets it saw, and asks for the list and their cells together); earlier
 *   months' tabs are not read, so the reading does not grow with the months a workbook holds.
 * - `renderPlan(plan)`: writes a plan, all or nothing (see render-plan.ts), and says how it went.
 * - `selectCell(sheet, cell)`: shows a sheet and selects a cell, e.g. the cell of an issue.
 * - `activateSheet(name)`: shows a sheet.
 * - `displayLanguage()`: Office's UI language tag (`zh-CN`, `en-US`); `lang()`: the pane's language for it.
 *
 * Features of requirement sets newer than the manifest's minimum (ExcelApi 1.7) are detected
 * once, when the host is created.
 */
export interface OfficeHost {
  readonly readGrids: () => Promise<WorkbookGrids>;
  readonly renderPlan: (plan: WritePlan) => Promise<RenderReport>;
  readonly selectCell: (sheet: string, cell: string) => Promise<void>;
  readonly activateSheet: (name: string) => Promise<void>;
  readonly displayLanguage: () => string;
  readonly lang: () => Lang;
  readonly capabilities: Capabilities;
}

/** The two Office.js globals the host uses; the real ones by default, a fake in tests. */
export interface OfficeGlobals {
  readonly Excel: { readonly run: <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T> };
  readonly Office: {
    readonly context: {
      readonly displayLanguage: string;
      readonly requirements: { readonly isSetSupported: (name: string, minVersion?: string) => boolean };
    };
  };
}

/** The pane speaks Chinese to a Chinese Office (zh-CN, zh-TW, …) and English to any other. */
export function langOf(languageTag: string | undefined): Lang {
  return languageTag?.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

function realGlobals(): OfficeGlobals {
  return { Excel: Excel as unknown as OfficeGlobals['Excel'], Office: Office as unknown as OfficeGlobals['Office'] };
}

export function createOfficeHost(globals: OfficeGlobals = realGlobals()): OfficeHost {
  const { Excel: excel, Office: office } = globals;
  const capabilities = detectCapabilities(office.context.requirements);
  // The pane reads the workbook when it opens and again on Compute; the second read asks for
  // the sheets the first saw in the same request as the list (read-grids.ts).
  let sheetsSeen: readonly string[] = [];
  return {
    capabilities,
    readGrids: () =>
      excel.run(async (context) => {
        const grids = await readGrids(context, readsCellsOf, sheetsSeen);
        sheetsSeen = grids.sheets.map((sheet) => sheet.name);
        return grids;
      }),
    renderPlan: (plan) => excel.run((context) => renderPlan(context, plan, { capabilities })),
    selectCell: (sheet, cell) =>
      excel.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        worksheet.getRange(cell).select();
        await context.sync();
      }),
    activateSheet: (name) =>
      excel.run(async (context) => {
        context.workbook.worksheets.getItem(name).activate();
        await context.sync();
      }),
    displayLanguage: () => office.context.displayLanguage,
    lang: () => langOf(office.context.displayLanguage),
  };
}

interface OfficeReady {
  readonly onReady: () => Promise<{ readonly host: unknown }>;
}

/**
 * Whether the page runs inside Excel. Office.js comes from a script tag; opened as a plain web
 * page it is either missing (offline, blocked) or reports no host. Either way the pane runs
 * in browser mode. A host that does not answer within `timeoutMs` counts as none.
 */
export async function runsInExcel(scope: object = globalThis, timeoutMs = 10_000): Promise<boolean> {
  const office = (scope as { Office?: OfficeReady }).Office;
  if (!office || typeof office.onReady !== 'function') return false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timeout]);
    return info?.host === 'Excel';
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
