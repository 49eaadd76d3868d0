import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ChildReport, Phase } from './children/child-report';
import { benchMonth, type SampleFile } from './samples';
import { interleaved, median } from './stats';
import { uncompressedBytes } from './zip-size';

export interface ChildRun {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly maxRssKb: number;
  readonly phases?: readonly Phase[];
}

export interface ContenderMeasurement {
  readonly runs: readonly ChildRun[];
  readonly medianMs: number;
  /** Processor time: what the run cost whatever else the machine was doing. */
  readonly medianCpuMs: number;
  readonly medianMaxRssKb: number;
}

export interface CliMeasurement {
  readonly employees: number;
  readonly compute: ContenderMeasurement;
  readonly floor: ContenderMeasurement;
  /** What each wrote, uncompressed: the computed workbook also holds the month's new tabs. */
  readonly computeWrittenBytes: number;
  readonly floorWrittenBytes: number;
  /** One more compute, step by step (read, grids, rules and layout, render, save): where its time goes. */
  readonly computeSteps: readonly Phase[];
}

/** Runs one child to its end; the wall time includes node's start, as a user waits for it. */
function runChild(script: string, args: readonly string[], reportFile: string): Promise<ChildRun> {
  rmSync(reportFile, { force: true });
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn(process.execPath, [script, reportFile, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += String(chunk)));
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
      if (code !== 0) return reject(new Error(`${script} ${args.join(' ')} exited with ${code}\n${stderr}`));
      const report = JSON.parse(readFileSync(reportFile, 'utf8')) as ChildReport;
      resolve({ wallMs, cpuMs: report.cpuMs, maxRssKb: report.maxRssKb, phases: report.phases });
    });
  });
}

function summary(runs: readonly ChildRun[]): ContenderMeasurement {
  return {
    runs,
    medianMs: median(runs.map((run) => run.wallMs)),
    medianCpuMs: median(runs.map((run) => run.cpuMs)),
    medianMaxRssKb: median(runs.map((run) => run.maxRssKb)),
  };
}

/**
 * `scorecard compute IN --month M --out OUT` against the least the same job can cost (ExcelJS
 * reading and writing the same workbook), in turns, `runs` times each; then one compute
 * timed step by step.
 */
export async function measureCli(sample: SampleFile, benchDir: string, outDir: string, runs: number): Promise<CliMeasurement> {
  const script = (name: string) => join(benchDir, `${name}.js`);
  const report = (name: string) => join(outDir, `${name}.json`);
  const stem = basename(sample.path, '.xlsx');
  const computed = join(outDir, `computed-${stem}.xlsx`);
  const copied = join(outDir, `copied-${stem}.xlsx`);
  const { a, b } = await interleaved(
    runs,
    () => runChild(script('compute-child'), ['compute', sample.path, '--month', benchMonth, '--out', computed], report('compute-child')),
    () => runChild(script('floor-child'), [sample.path, copied], report('floor-child')),
  );
  const stepped = await runChild(script('phases-child'), [sample.path, benchMonth, join(outDir, `stepped-${stem}.xlsx`)], report('phases-child'));
  return {
    employees: sample.employees,
    compute: summary(a),
    floor: summary(b),
    computeWrittenBytes: uncompressedBytes(readFileSync(computed)),
    floorWrittenBytes: uncompressedBytes(readFileSync(copied)),
    computeSteps: stepped.phases ?? [],
  };
}

/** Each step's median over runs, in the order the steps ran. */
export function medianSteps(runs: readonly ChildRun[]): Phase[] {
  const names = runs[0]?.phases?.map((phase) => phase.name) ?? [];
  return names.map((name) => {
    const timings = runs.flatMap((run) => run.phases?.filter((phase) => phase.name === name) ?? []);
    return { name, wallMs: median(timings.map((phase) => phase.wallMs)), cpuMs: median(timings.map((phase) => phase.cpuMs)) };
  });
}
