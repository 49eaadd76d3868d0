import { detectCapabilities } from '../adapters/office/capabilities';
import { readGrids } from '../adapters/office/read-grids';
import { renderPlan } from '../adapters/office/render-plan';
import type { Lang } from '../i18n/lang';
import type { Host } from './host';

/**
 * The pane inside Excel: the open workbook, through Office.js. Each call is one `Excel.run`
 * batch; the adapter writes all of a plan or none of it.
 */
export function excelHost(displayLanguage: Lang): Host {
  return {
    kind: 'excel',
    displayLanguage,
    readGrids: () => Excel.run((context) => readGrids(context)),
    write: async (plan) => {
      const capabilities = detectCapabilities(Office.context.requirements);
      await Excel.run((context) => renderPlan(context, plan, { capabilities }));
    },
    goTo: (sheet, cell) =>
      Excel.run(async (context) => {
        const worksheet = context.workbook.worksheets.getItem(sheet);
        worksheet.activate();
        if (cell) worksheet.getRange(cell).select();
        await context.sync();
      }),
  };
}
