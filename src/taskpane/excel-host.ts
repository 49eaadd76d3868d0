import { createOfficeHost } from '../adapters/office/office-host';
import type { Lang } from '../i18n/lang';
import type { Host } from './host';

/**
 * The pane inside Excel: the open workbook, through the Office.js adapter. Each call is one
 * `Excel.run` batch; the adapter writes all of a plan or none of it.
 */
export function excelHost(displayLanguage: Lang): Host {
  const office = createOfficeHost();
  return {
    kind: 'excel',
    displayLanguage,
    readGrids: office.readGrids,
    write: async (plan) => {
      const report = await office.renderPlan(plan);
      return { skipped: report.skipped };
    },
    goTo: (sheet, cell) => (cell ? office.selectCell(sheet, cell) : office.activateSheet(sheet)),
  };
}
