// `npm run bench`: speed, memory and scale of the engine, the command line, the Office.js
// adapter and the task pane bundle, judged against the targets; the tables go to standard
// output and everything measured to bench/results.json.
//
// For a quicker look while working on something: node dist/bench/main.js --sizes=100,1000 --cli-runs=2
// (a partial run writes bench/out/results.json and leaves bench/results.json alone); --no-clock
// leaves out the months from punches and a schedule, --no-taskpane the task pane's build.
import { writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { BenchResults, ClockResults, ClockSampleSummary, OfficeOutcome, SampleSummary } from './bench-results';
import { browserBuildDir, measureBrowser, type BrowserOutcome } from './browser-bench';
import type { ClockEngineMeasurement } from './clock-engine-bench';
import { measureTaskpaneBundle } from './bundle-bench';
import { measureCli, type CliMeasurement } from './cli-bench';
import type { EngineMeasurement } from './engine-bench';
import { engineInChild } from './engine-in-child';
import { machineFacts } from './machine';
import { measureOffice } from './office-bench';
import { benchSizes, writeClockSample, writeSample, type SampleFile } from './samples';
import { clockMeasurementsTable, machineLine, measurementsTable, targetsTable } from './table';
import { verdicts } from './targets';
import type { OfficeMeasurement } from './bench-results';

const ENGINE_RUNS = 7;
const CLI_RUNS = 5;

interface Options {
  readonly sizes: readonly number[];
  readonly cliRuns: number;
  readonly taskpane: boolean;
  readonly clock: boolean;
  readonly partial: boolean;
}

function optionsFrom(argv: readonly string[]): Options {
  const value = (name: string) => argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
  const sizes = value('sizes')?.split(',').map(Number) ?? [...benchSizes];
  const cliRuns = Number(value('cli-runs') ?? CLI_RUNS);
  const taskpane = !argv.includes('--no-taskpane');
  const clock = !argv.includes('--no-clock');
  return { sizes, cliRuns, taskpane, clock, partial: argv.length > 0 };
}

function progress(text: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${text}\n`);
}

/** The Office.js measure, or why it stopped; once it fails, the larger sizes are not tried. */
async function officeMeasure(sample: SampleFile, outcome: OfficeOutcome, sizes: OfficeMeasurement[]): Promise<OfficeOutcome> {
  if (!outcome.measured) return outcome;
  try {
    sizes.push(await measureOffice(sample));
    return outcome;
  } catch (error) {
    return { measured: false, reason: `the in-memory Excel compute failed: ${(error as Error).message}` };
  }
}

/** A month from punches and a schedule at each size: the engine against the same month as Attendance rows, Office.js, the command line. */
async function measureClock(options: Options, outDir: string): Promise<ClockResults> {
  const samples: ClockSampleSummary[] = [];
  const engine: ClockEngineMeasurement[] = [];
  const cli: CliMeasurement[] = [];
  const office: OfficeMeasurement[] = [];
  let officeOutcome: OfficeOutcome = { measured: true, sizes: office };
  for (const employees of options.sizes) {
    progress(`${employees} employees from punches: writing the sample workbook`);
    const sample = await writeClockSample(employees, outDir);
    progress(`${employees} employees from punches: engine against the same month as Attendance rows, ${ENGINE_RUNS} runs each`);
    const measurement = engineInChild(__dirname, 'clock', sample, ENGINE_RUNS);
    engine.push(measurement);
    samples.push({ employees, punchRows: measurement.punchRows, scheduledShifts: measurement.scheduledShifts, fileBytes: sample.bytes });
    progress(`${employees} employees from punches: Office.js adapter in the in-memory Excel`);
    officeOutcome = await officeMeasure(sample, officeOutcome, office);
    progress(`${employees} employees from punches: command line and floor, ${options.cliRuns} runs each, in turns`);
    cli.push(await measureCli(sample, __dirname, outDir, options.cliRuns));
  }
  return { samples, engine, cli, office: officeOutcome };
}

async function run(): Promise<void> {
  const options = optionsFrom(process.argv.slice(2));
  const root = join(__dirname, '..', '..');
  const outDir = join(root, 'bench', 'out');
  const started = Date.now();
  const machine = machineFacts(new Date());

  const samples: SampleSummary[] = [];
  const sampleFiles: SampleFile[] = [];
  const engine: EngineMeasurement[] = [];
  const office: OfficeMeasurement[] = [];
  const cli: CliMeasurement[] = [];
  let officeOutcome: OfficeOutcome = { measured: true, sizes: office };
  for (const employees of options.sizes) {
    progress(`${employees} employees: writing the sample workbook`);
    const sample = await writeSample(employees, outDir);
    sampleFiles.push(sample);
    progress(`${employees} employees: engine, ${ENGINE_RUNS} runs`);
    const engineMeasurement = engineInChild(__dirname, 'month', sample, ENGINE_RUNS);
    engine.push(engineMeasurement);
    samples.push({ employees, attendanceRows: engineMeasurement.attendanceRows, entryRows: engineMeasurement.entryRows, fileBytes: sample.bytes });
    if (officeOutcome.measured) progress(`${employees} employees: Office.js adapter in the in-memory Excel`);
    officeOutcome = await officeMeasure(sample, officeOutcome, office);
    progress(`${employees} employees: command line and floor, ${options.cliRuns} runs each, in turns`);
    cli.push(await measureCli(sample, __dirname, outDir, options.cliRuns));
  }
  const clock = options.clock ? await measureClock(options, outDir) : undefined;
  const taskpane = options.taskpane ? (progress('task pane: production build'), measureTaskpaneBundle(root, outDir)) : { measured: false as const, reason: 'not run (--no-taskpane)' };
  let browser: BrowserOutcome = { measured: false, reason: 'not run (--no-taskpane)' };
  if (taskpane.measured) {
    progress('web page: the compute in headless Chromium');
    browser = await measureBrowser(browserBuildDir(outDir), sampleFiles);
  }

  const results: BenchResults = {
    command: options.partial ? `node dist/bench/main.js ${process.argv.slice(2).join(' ')}` : 'npm run bench',
    machine,
    samples,
    engine,
    cli,
    office: officeOutcome,
    taskpane,
    ...(clock ? { clock } : {}),
    browser,
    durationSeconds: Math.round((Date.now() - started) / 1000),
  };
  const targets = verdicts(results);
  const file = options.partial ? join(outDir, 'results.json') : join(root, 'bench', 'results.json');
  writeFileSync(file, `${JSON.stringify({ ...results, loadAverageAtEnd: loadavg(), targets }, null, 2)}\n`);

  const clockTable = clockMeasurementsTable(results);
  process.stdout.write(`\n${measurementsTable(results)}\n\n${clockTable ? `From punches and a schedule:\n\n${clockTable}\n\n` : ''}${targetsTable(targets)}\n\n`);
  process.stdout.write(`Machine: ${machineLine(results)}\nCommand: ${results.command}; ${results.durationSeconds} s in all. Results: ${file}\n`);
}

run().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
  process.exitCode = 1;
});
