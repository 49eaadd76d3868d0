// Where the time of `scorecard compute --out` goes: the steps of the compute command
// (src/cli/compute-command.ts) one by one, each timed, to the side file:
//   node dist/bench/phases-child.js REPORT.json IN.xlsx MONTH OUT.xlsx
import { applyPlan, openPackage, readGrids } from '../../src/adapters/xlsx-package/workbook-package';
import { nodeCodec } from '../../src/cli/node-codec';
import { readWorkbookBytes, writeWorkbookFile } from '../../src/cli/workbook-file';
import { readsCellsOf } from '../../src/workbook/content-sheets';
import { computeWorkbook } from '../../src/workbook/pipeline';
import { PhaseClock, writeChildReport } from './child-report';

async function run(): Promise<void> {
  const [reportFile, input, month, output] = process.argv.slice(2);
  const clock = new PhaseClock();
  const pkg = await openPackage(await readWorkbookBytes(input), nodeCodec);
  clock.lap('read');
  const grids = await readGrids(pkg, nodeCodec, readsCellsOf);
  clock.lap('grids');
  const report = computeWorkbook(grids, { month, generatedAt: new Date() });
  clock.lap('rules and layout');
  if (!report.ok || !report.plan) throw new Error(`${input} does not compute for ${month}`);
  const runs = await applyPlan(pkg, report.plan, nodeCodec, new Date());
  clock.lap('package written');
  await writeWorkbookFile(output, runs);
  clock.lap('save');
  writeChildReport(reportFile, 0, clock.phases);
}

void run();
