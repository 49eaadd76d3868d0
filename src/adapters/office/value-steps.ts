import { columnLetter, type CellValue } from '../../workbook/grid';
import { linkFormula } from '../../workbook/link-formula';
import type { SheetSpec } from '../../workbook/sheet-spec';
import { parseArea } from './a1';
import { GENERATED_FONT, setNumberFormat } from './cell-style';
import { isDateFormat, serialTo1904 } from './date-system';
import { estimateBytes, MAX_OPERATION_BYTES, utf8Length, type WriteStep } from './payload';
import type { StyleAreas } from './style-areas';
import { keptAsTyped } from './typed-text';
import type { SheetHolder } from './tabs';

const MAX_ROWS_PER_OPERATION = 5_000;

interface RowBlock {
  readonly start: number;
  readonly end: number;
}

/** Consecutive rows in blocks of at most MAX_OPERATION_BYTES of values each. */
function rowBlocks(rows: SheetSpec['rows']): RowBlock[] {
  const blocks: RowBlock[] = [];
  let start = 0;
  let bytes = 0;
  rows.forEach((row, index) => {
    const rowBytes = utf8Length(JSON.stringify(row)) + 1;
    if (index > start && (bytes + rowBytes > MAX_OPERATION_BYTES || index - start >= MAX_ROWS_PER_OPERATION)) {
      blocks.push({ start, end: index });
      start = index;
      bytes = 0;
    }
    bytes += rowBytes;
  });
  if (start < rows.length) blocks.push({ start, end: rows.length });
  return blocks;
}

/** The formula (with its `=`) of every link cell, by row, then column. */
type LinkCells = ReadonlyMap<number, ReadonlyMap<number, string>>;

function linkCells(spec: SheetSpec): LinkCells {
  const cells = new Map<number, Map<number, string>>();
  for (const link of spec.hyperlinks) {
    const { top, left } = parseArea(link.cell);
    let row = cells.get(top);
    if (!row) cells.set(top, (row = new Map()));
    row.set(left, `=${linkFormula(link)}`);
  }
  return cells;
}

/** The block's cells that pass `test`, as vertical runs of A1 addresses, column by column. */
function verticalRuns(block: RowBlock, width: number, test: (row: number, column: number) => boolean): string[] {
  const runs: string[] = [];
  for (let column = 0; column < width; column++) {
    let runStart = -1;
    for (let row = block.start; row <= block.end; row++) {
      const passes = row < block.end && test(row, column);
      if (passes && runStart < 0) runStart = row;
      if (!passes && runStart >= 0) {
        const letter = columnLetter(column);
        runs.push(runStart === row - 1 ? `${letter}${row}` : `${letter}${runStart + 1}:${letter}${row}`);
        runStart = -1;
      }
    }
  }
  return runs;
}

function checkedValue(spec: SheetSpec, row: number, column: number, value: CellValue): CellValue {
  if (typeof value === 'number' && !Number.isFinite(value)) {
    throw new RangeError(`${spec.name}!${columnLetter(column)}${row + 1}: ${value} is not a number Excel can hold`);
  }
  return value;
}

/**
 * The sheet's values, block by block. Per block, before its values:
 *
 * - `@` on text cells in columns not formatted as text, so that Excel keeps them as text
 *   ("1001", "=1+1", "2026-11") instead of reading them as numbers, formulas or dates (SPEC §4:
 *   input text is written as text), unless Excel has no other reading for them (typed-text.ts);
 * - General on link cells in text columns, whose HYPERLINK formula `@` would keep as text.
 *
 * The links travel as formulas inside the block, entered as typed like every other value. In a
 * 1904 workbook, date cells are shifted so that Excel shows the same dates (the plan's serials
 * are in the 1900 system).
 */
export function valueSteps(tab: SheetHolder, spec: SheetSpec, styles: StyleAreas, date1904: boolean): WriteStep[] {
  const links = linkCells(spec);
  const isLink = (row: number, column: number) => links.get(row)?.has(column) === true;
  return rowBlocks(spec.rows).flatMap((block) => {
    const rows = spec.rows.slice(block.start, block.end);
    const width = Math.max(0, ...rows.map((row) => row.length));
    if (width === 0) return [];
    let hasLinks = false;
    const values = rows.map((row, offset) =>
      Array.from({ length: width }, (_, column) => {
        const rowIndex = block.start + offset;
        const value = checkedValue(spec, rowIndex, column, row[column] ?? null);
        const formula = links.get(rowIndex)?.get(column);
        if (formula !== undefined) {
          hasLinks = true;
          return formula;
        }
        if (value === null) return '';
        if (date1904 && typeof value === 'number' && isDateFormat(styles.numberFormatAt(rowIndex, column))) {
          return serialTo1904(value);
        }
        return value;
      }),
    );
    const textRuns = verticalRuns(block, width, (row, column) => {
      const value = spec.rows[row][column];
      return !spec.columns[column]?.text && typeof value === 'string' && !keptAsTyped(value) && value !== '' && !isLink(row, column);
    });
    const generalRuns = hasLinks ? verticalRuns(block, width, (row, column) => isLink(row, column) && styles.numberFormatAt(row, column) === '@') : [];
    const step: WriteStep = {
      bytes: estimateBytes([values, textRuns, generalRuns], textRuns.length + generalRuns.length + 3),
      formulas: hasLinks,
      queue: () => {
        const sheet = tab.sheet;
        for (const run of textRuns) setNumberFormat(sheet.getRange(run), '@');
        for (const run of generalRuns) setNumberFormat(sheet.getRange(run), 'General');
        const range = sheet.getRangeByIndexes(block.start, 0, rows.length, width);
        range.format.font.name = GENERATED_FONT.name;
        range.format.font.size = GENERATED_FONT.size;
        // Through `values`, as everything else: Excel reads each entry as typed, so a link's `=…`
        // becomes a formula in its General cell while text in an `@` cell stays text.
        range.values = values;
      },
    };
    return [step];
  });
}
