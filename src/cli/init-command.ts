import { existsSync } from 'node:fs';
import type { Month } from '../engine/calendar';
import type { Lang } from '../i18n/lang';
import { readsCellsOf } from '../workbook/content-sheets';
import { templateWritePlan } from '../workbook/pipeline';
import { cliStrings } from './cli-strings';
import type { CliOutput } from './output';
import { newWorkbook, openWorkbookFile, savePlan, workbookGrids } from './workbook-on-disk';

/**
 * `scorecard init`: a new workbook with the input sheets, their headers and the policy
 * sheets; with `schedule`, also the Punches sheet and that month's schedule (SPEC §2.1). An
 * existing file only gets the sheets it lacks; no existing sheet is touched.
 */
export async function runInit(command: { readonly file: string; readonly lang: Lang; readonly schedule?: Month }, output: CliOutput, now: () => Date = () => new Date()): Promise<number> {
  const workbook = existsSync(command.file) ? await openWorkbookFile(command.file, { forWriting: true }) : await newWorkbook(command.file, now());
  const plan = templateWritePlan(await workbookGrids(workbook, command.schedule ? readsCellsOf : () => false), command.lang, command.schedule);
  const strings = cliStrings(command.lang);
  if (plan.sheets.length === 0) {
    output.stdout(strings.initNothing(command.file));
    return 0;
  }
  await savePlan(workbook, plan, command.file, now());
  output.stdout(strings.initDone(command.file, plan.sheets.map((sheet) => sheet.name).join(', ')));
  return 0;
}
