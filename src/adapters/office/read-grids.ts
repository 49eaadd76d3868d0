import type { CellValue, SheetGrid, Visibility, WorkbookGrids } from '../../workbook/grid';
import { syncWithDateSystem } from './date-probe';
import { isDateFormat, serialFrom1904 } from './date-system';
import { type Block, type BlockValues, CellCosts, isResponseTooLarge, readInBlocks, type SyncFn } from './read-blocks';

const VISIBILITY: Record<string, Visibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/**
 * Rows of every sheet the first read request takes, whatever their size: a month of daily
 * attendance for 1,000 people, all the policy sheets, a year of history for 2,500. A team's
 * workbook comes whole in that request; a larger one gets its first rows there and the rest in
 * blocks, rather than a whole-workbook answer that Excel on the web would refuse as too big.
 */
const FIRST_READ_ROWS = 30_000;

/**
 * Columns the first read takes, so that its rectangle stays under Excel's read limit whatever a
 * sheet's width: "A range is limited to 5,000,000 cells for read operations" (learn.microsoft.com,
 * "Resource limits and performance optimization for Office Add-ins"). 30,000 rows × 150 columns
 * is 4.5 million cells; input sheets have a few dozen columns, and a sheet with a stray value far
 * to the right has the rest of its width read in blocks (read-blocks.ts, under 2.1 million cells
 * each).
 */
const FIRST_READ_COLUMNS = 150;

/** A sheet's used range and its first rows and columns, queued in one request. */
interface FirstRead {
  readonly used: Excel.Range;
  readonly head: Excel.Range;
}

/** What the reading has so far: the rows read, and the areas below them still to read. */
interface Reading {
  readonly parts: BlockValues[];
  readonly rest: Block[];
}

function queueFirstRead(sheet: Excel.Worksheet, date1904: boolean): FirstRead {
  // getUsedRange, unlike its OrNullObject form, answers A1 for a blank sheet rather than a null object to chain from.
  const used = sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
  // A bounded rectangle, not the rows `1:30000`: whole rows would let a wide sheet's intersection pass the read limit.
  const head = used
    .getIntersectionOrNullObject(sheet.getRangeByIndexes(0, 0, FIRST_READ_ROWS, FIRST_READ_COLUMNS))
    .load(date1904 ? 'values,numberFormat,rowIndex,columnIndex' : 'values,rowIndex,columnIndex');
  return { used, head };
}

/** Adds what a first read brought for the sheet at `sheet` (its index in the list) to `reading`. */
function takeFirstRead({ used, head }: FirstRead, sheet: number, date1904: boolean, reading: Reading): void {
  const blank = used.rowCount === 1 && used.columnCount === 1 && !head.isNullObject && head.values[0][0] === '';
  if (blank) return;
  if (!head.isNullObject) {
    reading.parts.push({
      block: { sheet, top: head.rowIndex, left: head.columnIndex, rows: head.values.length, columns: head.values[0]?.length ?? 0 },
      values: head.values,
      formats: date1904 ? head.numberFormat : undefined,
    });
  }
  const end = used.rowIndex + used.rowCount;
  const top = Math.max(used.rowIndex, FIRST_READ_ROWS);
  if (end > top) reading.rest.push({ sheet, top, left: used.columnIndex, rows: end - top, columns: used.columnCount });
  // The columns right of the first read's, in its rows.
  const right = used.columnIndex + used.columnCount;
  const left = Math.max(used.columnIndex, FIRST_READ_COLUMNS);
  const bottom = Math.min(end, FIRST_READ_ROWS);
  if (right > left && bottom > used.rowIndex) reading.rest.push({ sheet, top: used.rowIndex, left, rows: bottom - used.rowIndex, columns: right - left });
}

/**
 * The first rows and used-range sizes of the sheets at `indices`, in one request. If Excel
 * refuses the answer as too big, the sizes are asked alone and everything is left to the blocks.
 */
async function readFirstRows(sheets: readonly Excel.Worksheet[], indices: readonly number[], date1904: boolean, sync: SyncFn, reading: Reading): Promise<void> {
  if (indices.length === 0) return;
  const firsts = indices.map((index) => queueFirstRead(sheets[index], date1904));
  try {
    await sync();
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    const outlines = indices.map((index) => sheets[index].getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
    await sync();
    outlines.forEach((range, position) => {
      if (!range.isNullObject) reading.rest.push({ sheet: indices[position], top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, columns: range.columnCount });
    });
    return;
  }
  firsts.forEach((first, position) => takeFirstRead(first, indices[position], date1904, reading));
}

interface Listed {
  readonly sheets: readonly Excel.Worksheet[];
  readonly date1904: boolean;
  /** Indices of the sheets whose first rows came with the list. */
  readonly covered: ReadonlySet<number>;
}

function isItemNotFound(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'ItemNotFound';
}

/**
 * The list of sheets, in one request with the first rows of the sheets `expected` names (those
 * the last read saw), so that reading a workbook the task pane has already read once takes one
 * request fewer. Undefined when that request fails because a sheet has gone or the answer is
 * too big: the caller then lists the sheets first, as for a workbook never read.
 */
async function listWithExpected(context: Excel.RequestContext, expected: readonly string[], sync: SyncFn, reading: Reading): Promise<Listed | undefined> {
  const worksheets = context.workbook.worksheets;
  let listed;
  try {
    // The first rows are asked for as in a 1900 workbook: the date system comes with this answer.
    listed = await syncWithDateSystem(
      context,
      () => ({
        list: worksheets.load('items/name,items/visibility'),
        firsts: expected.map((name) => {
          const sheet = worksheets.getItem(name).load('name');
          return { sheet, first: queueFirstRead(sheet, false) };
        }),
      }),
      sync,
    );
  } catch (error) {
    if (isItemNotFound(error) || isResponseTooLarge(error)) return undefined;
    throw error;
  }
  const sheets = listed.loaded.list.items;
  const covered = new Set<number>();
  // A 1904 workbook's date cells need their formats: its sheets are read again, with them.
  if (!listed.date1904) {
    for (const { sheet, first } of listed.loaded.firsts) {
      const index = sheets.findIndex((candidate) => candidate.name === sheet.name);
      if (index < 0 || covered.has(index)) continue;
      covered.add(index);
      takeFirstRead(first, index, false, reading);
    }
  }
  return { sheets, date1904: listed.date1904, covered };
}

async function listSheets(context: Excel.RequestContext, sync: SyncFn): Promise<Listed> {
  const { loaded, date1904 } = await syncWithDateSystem(context, () => context.workbook.worksheets.load('items/name,items/visibility'), sync);
  return { sheets: loaded.items, date1904, covered: new Set() };
}

/** A cell as the workbook layer takes it: "" is empty; in a 1904 workbook, date serials move to 1900. */
function cellValue(value: unknown, format: unknown, date1904: boolean): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number') return date1904 && typeof format === 'string' && isDateFormat(format) ? serialFrom1904(value) : value;
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return String(value);
}

function placeBlock(rows: CellValue[][], { block, values, formats }: BlockValues, date1904: boolean): void {
  values.forEach((line, r) => {
    const row = (rows[block.top + r] ??= []);
    line.forEach((value, c) => {
      row[block.left + c] = cellValue(value, formats?.[r]?.[c], date1904);
    });
  });
}

/** Names without repeats, ignoring case as Excel does for sheet names. */
function distinctNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => !seen.has(name.toLowerCase()) && seen.add(name.toLowerCase()));
}

/**
 * Every sheet's name and visibility, and the values of the sheets `readsCells` names (all by
 * default; the others come back without rows). A workbook read for the first time takes two
 * requests when ordinary: the list of sheets (with the date system), then every sheet's used
 * range up to row FIRST_READ_ROWS. Given the sheets a previous read saw (`expected`), both
 * come in one request. Longer sheets are read on in row blocks (read-blocks.ts).
 */
export async function readGrids(
  context: Excel.RequestContext,
  readsCells: (sheetName: string) => boolean = () => true,
  expected: readonly string[] = [],
): Promise<WorkbookGrids> {
  const sync: SyncFn = () => context.sync().then(() => undefined);
  const reading: Reading = { parts: [], rest: [] };
  const hinted = distinctNames(expected.filter(readsCells));
  const listed = (hinted.length > 0 ? await listWithExpected(context, hinted, sync, reading) : undefined) ?? (await listSheets(context, sync));
  const { sheets, date1904, covered } = listed;
  const unread = sheets.flatMap((sheet, index) => (readsCells(sheet.name) && !covered.has(index) ? [index] : []));
  await readFirstRows(sheets, unread, date1904, sync, reading);
  const parts = [...reading.parts, ...(await readInBlocks(sheets, reading.rest, date1904, sync, new CellCosts().learn(reading.parts)))];

  // Rows from the sheet's row 1 and column A: the used range placed where it is, nulls around it.
  const grids: SheetGrid[] = sheets.map((sheet, index) => {
    const rows: CellValue[][] = [];
    for (const part of parts) if (part.block.sheet === index) placeBlock(rows, part, date1904);
    return {
      name: sheet.name,
      visibility: VISIBILITY[sheet.visibility] ?? 'visible',
      rows: Array.from({ length: rows.length }, (_, r) => Array.from(rows[r] ?? [], (value) => value ?? null)),
    };
  });
  return { sheets: grids };
}
