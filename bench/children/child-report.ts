import { writeFileSync } from 'node:fs';

/** Processor time of the whole process so far (user and system, all threads), in milliseconds. */
export function processCpuMs(): number {
  const usage = process.resourceUsage();
  return (usage.userCPUTime + usage.systemCPUTime) / 1000;
}

/** One step of a child's work, timed from the end of the step before. */
export interface Phase {
  readonly name: string;
  readonly wallMs: number;
  readonly cpuMs: number;
}

/** Times the steps of a job one after the other: call `lap` at the end of each. */
export class PhaseClock {
  readonly phases: Phase[] = [];
  private wallStart = process.hrtime.bigint();
  private cpuStart = processCpuMs();

  lap(name: string): void {
    const wall = process.hrtime.bigint();
    const cpu = processCpuMs();
    this.phases.push({ name, wallMs: Number(wall - this.wallStart) / 1e6, cpuMs: cpu - this.cpuStart });
    this.wallStart = wall;
    this.cpuStart = cpu;
  }
}

/** What a measured child process says about itself at exit, in a side file so its output stays its own. */
export interface ChildReport {
  readonly exitCode: number;
  /** Peak resident set size of the whole process, in kilobytes. */
  readonly maxRssKb: number;
  /** Processor time of the whole process, start-up included, in milliseconds. */
  readonly cpuMs: number;
  readonly phases?: readonly Phase[];
}

export function writeChildReport(file: string, exitCode: number, phases?: readonly Phase[]): void {
  const report: ChildReport = { exitCode, maxRssKb: process.resourceUsage().maxRSS, cpuMs: processCpuMs(), phases };
  writeFileSync(file, `${JSON.stringify(report)}\n`);
}
