// `scorecard …` exactly as bin/scorecard.js runs it (the bundled CLI's `main`), then the
// process's peak memory written to the side file named by the first argument:
//   node dist/bench/compute-child.js REPORT.json compute IN.xlsx --month 2026-11 --out OUT.xlsx
import { join } from 'node:path';
import { writeChildReport } from './child-report';

type CliMain = (argv: readonly string[]) => Promise<number>;

async function run(): Promise<void> {
  const [reportFile, ...argv] = process.argv.slice(2);
  // Loaded at run time, not bundled in: the measured code is the CLI bundle users run.
  const { main } = require(join(__dirname, '..', 'cli', 'scorecard.js')) as { main: CliMain };
  const exitCode = await main(argv);
  writeChildReport(reportFile, exitCode);
  process.exitCode = exitCode;
}

void run();
