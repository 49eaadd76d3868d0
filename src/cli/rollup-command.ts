import type { Period } from '../engine/period';
import type { Lang } from '../i18n/lang';
import { readsCellsOf } from '../workbook/content-sheets';
import { rollupWorkbook } from '../workbook/rollup-pipeline';
import type { CliOutput } from './output';
import { jsonRollup } from './rollup-json';
import { rollupText } from './rollup-report';
import { openWorkbookFile, savePlan, workbookGrids } from './workbook-on-disk';

export interface RollupCommand {
  readonly file: string;
  readonly period: Period;
  readonly out?: string;
  readonly lang?: Lang;
  readonly json: boolean;
}

/**
 * `scorecard rollup`: the quarter's or the year's tab from the months computed (SPEC §4.2),
 * through the same reading and writing as compute. Exit 0 done, 1 errors (nothing written:
 * no month of the period computed, or a broken policy); file problems throw FileError (exit 2).
 */
export async function runRollup(command: RollupCommand, output: CliOutput, now: () => Date = () => new Date()): Promise<number> {
  const workbook = await openWorkbookFile(command.file, { forWriting: true });
  const grids = await workbookGrids(workbook, readsCellsOf);
  const report = rollupWorkbook(grids, { period: command.period, lang: command.lang, generatedAt: now() });
  let written: { file: string; sheets: string[] } | undefined;
  if (report.ok && report.plan) {
    const target = command.out ?? command.file;
    await savePlan(workbook, report.plan, target, now());
    written = { file: target, sheets: report.plan.sheets.map((sheet) => sheet.name) };
  }
  if (command.json) output.stdout(JSON.stringify(jsonRollup(report), null, 2));
  else output.stdout(rollupText(report, written));
  return report.ok ? 0 : 1;
}
