// The floor under `scorecard compute --out`: the same workbook read with ExcelJS and written
// out again, nothing else; then the process's peak memory and the time of each step go to
// the side file:
//   node dist/bench/floor-child.js REPORT.json IN.xlsx OUT.xlsx
import ExcelJS from 'exceljs';
import { PhaseClock, writeChildReport } from './child-report';

async function run(): Promise<void> {
  const [reportFile, input, output] = process.argv.slice(2);
  const clock = new PhaseClock();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  clock.lap('read');
  await workbook.xlsx.writeFile(output);
  clock.lap('write');
  writeChildReport(reportFile, 0, clock.phases);
}

void run();
