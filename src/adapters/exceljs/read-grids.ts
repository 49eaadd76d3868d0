import type ExcelJS from 'exceljs';
import type { CellValue, SheetGrid, Visibility, WorkbookGrids } from '../../workbook/grid';

/**
 * Every worksheet of an ExcelJS workbook as a grid of plain values (see `workbook/grid.ts`).
 * Formulas give their cached result, rich text and hyperlinks their text, error cells their
 * error text (`#N/A`); a merged cell reads as the value of its range. The sheets `readsCells`
 * does not name (all are read by default) come without rows: a compute needs only the names
 * of earlier months' tabs, which a year of a large team's months makes hundreds of thousands
 * of rows.
 */
export function gridsFromExcelJs(workbook: ExcelJS.Workbook, readsCells: (sheetName: string) => boolean = () => true): WorkbookGrids {
  const date1904 = workbook.properties?.date1904 === true;
  return {
    sheets: workbook.worksheets.map((worksheet) =>
      readsCells(worksheet.name) ? gridOf(worksheet, date1904) : { name: worksheet.name, rows: [], visibility: visibilityOf(worksheet.state) },
    ),
  };
}

function gridOf(worksheet: ExcelJS.Worksheet, date1904: boolean): SheetGrid {
  const rows: CellValue[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // Sized for the row's cells at once, then cut after its last value: the rows of a large
    // sheet live through the whole compute, and grown arrays keep room they never use.
    const values = new Array<CellValue>(row.cellCount).fill(null);
    let length = 0;
    row.eachCell({ includeEmpty: false }, (cell, columnNumber) => {
      values[columnNumber - 1] = plainValue(cell.value, date1904);
      length = columnNumber;
    });
    values.length = length;
    while (rows.length < rowNumber - 1) rows.push([]);
    rows.push(values);
  });
  return { name: worksheet.name, rows, visibility: visibilityOf(worksheet.state) };
}

function visibilityOf(state: ExcelJS.WorksheetState | undefined): Visibility {
  return state === 'hidden' || state === 'veryHidden' ? state : 'visible';
}

function plainValue(value: ExcelJS.CellValue, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean') return value;
  if (value instanceof Date) return serialOf(value, date1904);
  if ('error' in value) return value.error;
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('hyperlink' in value) return plainValue(value.text as ExcelJS.CellValue, date1904);
  if ('formula' in value || 'sharedFormula' in value) return plainValue(value.result as ExcelJS.CellValue, date1904);
  return null;
}

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days from 1900-01-00 (serial 0 in the 1900 system) to 1904-01-01 (serial 0 in the 1904 system). */
const DAYS_1900_TO_1904 = 1_462;

/**
 * ExcelJS turns date-formatted numbers into Dates whose UTC fields are the wall-clock value,
 * already taking a 1904 workbook's epoch into account; this is its own inverse for the 1900
 * system. In a 1904 workbook a time of day (a stored serial below 1) became a Date on
 * 1904-01-01: it is kept a time of day rather than read as that date.
 */
function serialOf(date: Date, date1904: boolean): number {
  const serial = UNIX_EPOCH_SERIAL + date.getTime() / MS_PER_DAY;
  if (date1904 && serial >= DAYS_1900_TO_1904 && serial < DAYS_1900_TO_1904 + 1) return serial - DAYS_1900_TO_1904;
  return serial;
}
