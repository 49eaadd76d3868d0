import type { Month } from '../engine/calendar';
import type { Lang } from '../i18n/lang';
import { readsCellsOf } from '../workbook/content-sheets';
import { computeWorkbook } from '../workbook/pipeline';
import { jsonResult } from './json-result';
import type { CliOutput } from './output';
import { reportText } from './text-report';
import { openWorkbookFile, savePlan, workbookGrids } from './workbook-on-disk';

export interface ComputeCommand {
  readonly file: string;
  readonly month: Month;
  readonly out?: string;
  readonly lang?: Lang;
  readonly json: boolean;
  /** Preview (SPEC §4.3): compute and show the result and its changes, write nothing. */
  readonly dryRun?: boolean;
}

/**
 * `scorecard compute`: read, check, compute; write the month's tabs only when there is no
 * error (SPEC §4–§6), and never on a dry run. Exit 0 done, 1 data errors (nothing written).
 * File problems throw FileError, which the caller answers with exit 2.
 */
export async function runCompute(command: ComputeCommand, output: CliOutput, now: () => Date = () => new Date()): Promise<number> {
  // A dry run writes nothing, so a structure-protected workbook can still be previewed.
  const workbook = await openWorkbookFile(command.file, { forWriting: !command.dryRun });
  const grids = await workbookGrids(workbook, readsCellsOf);
  const report = computeWorkbook(grids, { month: command.month, lang: command.lang, generatedAt: now() });
  let written: { file: string; sheets: string[] } | undefined;
  if (report.ok && report.plan && !command.dryRun) {
    const target = command.out ?? command.file;
    await savePlan(workbook, report.plan, target, now());
    written = { file: target, sheets: report.plan.sheets.filter((sheet) => sheet.visibility === 'visible').map((sheet) => sheet.name) };
  }
  if (command.json) output.stdout(JSON.stringify(jsonResult(report), null, 2));
  else output.stdout(reportText(report, written, command.dryRun === true));
  return report.ok ? 0 : 1;
}
