import { writeFileSync } from 'node:fs';

/** What a measured child process says about itself at exit, in a side file so its output stays its own. */
export interface ChildReport {
  readonly exitCode: number;
  /** Peak resident set size of the whole process, in kilobytes. */
  readonly maxRssKb: number;
  /** Processor time of the whole process (user and system, all threads), in milliseconds. */
  readonly cpuMs: number;
}

export function writeChildReport(file: string, exitCode: number): void {
  const usage = process.resourceUsage();
  const report: ChildReport = { exitCode, maxRssKb: usage.maxRSS, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 };
  writeFileSync(file, `${JSON.stringify(report)}\n`);
}
