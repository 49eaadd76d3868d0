// Where the time of `scorecard compute --out` goes: the steps of the compute command
// (src/cli/compute-command.ts) one by one, each timed, to the side file:
//   node dist/bench/phases-child.js REPORT.json IN.xlsx MONTH OUT.xlsx
import { gridsFromExcelJs } from '../../src/adapters/exceljs/read-grids';
import { renderPlan } from '../../src/adapters/exceljs/render-plan';
import { readWorkbookFile, saveWorkbookFile } from '../../src/adapters/exceljs/workbook-file';
import { readsCellsOf } from '../../src/workbook/content-sheets';
import { computeWorkbook } from '../../src/workbook/pipeline';
import { PhaseClock, writeChildReport } from './child-report';

async function run(): Promise<void> {
  const [reportFile, input, month, output] = process.argv.slice(2);
  const clock = new PhaseClock();
  const workbook = await readWorkbookFile(input);
  clock.lap('read');
  const grids = gridsFromExcelJs(workbook, readsCellsOf);
  clock.lap('grids');
  const report = computeWorkbook(grids, { month, generatedAt: new Date() });
  clock.lap('rules and layout');
  if (!report.ok || !report.plan) throw new Error(`${input} does not compute for ${month}`);
  renderPlan(workbook, report.plan);
  clock.lap('render');
  await saveWorkbookFile(workbook, output);
  clock.lap('save');
  writeChildReport(reportFile, 0, clock.phases);
}

void run();
