import type { CellValue, SheetGrid, Visibility, WorkbookGrids } from '../../workbook/grid';
import { syncWithDateSystem } from './date-probe';
import { isDateFormat, serialFrom1904 } from './date-system';

const VISIBILITY: Record<string, Visibility> = { Visible: 'visible', Hidden: 'hidden', VeryHidden: 'veryHidden' };

/** Cells per request when a workbook is too big to read in one: some 2.5 MB of values, typically. */
const CELLS_PER_REQUEST = 300_000;

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

/** Splits each used range into blocks of whole rows and groups them into requests of bounded size. */
function blockRequests(used: readonly (Block | undefined)[]): Block[][] {
  const requests: Block[][] = [];
  let current: Block[] = [];
  let cells = 0;
  for (const area of used) {
    if (!area) continue;
    const rowsPerBlock = Math.max(1, Math.floor(CELLS_PER_REQUEST / area.columns));
    for (let offset = 0; offset < area.rows; offset += rowsPerBlock) {
      const block = { ...area, top: area.top + offset, rows: Math.min(rowsPerBlock, area.rows - offset) };
      const blockCells = block.rows * block.columns;
      if (current.length > 0 && cells + blockCells > CELLS_PER_REQUEST) {
        requests.push(current);
        current = [];
        cells = 0;
      }
      current.push(block);
      cells += blockCells;
    }
  }
  if (current.length > 0) requests.push(current);
  return requests;
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
 * Every sheet's name, visibility and values, in two requests for ordinary workbooks: the list of
 * sheets (with the date system), then the used range of all of them at once. A workbook whose
 * values exceed what Excel returns in one answer (5 MB on the web) is read in row blocks.
 */
export async function readGrids(context: Excel.RequestContext): Promise<WorkbookGrids> {
  const sync: SyncFn = () => context.sync().then(() => undefined);
  const { loaded: collection, date1904 } = await syncWithDateSystem(
    context,
    () => context.workbook.worksheets.load('items/name,items/visibility'),
    sync,
  );
  const sheets = collection.items;
  const used = sheets.map((sheet) =>
    sheet.getUsedRangeOrNullObject(true).load(date1904 ? 'values,numberFormat,rowIndex,columnIndex' : 'values,rowIndex,columnIndex'),
  );

  let parts: BlockValues[];
  try {
    await sync();
    parts = used.flatMap((range, sheet) =>
      range.isNullObject
        ? []
        : [{
            block: { sheet, top: range.rowIndex, left: range.columnIndex, rows: range.values.length, columns: range.values[0]?.length ?? 0 },
            values: range.values,
            formats: date1904 ? range.numberFormat : undefined,
          }],
    );
  } catch (error) {
    if (!isResponseTooLarge(error)) throw error;
    const outlines = sheets.map((sheet) => sheet.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount'));
    await sync();
    const areas = outlines.map((range, sheet) =>
      range.isNullObject ? undefined : { sheet, top: range.rowIndex, left: range.columnIndex, rows: range.rowCount, columns: range.columnCount },
    );
    parts = [];
    for (const request of blockRequests(areas)) parts.push(...(await readBlocks(context, sheets, request, date1904, sync)));
  }

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
