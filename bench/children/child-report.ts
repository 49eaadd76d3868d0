import { writeFileSync } from 'node:fs';

/** What a measured child process says about itself at exit, in a side file so its output stays its own. */
export interface ChildReport {
  readonly exitCode: number;
  /** Peak resident set size of the whole process, in kilobytes. */
  readonly maxRssKb: number;
}

export function writeChildReport(file: string, exitCode: number): void {
  const report: ChildReport = { exitCode, maxRssKb: process.resourceUsage().maxRSS };
  writeFileSync(file, `${JSON.stringify(report)}\n`);
}
