import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { ClockEngineMeasurement } from './clock-engine-bench';
import type { EngineMeasurement } from './engine-bench';
import type { SampleFile } from './samples';

/** The engine's measure of `sample` (a month, or a month from punches), taken in a fresh node process. */
export function engineInChild(benchDir: string, kind: 'month', sample: SampleFile, runs: number): EngineMeasurement;
export function engineInChild(benchDir: string, kind: 'clock', sample: SampleFile, runs: number): ClockEngineMeasurement;
export function engineInChild(benchDir: string, kind: 'month' | 'clock', sample: SampleFile, runs: number): EngineMeasurement | ClockEngineMeasurement {
  const output = execFileSync(process.execPath, ['--expose-gc', join(benchDir, 'engine-child.js'), kind, JSON.stringify(sample), String(runs)], {
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(output) as EngineMeasurement | ClockEngineMeasurement;
}
