import { Workbook } from 'exceljs';
import { gridsFromExcelJs } from '../adapters/exceljs/read-grids';
import { readsCellsOf } from '../workbook/content-sheets';
import { renderPlan } from '../adapters/exceljs/render-plan';
import type { WorkbookGrids } from '../workbook/grid';
import type { WritePlan } from '../workbook/sheet-spec';

/**
 * An .xlsx file held in memory by the plain web page, through ExcelJS. This module is loaded
 * with `import()` only when the page opens a file, so the pane inside Excel never carries ExcelJS.
 */
export async function parseWorkbook(bytes: ArrayBuffer): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(bytes);
  return workbook;
}

export function emptyWorkbook(): Workbook {
  return new Workbook();
}

export async function workbookBytes(workbook: Workbook): Promise<ArrayBuffer> {
  const buffer = await workbook.xlsx.writeBuffer();
  return buffer as ArrayBuffer;
}

export async function workbookGrids(workbook: Workbook): Promise<WorkbookGrids> {
  // Like the Office host: the cells of the sheets a compute reads, the names of all.
  return gridsFromExcelJs(workbook, readsCellsOf);
}

/**
 * The plan rendered into a fresh copy of the file, so that a failure part way leaves the
 * file as it was (SPEC §4); the caller keeps the new bytes only when this resolves.
 */
export async function writePlan(bytes: ArrayBuffer, plan: WritePlan): Promise<{ workbook: Workbook; bytes: ArrayBuffer }> {
  const workbook = await parseWorkbook(bytes);
  renderPlan(workbook, plan);
  return { workbook, bytes: await workbookBytes(workbook) };
}
