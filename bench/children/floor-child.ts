// The floor under `scorecard compute --out`: the same workbook read with ExcelJS and written
// out again, nothing else, then the process's peak memory written to the side file:
//   node dist/bench/floor-child.js REPORT.json IN.xlsx OUT.xlsx
import ExcelJS from 'exceljs';
import { writeChildReport } from './child-report';

async function run(): Promise<void> {
  const [reportFile, input, output] = process.argv.slice(2);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(input);
  await workbook.xlsx.writeFile(output);
  writeChildReport(reportFile, 0);
}

void run();
