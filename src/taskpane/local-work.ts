import type { Month } from '../engine/calendar';
import type { Lang } from '../i18n/lang';
import { computeWorkbook, inspectWorkbook, monthTabs, templateWritePlan } from '../workbook/pipeline';
import { rollupWorkbook } from '../workbook/rollup-pipeline';
import { runCompute } from './compute-run';
import type { WorkbookWork } from './host';
import { runRollup } from './rollup-run';
import type { WorkbookAccess } from './workbook-access';

/**
 * The pane's work done where `workbook` is read and written: the same runs (compute-run.ts,
 * rollup-run.ts) inside Excel, on the pane's thread, and in the web page's workbook worker.
 * `pause` hands control back between steps (to paint, inside Excel; nothing to wait for in a worker).
 */
export function localWork(workbook: WorkbookAccess, pause: () => Promise<void>, now: () => Date = () => new Date()): WorkbookWork {
  return {
    inspect: async (month) => {
      const grids = await workbook.readGrids();
      const missing = (lang: Lang, timeClockMonth?: Month) => templateWritePlan(grids, lang, timeClockMonth).sheets.map((sheet) => sheet.name);
      return {
        inspection: inspectWorkbook(grids, month),
        missingSheets: { zh: missing('zh'), en: missing('en') },
        missingWithTimeClock: { zh: missing('zh', month), en: missing('en', month) },
      };
    },
    compute: (month, mode, callbacks) => runCompute(month, { workbook, computeWorkbook, monthTabs, now, pause }, callbacks, mode),
    rollup: (period) => runRollup(period, { workbook, rollupWorkbook, now, pause }),
    addTemplates: async (lang, timeClockMonth) => {
      await workbook.write(templateWritePlan(await workbook.readGrids(), lang, timeClockMonth));
    },
  };
}
