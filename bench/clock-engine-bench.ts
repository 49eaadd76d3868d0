import { openWorkbookFile, workbookGrids } from '../src/cli/workbook-on-disk';
import { computeMonth } from '../src/engine/compute-month';
import type { Policy } from '../src/engine/policy';
import type { MonthInput } from '../src/engine/results';
import type { WorkbookGrids } from '../src/workbook/grid';
import { readPolicy } from '../src/workbook/policy/read-policy';
import { readInputSheets } from '../src/workbook/read/read-input-sheets';
import { benchMonth, clockSampleAsAttendance, type SampleFile } from './samples';
import { median, ratio, timeMs } from './stats';

export interface ClockEngineMeasurement {
  readonly employees: number;
  readonly punchRows: number;
  readonly scheduledShifts: number;
  /** Rows of the same month typed into Attendance, one per employee and day. */
  readonly attendanceRows: number;
  readonly runsMs: readonly number[];
  readonly medianMs: number;
  /** The engine on the Attendance rows the punches imply, measured in turns with it. */
  readonly attendanceRunsMs: readonly number[];
  readonly attendanceMedianMs: number;
  /** Punches ÷ the same month as Attendance rows, by the wall clock. */
  readonly againstAttendance: number;
  /** The same by processor time, which a busy machine disturbs less. */
  readonly againstAttendanceCpu: number;
  readonly perPunchMicroseconds: number;
}

/** The month's records as the pipeline hands them to the engine, read once, outside the timing. */
function monthInputOf(grids: WorkbookGrids, what: string): MonthInput {
  const input = readInputSheets(grids, benchMonth);
  const read = readPolicy(grids);
  if (input.issues.length > 0 || read.issues.length > 0) throw new Error(`${what} does not read cleanly: ${input.issues[0]?.code ?? read.issues[0]?.code}`);
  const policy: Policy = input.shifts ? { ...read.policy, shifts: input.shifts } : read.policy;
  return {
    month: benchMonth,
    policy,
    employees: input.employees,
    attendance: input.attendance,
    entries: input.entries,
    kpi: input.kpi,
    history: [],
    punches: input.punches,
    schedule: input.schedule,
  };
}

async function monthInputFromFile(path: string): Promise<MonthInput> {
  const grids = await workbookGrids(await openWorkbookFile(path));
  return monthInputOf(grids, path);
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function scoresOf(input: MonthInput): string {
  const outcome = computeMonth(input);
  if (!outcome.ok) throw new Error(`does not compute: ${outcome.issues[0]?.code}`);
  return outcome.result.employees.map((employee) => `${employee.id} ${employee.score}`).join('\n');
}

/** Computes of each month, in turns, before the timed ones. */
const WARM_UP_RUNS = 5;

/**
 * The rules on a month from punches and the schedule against the same month typed into
 * Attendance (the first and last punch of each day): both computed `runs` times in turns after
 * warming up, the first compute of each checking that they give every employee the same score.
 */
export async function measureClockEngine(sample: SampleFile, runs: number): Promise<ClockEngineMeasurement> {
  // Read in a function of its own, so that the workbook and its grids are garbage before the timing.
  const punched = await monthInputFromFile(sample.path);
  const typed = monthInputOf(clockSampleAsAttendance(sample.employees), 'the same month as Attendance');
  if (scoresOf(punched) !== scoresOf(typed)) throw new Error(`${sample.path}: punches and the Attendance rows they imply give different scores`);
  const runsMs: number[] = [];
  const attendanceRunsMs: number[] = [];
  const cpuMs: number[] = [];
  const attendanceCpuMs: number[] = [];
  const timed = (input: MonthInput, wall: number[], cpu: number[]) => {
    collectGarbage();
    const started = process.cpuUsage();
    wall.push(timeMs(() => computeMonth(input)));
    const used = process.cpuUsage(started);
    cpu.push((used.user + used.system) / 1000);
  };
  // Warmed up in turns until both are optimised code (the scores check above was one compute
  // each): the month from punches runs through more functions than the typed month, and at
  // 100 employees a compute is a few milliseconds, far fewer than the engine needs to optimise.
  for (let run = 0; run < WARM_UP_RUNS; run++) {
    timed(punched, [], []);
    timed(typed, [], []);
  }
  for (let run = 0; run < runs; run++) {
    timed(punched, runsMs, cpuMs);
    timed(typed, attendanceRunsMs, attendanceCpuMs);
  }
  const medianMs = median(runsMs);
  const attendanceMedianMs = median(attendanceRunsMs);
  const punchRows = punched.punches?.length ?? 0;
  return {
    employees: sample.employees,
    punchRows,
    scheduledShifts: (punched.schedule ?? []).reduce((sum, row) => sum + row.shifts.length, 0),
    attendanceRows: typed.attendance.length,
    runsMs,
    medianMs,
    attendanceRunsMs,
    attendanceMedianMs,
    againstAttendance: ratio(medianMs, attendanceMedianMs),
    againstAttendanceCpu: ratio(median(cpuMs), median(attendanceCpuMs)),
    perPunchMicroseconds: (medianMs * 1000) / punchRows,
  };
}
