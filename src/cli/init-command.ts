import ExcelJS from 'exceljs';
import { existsSync } from 'node:fs';
import { gridsFromExcelJs } from '../adapters/exceljs/read-grids';
import { renderPlan } from '../adapters/exceljs/render-plan';
import { readWorkbookFile, saveWorkbookFile } from '../adapters/exceljs/workbook-file';
import type { Month } from '../engine/calendar';
import type { Lang } from '../i18n/lang';
import { templateWritePlan } from '../workbook/pipeline';
import { cliStrings } from './cli-strings';
import type { CliOutput } from './output';

/**
 * `scorecard init`: a new workbook with the input sheets, their headers and the policy
 * sheets; with `schedule`, also the Punches sheet and that month's schedule (SPEC §2.1). An
 * existing file only gets the sheets it lacks; no existing sheet is touched.
 */
export async function runInit(command: { readonly file: string; readonly lang: Lang; readonly schedule?: Month }, output: CliOutput): Promise<number> {
  const workbook = existsSync(command.file) ? await readWorkbookFile(command.file) : new ExcelJS.Workbook();
  const plan = templateWritePlan(gridsFromExcelJs(workbook), command.lang, command.schedule);
  const strings = cliStrings(command.lang);
  if (plan.sheets.length === 0) {
    output.stdout(strings.initNothing(command.file));
    return 0;
  }
  renderPlan(workbook, plan);
  await saveWorkbookFile(workbook, command.file);
  output.stdout(strings.initDone(command.file, plan.sheets.map((sheet) => sheet.name).join(', ')));
  return 0;
}
