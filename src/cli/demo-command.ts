import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Month } from '../engine/calendar';
import type { Lang } from '../i18n/lang';
import { readsCellsOf } from '../workbook/content-sheets';
import { computeWorkbook, templateWritePlan } from '../workbook/pipeline';
import { sampleWorkbookPlan } from '../workbook/sample/sample-plan';
import { cliStrings } from './cli-strings';
import type { CliOutput } from './output';
import { reportText } from './text-report';
import { newWorkbook, saveWorkbook, withPlan, workbookGrids, type WorkbookOnDisk } from './workbook-on-disk';

/** The sample: a 36-person team over two fixed months, so that every run shows the same result. */
export const demoMonths: readonly Month[] = ['2026-10', '2026-11'];
const DEMO_EMPLOYEES = 36;
const DEMO_SEED = 20261;

export function demoFileName(lang: Lang): string {
  return lang === 'zh' ? 'scorecard-demo.xlsx' : 'scorecard-demo-en.xlsx';
}

/** Builds the sample workbook in memory and computes each demo month into it, in order. */
export async function buildDemoWorkbook(path: string, lang: Lang, now: Date, output?: CliOutput): Promise<WorkbookOnDisk> {
  let workbook = await newWorkbook(path, now);
  workbook = await withPlan(workbook, sampleWorkbookPlan({ employees: DEMO_EMPLOYEES, months: demoMonths, seed: DEMO_SEED, lang }), now);
  workbook = await withPlan(workbook, templateWritePlan(await workbookGrids(workbook, () => false), lang), now);
  for (const month of demoMonths) {
    const report = computeWorkbook(await workbookGrids(workbook, readsCellsOf), { month, lang, generatedAt: now });
    output?.stdout(reportText(report, undefined));
    if (!report.ok || !report.plan) throw new Error(`the sample workbook does not compute for ${month}`);
    workbook = await withPlan(workbook, report.plan, now);
  }
  return workbook;
}

/** `scorecard demo`: build a sample workbook, compute it, say where the result is. */
export async function runDemo(command: { readonly dir?: string; readonly lang: Lang }, output: CliOutput): Promise<number> {
  const dir = resolve(command.dir ?? '.');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, demoFileName(command.lang));
  const workbook = await buildDemoWorkbook(file, command.lang, new Date(), output);
  await saveWorkbook(workbook, file);
  const strings = cliStrings(command.lang);
  output.stdout(`\n${strings.demoDone(file, demoMonths.join(', '))}\n${strings.demoOpen}`);
  return 0;
}
