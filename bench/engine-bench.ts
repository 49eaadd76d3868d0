import { openWorkbookFile, workbookGrids } from '../src/cli/workbook-on-disk';
import { computeMonth } from '../src/engine/compute-month';
import type { Policy } from '../src/engine/policy';
import type { MonthInput } from '../src/engine/results';
import { readPolicy } from '../src/workbook/policy/read-policy';
import { readInputSheets } from '../src/workbook/read/read-input-sheets';
import { benchMonth, type SampleFile } from './samples';
import { median, timeMs } from './stats';

export interface EngineMeasurement {
  readonly employees: number;
  readonly attendanceRows: number;
  readonly entryRows: number;
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  readonly perRowMicroseconds: number;
}

/** The month's records as the pipeline hands them to the engine, read once, outside the timing. */
async function monthInputOf(sample: SampleFile): Promise<MonthInput> {
  const grids = await workbookGrids(await openWorkbookFile(sample.path));
  const input = readInputSheets(grids, benchMonth);
  const read = readPolicy(grids);
  if (input.issues.length > 0 || read.issues.length > 0) throw new Error(`${sample.path} does not read cleanly`);
  const policy: Policy = input.shifts ? { ...read.policy, shifts: input.shifts } : read.policy;
  return { month: benchMonth, policy, employees: input.employees, attendance: input.attendance, entries: input.entries, kpi: input.kpi, history: [] };
}

function collectGarbage(): void {
  // Present when node runs with --expose-gc: each run then starts from a clean heap.
  (globalThis as { gc?: () => void }).gc?.();
}

/** Computes before the timed ones. */
const WARM_UP_RUNS = 5;

/**
 * The rules alone (records → results): `computeMonth` `runs` times after warming up, so that
 * the median is of optimised code, as in a task pane that has computed a few months. One
 * warm-up was not enough: at 5,000 employees the month took 214, 161, 176, 122 ms in its first
 * runs and some 105 ms from the tenth on.
 */
export async function measureEngine(sample: SampleFile, runs: number): Promise<EngineMeasurement> {
  const input = await monthInputOf(sample);
  const first = computeMonth(input);
  if (!first.ok || first.result.employees.length === 0) throw new Error(`${sample.path} does not compute`);
  for (let run = 1; run < WARM_UP_RUNS; run++) {
    collectGarbage();
    computeMonth(input);
  }
  const runsMs: number[] = [];
  for (let run = 0; run < runs; run++) {
    collectGarbage();
    runsMs.push(timeMs(() => computeMonth(input)));
  }
  const medianMs = median(runsMs);
  return {
    employees: sample.employees,
    attendanceRows: input.attendance.length,
    entryRows: input.entries.length,
    runsMs,
    medianMs,
    perRowMicroseconds: (medianMs * 1000) / input.attendance.length,
  };
}
