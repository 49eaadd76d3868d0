import { dayNumber, firstDayOf, isoDateFromDayNumber, lastDayOf, monthOf, type IsoDate, type Month } from '../../engine/calendar';
import { issueAt, type Issue } from '../../engine/issues';
import type { RowRef, ScheduledShift, ScheduleRow } from '../../engine/records';
import { a1, columnLetter, type CellValue, type SheetGrid, type WorkbookGrids } from '../grid';
import { inputSheet, restMarkers } from '../schema';
import { findHeader } from './find-header';
import { findSheet, type FoundSheet } from './find-sheet';
import { normalizeText, toHalfWidth } from './normalize-text';
import { idFromCell } from './parse-id';
import { codeFromText } from './read-code';
import { scheduleDayOf } from './schedule-day';

const definition = inputSheet('schedule');
const rest: ReadonlySet<string> = new Set(restMarkers.map(normalizeText));
const MONTH_SHEET = new RegExp(`^(?:${[definition.zh, definition.en, ...(definition.aliases ?? [])].map((name) => normalizeText(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')}) ?(\\d{4}-\\d{2})$`);

/** The month of a sheet named for one (`排班 2026-11`, `Schedule 2026-11`), or undefined. */
export function scheduleSheetMonth(name: string): Month | undefined {
  return MONTH_SHEET.exec(normalizeText(name))?.[1];
}

/** Whether a sheet is a schedule, of one month or of every month. */
export function isScheduleSheet(name: string): boolean {
  return scheduleSheetMonth(name) !== undefined || findSheet({ sheets: [{ name, rows: [] }] }, definition) !== undefined;
}

/** SPEC §2.1: the sheet `排班 YYYY-MM` / `Schedule YYYY-MM` for the month, else the sheet `排班` / `Schedule`. */
export function scheduleSheetFor(grids: WorkbookGrids, month: Month): FoundSheet | undefined {
  for (const grid of grids.sheets) {
    if (scheduleSheetMonth(grid.name) === month) return { grid, lang: /[\u3400-\u9fff]/.test(grid.name) ? 'zh' : 'en' };
  }
  return findSheet(grids, definition);
}

export interface ScheduleRead {
  /** The month's rows, with the days just before and after the month where a schedule has them. */
  readonly rows: ScheduleRow[];
  /** The sheet of the month's schedule, if the workbook has one. */
  readonly sheet?: FoundSheet;
  /** Shifts that sheet schedules in the month. */
  readonly shiftCount: number;
}

function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && cell.trim() === '');
}

/** A cell's text as a shift (code or name), or undefined for a blank cell and the rest markers. */
function shiftText(cell: CellValue | undefined): string | undefined {
  if (isBlank(cell) || typeof cell === 'boolean') return undefined;
  const text = toHalfWidth(String(cell)).trim();
  return rest.has(normalizeText(text)) ? undefined : codeFromText(text);
}

/**
 * One schedule sheet's rows, keeping the day columns whose date `wanted` accepts; day numbers
 * are days of `month`. With `issues`, problems are reported (the month's own sheet); without,
 * the sheet only lends the days beside the month, and says nothing.
 */
function readScheduleSheet(grid: SheetGrid, month: Month, wanted: (date: IsoDate) => boolean, issues?: Issue[]): ScheduleRow[] {
  const search = findHeader(grid.rows, definition.columns);
  if (!search.found) {
    if (issues && grid.rows.some((row) => row.some((cell) => !isBlank(cell)))) {
      issues.push({ severity: 'error', code: 'MISSING_COLUMN', sheet: grid.name, cell: search.cell, params: { column: `${definition.columns[0].zh} / ${definition.columns[0].en}` } });
    }
    return [];
  }
  const { rowIndex: headerRow, columnIndex, headerText } = search.header;
  const idIndex = columnIndex.employeeId;
  const known = new Set(Object.values(columnIndex));
  const days: { index: number; date: IsoDate; column: string }[] = [];
  (grid.rows[headerRow] ?? []).forEach((cell, index) => {
    if (known.has(index)) return;
    const date = scheduleDayOf(cell, month);
    if (date !== undefined && wanted(date)) days.push({ index, date, column: columnLetter(index) });
  });
  if (issues && !days.some((day) => monthOf(day.date) === month)) {
    // A schedule without the month's days would leave every day of the month unscheduled without a word.
    issues.push({ severity: 'error', code: 'MISSING_COLUMN', sheet: grid.name, cell: a1(headerRow, idIndex), params: { column: `${month} 每日 / days of ${month}` } });
  }
  const columns = { employeeId: columnLetter(idIndex), ...(columnIndex.name === undefined ? {} : { name: columnLetter(columnIndex.name) }) };
  const rows: ScheduleRow[] = [];
  for (let rowIndex = headerRow + 1; rowIndex < grid.rows.length; rowIndex++) {
    const cells = grid.rows[rowIndex];
    const shifts: ScheduledShift[] = [];
    for (const day of days) {
      const shift = shiftText(cells[day.index]);
      if (shift !== undefined) shifts.push({ date: day.date, shift, column: day.column });
    }
    const idCell = cells[idIndex];
    const ref: RowRef = { sheet: grid.name, row: rowIndex + 1, columns };
    if (isBlank(idCell)) {
      if (shifts.length > 0) issues?.push(issueAt('error', 'MISSING_VALUE', ref, 'employeeId', { column: headerText.employeeId ?? definition.columns[0].zh }));
      continue;
    }
    rows.push({ employeeId: idFromCell(idCell as Exclude<CellValue, null>), ref, shifts });
  }
  return rows;
}

/**
 * 排班 / Schedule (SPEC §2.1) for `month`: the month's sheet, and the days just before and
 * after the month from the sheets of their own months, which shape the windows at the month's
 * edges. Columns of other days are ignored; so are rest markers and blank cells.
 */
export function readSchedule(grids: WorkbookGrids, month: Month, issues: Issue[]): ScheduleRead {
  const sheet = scheduleSheetFor(grids, month);
  const before = isoDateFromDayNumber(dayNumber(firstDayOf(month)) - 1);
  const after = isoDateFromDayNumber(dayNumber(lastDayOf(month)) + 1);
  const rows: ScheduleRow[] = [];
  let shiftCount = 0;
  const neighbours: IsoDate[] = [];
  for (const edge of [before, after]) {
    const other = scheduleSheetFor(grids, monthOf(edge));
    if (other !== undefined && other.grid === sheet?.grid) neighbours.push(edge);
    else if (other !== undefined) rows.push(...readScheduleSheet(other.grid, monthOf(edge), (date) => date === edge).filter((row) => row.shifts.length > 0));
  }
  if (sheet !== undefined) {
    const own = readScheduleSheet(sheet.grid, month, (date) => monthOf(date) === month || neighbours.includes(date), issues);
    for (const row of own) for (const shift of row.shifts) if (monthOf(shift.date) === month) shiftCount++;
    rows.unshift(...own);
  }
  return { rows, sheet, shiftCount };
}
