import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Month } from '../engine/calendar';
import type { Lang } from '../i18n/lang';
import { readsCellsOf } from '../workbook/content-sheets';
import { computeWorkbook, templateWritePlan } from '../workbook/pipeline';
import { sampleWorkbookPlan } from '../workbook/sample/sample-plan';
import { sampleTimeClockPlan } from '../workbook/sample/time-clock-plan';
import type { WritePlan } from '../workbook/sheet-spec';
import { cliStrings } from './cli-strings';
import type { CliOutput } from './output';
import { reportText } from './text-report';
import { newWorkbook, saveWorkbook, withPlan, workbookGrids, type WorkbookOnDisk } from './workbook-on-disk';

/** The sample: a 36-person team over two fixed months, so that every run shows the same result. */
export const demoMonths: readonly Month[] = ['2026-10', '2026-11'];
const DEMO_EMPLOYEES = 36;
const DEMO_SEED = 20261;
/** The second team, on a time clock: smaller, on its own seed. */
const CLOCK_EMPLOYEES = 24;
const CLOCK_SEED = 20262;

/** `attendance`: the team typing a row a day; `timeClock`: the team whose days come from punches and a schedule. */
export type DemoTeam = 'attendance' | 'timeClock';

export function demoFileName(lang: Lang, team: DemoTeam = 'attendance'): string {
  const stem = team === 'attendance' ? 'scorecard-demo' : 'scorecard-demo-punches';
  return lang === 'zh' ? `${stem}.xlsx` : `${stem}-en.xlsx`;
}

function demoPlan(lang: Lang, team: DemoTeam): WritePlan {
  return team === 'attendance'
    ? sampleWorkbookPlan({ employees: DEMO_EMPLOYEES, months: demoMonths, seed: DEMO_SEED, lang })
    : sampleTimeClockPlan({ employees: CLOCK_EMPLOYEES, months: demoMonths, seed: CLOCK_SEED, lang, as: 'punches' });
}

/** Builds a sample workbook in memory and computes each demo month into it, in order. */
export async function buildDemoWorkbook(path: string, lang: Lang, now: Date, output?: CliOutput, team: DemoTeam = 'attendance'): Promise<WorkbookOnDisk> {
  let workbook = await newWorkbook(path, now);
  workbook = await withPlan(workbook, demoPlan(lang, team), now);
  workbook = await withPlan(workbook, templateWritePlan(await workbookGrids(workbook, () => false), lang), now);
  for (const month of demoMonths) {
    const report = computeWorkbook(await workbookGrids(workbook, readsCellsOf), { month, lang, generatedAt: now });
    output?.stdout(reportText(report, undefined));
    if (!report.ok || !report.plan) throw new Error(`the sample workbook does not compute for ${month}`);
    workbook = await withPlan(workbook, report.plan, now);
  }
  return workbook;
}

/**
 * `scorecard demo`: build the sample workbooks, compute them, say where the results are: a
 * team that types its attendance, and a team whose days come from a time clock's punches and
 * a schedule (SPEC §2.1).
 */
export async function runDemo(command: { readonly dir?: string; readonly lang: Lang }, output: CliOutput): Promise<number> {
  const dir = resolve(command.dir ?? '.');
  mkdirSync(dir, { recursive: true });
  const strings = cliStrings(command.lang);
  const files: string[] = [];
  for (const team of ['attendance', 'timeClock'] as const) {
    const file = join(dir, demoFileName(command.lang, team));
    const workbook = await buildDemoWorkbook(file, command.lang, new Date(), output, team);
    await saveWorkbook(workbook, file);
    files.push(file);
  }
  output.stdout(`\n${strings.demoDone(files[0], demoMonths.join(', '))}\n${strings.demoClockDone(files[1])}\n${strings.demoOpen}`);
  return 0;
}
