import { utf8Length } from './payload';

/**
 * Answer size aimed at when a workbook is too big to read in one: Excel on the web refuses an
 * answer over 5 MB, and the blocks are sized from an estimate, so a fifth is kept in reserve.
 */
export const ANSWER_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * Bytes a cell takes in the answer, assumed for a sheet none of whose cells has been read yet
 * (a typical input sheet takes some 8 to 9); later blocks of a sheet are sized by what its
 * cells read before them actually took.
 */
export const FIRST_GUESS_BYTES_PER_CELL = 10;

/** No cell takes fewer bytes than this in JSON (a one-digit number and its comma). */
const MIN_BYTES_PER_CELL = 2;

export type SyncFn = () => Promise<void>;

/** A rectangle of one sheet to read, in sheet coordinates; `sheet` indexes the list of sheets. */
export interface Block {
  readonly sheet: number;
  readonly top: number;
  readonly left: number;
  readonly rows: number;
  readonly columns: number;
}

export interface BlockValues {
  readonly block: Block;
  readonly values: readonly (readonly unknown[])[];
  readonly formats?: readonly (readonly unknown[])[];
}

export function isResponseTooLarge(error: unknown): boolean {
  return (error as { code?: unknown })?.code === 'ResponsePayloadSizeLimitExceeded';
}

/** Loads blocks in one request; if the answer is too big, in two halves, and so on. */
async function readBlocks(sheets: readonly Excel.Worksheet[], blocks: readonly Block[], date1904: boolean, sync: SyncFn): Promise<BlockValues[]> {
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
    for (const half of halves) parts.push(...(await readBlocks(sheets, half, date1904, sync)));
    return parts;
  }
  return blocks.map((block, index) => ({
    block,
    values: ranges[index].values,
    formats: date1904 ? ranges[index].numberFormat : undefined,
  }));
}

/**
 * Bytes per cell by sheet, learnt from the answers: each sheet's blocks are sized by what its
 * own cells took, since a sheet of short numbers and one of long notes differ several-fold.
 */
export class CellCosts {
  private readonly bytes = new Map<number, number>();
  private readonly cells = new Map<number, number>();

  learn(parts: readonly BlockValues[]): this {
    for (const part of parts) {
      const cells = part.block.rows * part.block.columns;
      if (cells === 0) continue;
      const bytes = utf8Length(JSON.stringify(part.values)) + (part.formats ? utf8Length(JSON.stringify(part.formats)) : 0);
      this.bytes.set(part.block.sheet, (this.bytes.get(part.block.sheet) ?? 0) + bytes);
      this.cells.set(part.block.sheet, (this.cells.get(part.block.sheet) ?? 0) + cells);
    }
    return this;
  }

  perCell(sheet: number): number {
    const cells = this.cells.get(sheet);
    if (!cells) return FIRST_GUESS_BYTES_PER_CELL;
    return Math.max(MIN_BYTES_PER_CELL, (this.bytes.get(sheet) ?? 0) / cells);
  }
}

/** Takes whole rows off the front of `pending` until the estimated answer reaches `budget` bytes; at least one row. */
function takeRows(pending: Block[], costs: CellCosts, budget: number): Block[] {
  const request: Block[] = [];
  let bytes = 0;
  while (pending.length > 0) {
    const area = pending[0];
    const rowBytes = area.columns * costs.perCell(area.sheet);
    const fitting = Math.floor((budget - bytes) / rowBytes);
    if (fitting < 1 && request.length > 0) break;
    const rows = Math.min(area.rows, Math.max(1, fitting));
    request.push({ ...area, rows });
    bytes += rows * rowBytes;
    if (rows === area.rows) pending.shift();
    else pending[0] = { ...area, top: area.top + rows, rows: area.rows - rows };
  }
  return request;
}

/**
 * Reads the areas in requests of whole rows, each sized to come back just under the answer
 * budget at the bytes per cell each sheet has shown so far (`costs`), learning as it goes.
 */
export async function readInBlocks(
  sheets: readonly Excel.Worksheet[],
  areas: readonly (Block | undefined)[],
  date1904: boolean,
  sync: SyncFn,
  costs: CellCosts = new CellCosts(),
): Promise<BlockValues[]> {
  const pending = areas.filter((area): area is Block => area !== undefined && area.rows > 0 && area.columns > 0);
  const parts: BlockValues[] = [];
  while (pending.length > 0) {
    const read = await readBlocks(sheets, takeRows(pending, costs, ANSWER_BUDGET_BYTES), date1904, sync);
    parts.push(...read);
    costs.learn(read);
  }
  return parts;
}
