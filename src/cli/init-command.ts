import { existsSync } from 'node:fs';
import type { Lang } from '../i18n/lang';
import { templateWritePlan } from '../workbook/pipeline';
import { cliStrings } from './cli-strings';
import type { CliOutput } from './output';
import { newWorkbook, openWorkbookFile, savePlan, workbookGrids } from './workbook-on-disk';

/**
 * `scorecard init`: a new workbook with the input sheets, their headers and the policy
 * sheets. An existing file only gets the sheets it lacks; no existing sheet is touched.
 */
export async function runInit(command: { readonly file: string; readonly lang: Lang }, output: CliOutput, now: () => Date = () => new Date()): Promise<number> {
  const workbook = existsSync(command.file) ? await openWorkbookFile(command.file, { forWriting: true }) : await newWorkbook(command.file, now());
  const plan = templateWritePlan(await workbookGrids(workbook, () => false), command.lang);
  const strings = cliStrings(command.lang);
  if (plan.sheets.length === 0) {
    output.stdout(strings.initNothing(command.file));
    return 0;
  }
  await savePlan(workbook, plan, command.file, now());
  output.stdout(strings.initDone(command.file, plan.sheets.map((sheet) => sheet.name).join(', ')));
  return 0;
}
