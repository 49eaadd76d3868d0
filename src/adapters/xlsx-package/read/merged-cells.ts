import type { CellValue } from '../../../workbook/grid';

interface Merge {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

function columnOf(letters: string): number {
  let column = 0;
  for (const letter of letters.toUpperCase()) column = column * 26 + (letter.charCodeAt(0) - 64);
  return column - 1;
}

/** The `<mergeCell ref>` ranges after `from` (they follow the cells in a worksheet). */
function mergedRanges(xml: string, from: number): Merge[] {
  const merges: Merge[] = [];
  const pattern = /<mergeCell\s[^>]*?ref\s*=\s*["']\$?([A-Za-z]+)\$?(\d+)(?::\$?([A-Za-z]+)\$?(\d+))?["']/g;
  pattern.lastIndex = from;
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(xml))) {
    const left = columnOf(match[1]);
    merges.push({ top: Number(match[2]) - 1, left, bottom: Number(match[4] ?? match[2]) - 1, right: match[3] ? columnOf(match[3]) : left });
  }
  return merges;
}

/** Beyond this many cells a merge fills only the rows and columns that hold values. */
const LARGEST_FILLED_MERGE = 100_000;

/** Every cell of each merged range given the value of its top-left cell, as Excel shows it. */
export function withMerges(rows: CellValue[][], xml: string, from: number): CellValue[][] {
  for (const merge of mergedRanges(xml, from)) {
    const value = rows[merge.top]?.[merge.left] ?? null;
    if (value === null) continue;
    const large = (merge.bottom - merge.top + 1) * (merge.right - merge.left + 1) > LARGEST_FILLED_MERGE;
    const bottom = large ? Math.min(merge.bottom, rows.length - 1) : merge.bottom;
    for (let row = merge.top; row <= bottom; row++) {
      while (rows.length <= row) rows.push([]);
      const cells = rows[row];
      const right = large ? Math.min(merge.right, Math.max(cells.length - 1, merge.left)) : merge.right;
      while (cells.length <= right) cells.push(null);
      for (let column = merge.left; column <= right; column++) cells[column] = value;
    }
  }
  return rows;
}
