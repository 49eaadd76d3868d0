import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { newWorkbook, saveWorkbook, withPlan, workbookGrids } from '../src/cli/workbook-on-disk';
import type { Month } from '../src/engine/calendar';
import { templateWritePlan } from '../src/workbook/pipeline';
import { sampleWorkbookPlan } from '../src/workbook/sample/sample-plan';
import { sampleTimeClockPlan } from '../src/workbook/sample/time-clock-plan';
import type { WorkbookGrids } from '../src/workbook/grid';

/** The month every benchmark workbook holds and computes (30 days). */
export const benchMonth: Month = '2026-11';
export const benchSizes = [100, 1000, 5000] as const;
const SEED = 20_261_122;
/** Violation rows per employee: five, the scale the targets are stated for. */
const VIOLATIONS_PER_EMPLOYEE = 5;

export interface SampleFile {
  readonly employees: number;
  readonly path: string;
  readonly bytes: number;
}

/** The seed of the time-clock samples. */
const CLOCK_SEED = 20_261_123;

/**
 * A team's workbook as a supervisor keeps it (SPEC §2): the input sheets for one month from
 * the sample generator (a row a day each, day and overnight shifts, some late, early and
 * absent days), plus the policy sheets that `scorecard init` adds.
 */
export async function writeSample(employees: number, directory: string): Promise<SampleFile> {
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `team-${employees}.xlsx`);
  const now = new Date();
  let workbook = await newWorkbook(path, now);
  workbook = await withPlan(workbook, sampleWorkbookPlan({ employees, months: [benchMonth], seed: SEED, lang: 'zh', violationsPerEmployee: VIOLATIONS_PER_EMPLOYEE }), now);
  workbook = await withPlan(workbook, templateWritePlan(await workbookGrids(workbook, () => false), 'zh'), now);
  await saveWorkbook(workbook, path);
  return { employees, path, bytes: statSync(path).size };
}

/**
 * A team on a time clock (SPEC §2.1): the same sheets, but its days as a month of punches (four
 * a worked day and a few repeated reads, some 450,000 rows at 5,000 employees) and the month's
 * schedule, with Attendance for the leave days only.
 */
export async function writeClockSample(employees: number, directory: string): Promise<SampleFile> {
  mkdirSync(directory, { recursive: true });
  const path = join(directory, `team-punches-${employees}.xlsx`);
  const now = new Date();
  let workbook = await newWorkbook(path, now);
  workbook = await withPlan(
    workbook,
    sampleTimeClockPlan({ employees, months: [benchMonth], seed: CLOCK_SEED, lang: 'zh', violationsPerEmployee: VIOLATIONS_PER_EMPLOYEE, as: 'punches' }),
    now,
  );
  workbook = await withPlan(workbook, templateWritePlan(await workbookGrids(workbook, () => false), 'zh'), now);
  await saveWorkbook(workbook, path);
  return { employees, path, bytes: statSync(path).size };
}

/** The same team's month typed into Attendance, the first and last punch of each worked day as its clock times, as grids. */
export function clockSampleAsAttendance(employees: number): WorkbookGrids {
  const plan = sampleTimeClockPlan({ employees, months: [benchMonth], seed: CLOCK_SEED, lang: 'zh', violationsPerEmployee: VIOLATIONS_PER_EMPLOYEE, as: 'attendance' });
  return { sheets: plan.sheets.map((sheet) => ({ name: sheet.name, rows: sheet.rows })) };
}
