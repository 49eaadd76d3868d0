import { Workbook } from 'exceljs';
import type { WorkbookGrids } from '../../src/workbook/grid';
import { inputSheets } from '../../src/workbook/schema';

const formats = { date: 'yyyy-mm-dd', time: 'hh:mm', month: 'yyyy-mm' } as const;

/** An .xlsx file holding the grids as a supervisor would type them: dates and times as formatted serials. */
export async function xlsxFromGrids(grids: WorkbookGrids): Promise<Buffer> {
  const workbook = new Workbook();
  for (const grid of grids.sheets) {
    const sheet = workbook.addWorksheet(grid.name);
    const definition = inputSheets.find((candidate) => candidate.zh === grid.name || candidate.en === grid.name);
    grid.rows.forEach((row) => sheet.addRow([...row]));
    definition?.columns.forEach((column, index) => {
      const format = column.kind in formats ? formats[column.kind as keyof typeof formats] : undefined;
      if (format) sheet.getColumn(index + 1).numFmt = format;
      sheet.getColumn(index + 1).width = 14;
    });
    // Headers stay text: the number format applies to the data below them only.
    sheet.getRow(1).numFmt = '@';
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
