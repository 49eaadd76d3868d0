import { createOfficeHost } from '../adapters/office/office-host';
import type { Lang } from '../i18n/lang';
import { pauseForPaint } from './compute-run';
import type { Host } from './host';
import { localWork } from './local-work';

/**
 * The pane inside Excel: the open workbook, through the Office.js adapter. Each read and write
 * is one `Excel.run` batch; the adapter writes all of a plan or none of it. The rules run on the
 * pane's thread (Office.js has no worker API), pausing to paint between steps. Loaded only
 * inside Excel (index.tsx), so the web page does not carry the adapter.
 */
export function excelHost(displayLanguage: Lang): Host {
  const office = createOfficeHost();
  const work = localWork(
    {
      readGrids: office.readGrids,
      write: async (plan) => {
        const report = await office.renderPlan(plan);
        return { skipped: report.skipped };
      },
    },
    pauseForPaint,
  );
  return {
    kind: 'excel',
    displayLanguage,
    ...work,
    goTo: (sheet, cell) => (cell ? office.selectCell(sheet, cell) : office.activateSheet(sheet)),
  };
}
