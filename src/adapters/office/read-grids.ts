import type { CellValue, SheetGrid, Visibility, WorkbookGrids } from '../../workbook/grid';
import { syncWithDateSystem } from './date-probe';
import { isDateFormat, serialFrom1904 } from './date-system';
import { utf8Length } from './payload';

const VISIBILITY: Record<string, Visibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/**
 * Answer size aimed at when a workbook is too big to read in one: Excel on the web refuses an
 * answer over 5 MB, and the blocks are sized from an estimate, so a fifth is kept in reserve.
 */
const ANSWER_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * Rows of every sheet the first read request takes, whatever their size: a month of daily
 * attendance for 1,000 people, all the policy sheets, a year of history for 2,500. A team's
 * workbook comes whole in that request; a larger one gets its first rows there and the rest in
 * blocks, rather than a whole-workbook answer that Excel on the web would refuse as too big.
 */
const FIRST_READ_ROWS = 30_000;

/**
 * Bytes a cell takes in the answer, assumed for the first block (a typical input sheet takes
 * some 8 to 9); later blocks are sized by what the blocks before them actually took.
 */
const FIRST_GUESS_BYTES_PER_CELL = 10;

/** No cell takes fewer bytes than this in JSON (a one-digit number and its comma). */
const MIN_BYTES_PER_CELL = 2;

type SyncFn = () => Promise<void>;

/** A rectangle of one sheet to read, in sheet coordinates. */
interface Block {
  readonly sheet: number;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

interface BlockValues {
  readonly block: Block;
  readonly values: readonly (readonly unknown[])[];
  readonly formats?: readonly (readonly unknown[])[];
}

function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'ResponsePayloadSizeLimitExceeded';
}

/** Loads blocks in one request; if the answer is too big, in two halves, and so on. */
async function readBlocks(context: Excel.RequestContext, sheets: readonly Excel.Worksheet[], blocks: readonly Block[], date1904: boolean, sync: SyncFn): Promise<BlockValues[]> {
  const ranges = blocks.map((block) =>
    sheets[block.sheet].getRangeByIndexes(block.top, block.left, block.rows, block.columns).load(date1904 ? 'values,numberFormat' : 'values'),
  );
  try {
    await sync();
  } catch (error) {
    const single = blocks.length === 1 ? blocks[0] : undefined;
    if (!isResponseTooLarge(error) || (single && single.rows === 1)) throw error;
    const halves: Block[][] = single
      ? [
          [{ ...single, rows: Math.ceil(single.rows / 2) }],
          [{ ...single, top: single.top + Math.ceil(single.rows / 2), rows: Math.floor(single.rows / 2) }],
        ]
      : [blocks.slice(0, Math.ceil(blocks.length / 2)), blocks.slice(Math.ceil(blocks.length / 2))];
    const parts: BlockValues[] = [];
    for (const half of halves) parts.push(...(await readBlocks(context, sheets, half, date1904, sync)));
    return parts;
  }
  return blocks.map((block, index) => ({
    block,
    values: ranges[index].values,
    formats: date1904 ? ranges[index].numberFormat : undefined,
  }));
}

/** Takes whole rows off the front of `pending` until `cellBudget` cells; at least one row. */
function takeRows(pending: Block[], cellBudget: number): Block[] {
  const request: Block[] = [];
  let cells = 0;
  while (pending.length > 0) {
    const area = pending[0];
    const fitting = Math.floor((cellBudget - cells) / area.columns);
    if (fitting < 1 && request.length > 0) break;
    const rows = Math.min(area.rows, Math.max(1, fitting));
    request.push({ ...area, rows });
    cells += rows * area.columns;
    if (rows === area.rows) pending.shift();
    else pending[0] = { ...area, top: area.top + rows, rows: area.rows - rows };
  }
  return request;
}

function answerBytes(parts: readonly BlockValues[]): number {
  return parts.reduce((sum, part) => sum + utf8Length(JSON.stringify(part.values)) + (part.formats ? utf8Length(JSON.stringify(part.formats)) : 0), 0);
}

/**
 * Reads the used ranges in requests of whole rows, each sized to come back just under the
 * answer budget: the cells of a request are counted at the bytes per cell the previous
 * request's answer showed, so that a workbook of short numbers is read in fewer requests.
 */
async function readInBlocks(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  used: readonly (Block | undefined)[],
  date1904: boolean,
  sync: SyncFn,
  firstBytesPerCell = FIRST_GUESS_BYTES_PER_CELL,
): Promise<BlockValues[]> {
  const pending = used.filter((area): area is Block => area !== undefined && area.rows > 0 && area.columns > 0);
  const parts: BlockValues[] = [];
  let bytesPerCell = firstBytesPerCell;
  while (pending.length > 0) {
    const request = takeRows(pending, Math.max(1, Math.floor(ANSWER_BUDGET_BYTES / bytesPerCell)));
    const read = await readBlocks(context, sheets, request, date1904, sync);
    parts.push(...read);
    const cells = request.reduce((sum, block) => sum + block.rows * block.columns, 0);
    bytesPerCell = Math.max(MIN_BYTES_PER_CELL, answerBytes(read) / cells);
  }
  return parts;
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

/**
 * The first request reads every sheet up to row FIRST_READ_ROWS, with the size of its used
 * range; what lies below is read on in blocks. Ordinary workbooks come whole in that request.
 * If Excel refuses its answer as too big, the sizes are asked alone and everything is read in
 * blocks.
 */
async function readUsedRanges(
  context: Excel.RequestContext,
  sheets: readonly Excel.Worksheet[],
  read: readonly boolean[],
  date1904: boolean,
  sync: SyncFn,
): Promise<BlockValues[]> {
  const properties = date1904 ? 'values,numberFormat,rowIndex,columnIndex' : 'values,rowIndex,columnIndex';
  const firsts = sheets.map((sheet, index) => {
    if (!read[index]) return undefined;
    // getUsedRange, unlike its OrNullObject form, answers A1 for a blank sheet rather than a null object to chain from.
    const used = sheet.getUsedRange(true).load('rowIndex,columnIndex,rowCount,columnCount');
    const head = used.getIntersectionOrNullObject(sheet.getRange(`1:${FIRST_READ_ROWS}`)).load(properties);
    return { used, head };
  });
  try {
    await sync();
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    const outlines = sheets.map((sheet, index) => (read[index] ? sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount') : undefined));
    await sync();
    const areas = outlines.map((range, sheet) =>
      range === undefined || range.isNullObject ? undefined : { sheet, top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, columns: range.columnCount },
    );
    return readInBlocks(context, sheets, areas, date1904, sync);
  }

  const parts: BlockValues[] = [];
  const rest: Block[] = [];
  firsts.forEach((first, sheet) => {
    if (!first) return;
    const { used, head } = first;
    const blank = used.rowCount === 1 && used.columnCount === 1 && !head.isNullObject && head.values[0][0] === '';
    if (blank) return;
    if (!head.isNullObject) {
      parts.push({
        block: { sheet, top: head.rowIndex, left: head.columnIndex, rows: head.values.length, columns: head.values[0]?.length ?? 0 },
        values: head.values,
        formats: date1904 ? head.numberFormat : undefined,
      });
    }
    const end = used.rowIndex + used.rowCount;
    const top = Math.max(used.rowIndex, FIRST_READ_ROWS);
    if (end > top) rest.push({ sheet, top, left: used.columnIndex, rows: end - top, columns: used.columnCount });
  });
  if (rest.length === 0) return parts;
  const cells = parts.reduce((sum, part) => sum + part.block.rows * part.block.columns, 0);
  const bytesPerCell = cells > 0 ? Math.max(MIN_BYTES_PER_CELL, answerBytes(parts) / cells) : FIRST_GUESS_BYTES_PER_CELL;
  return [...parts, ...(await readInBlocks(context, sheets, rest, date1904, sync, bytesPerCell))];
}

/**
 * Every sheet's name and visibility, and the values of the sheets `readsCells` names (all by
 * default; the others come back without rows), in two requests for ordinary workbooks: the
 * list of sheets (with the date system), then the used ranges of all of them at once. Longer
 * sheets are read on in row blocks (readUsedRanges).
 */
export async function readGrids(context: Excel.RequestContext, readsCells: (sheetName: string) => boolean = () => true): Promise<WorkbookGrids> {
  const sync: SyncFn = () => context.sync().then(() => undefined);
  const { loaded: collection, date1904 } = await syncWithDateSystem(
    context,
    () => context.workbook.worksheets.load('items/name,items/visibility'),
    sync,
  );
  const sheets = collection.items;
  const read = sheets.map((sheet) => readsCells(sheet.name));
  const parts = await readUsedRanges(context, sheets, read, date1904, sync);

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
