import { columnLetter, type CellValue } from '../../workbook/grid';
import type { SheetSpec } from '../../workbook/sheet-spec';
import { GENERATED_FONT, setNumberFormat } from './cell-style';
import { isDateFormat, serialTo1904 } from './date-system';
import { estimateBytes, MAX_OPERATION_BYTES, utf8Length, type WriteStep } from './payload';
import type { StyleAreas } from './style-areas';
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

/**
 * The cells of a block that hold text in a column not formatted as text: as vertical runs,
 * one `@` format each, so that Excel keeps them as text ("1001", "=1+1", "2026-11") instead
 * of reading them as numbers, formulas or dates (SPEC §4: input text is written as text).
 */
function textRuns(spec: SheetSpec, block: RowBlock, width: number): string[] {
  const runs: string[] = [];
  for (let column = 0; column < width; column++) {
    if (spec.columns[column]?.text) continue;
    let runStart = -1;
    for (let row = block.start; row <= block.end; row++) {
      const value = row < block.end ? spec.rows[row][column] : undefined;
      const isText = typeof value === 'string' && value !== '';
      if (isText && runStart < 0) runStart = row;
      if (!isText && runStart >= 0) {
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
 * The sheet's values, block by block: per block, `@` on its text cells, the generated font,
 * then the values ("" for an empty cell). In a 1904 workbook, date cells are shifted so that
 * Excel shows the same dates (the plan's serials are in the 1900 system).
 */
export function valueSteps(tab: SheetHolder, spec: SheetSpec, styles: StyleAreas, date1904: boolean): WriteStep[] {
  return rowBlocks(spec.rows).flatMap((block) => {
    const rows = spec.rows.slice(block.start, block.end);
    const width = Math.max(0, ...rows.map((row) => row.length));
    if (width === 0) return [];
    const values = rows.map((row, offset) =>
      Array.from({ length: width }, (_, column) => {
        const rowIndex = block.start + offset;
        const value = checkedValue(spec, rowIndex, column, row[column] ?? null);
        if (value === null) return '';
        if (date1904 && typeof value === 'number' && isDateFormat(styles.numberFormatAt(rowIndex, column))) {
          return serialTo1904(value);
        }
        return value;
      }),
    );
    const runs = textRuns(spec, block, width);
    const step: WriteStep = {
      bytes: estimateBytes([values, runs], runs.length + 3),
      queue: () => {
        const sheet = tab.sheet;
        for (const run of runs) setNumberFormat(sheet.getRange(run), '@');
        const range = sheet.getRangeByIndexes(block.start, 0, rows.length, width);
        range.format.font.name = GENERATED_FONT.name;
        range.format.font.size = GENERATED_FONT.size;
        range.values = values;
      },
    };
    return [step];
  });
}
