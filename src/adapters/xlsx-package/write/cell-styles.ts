import { parseCell, parseRange, type CellRange } from '../../../workbook/cell-range';
import type { CellStyle, SheetSpec } from '../../../workbook/sheet-spec';

/** What a column contributes before any styled range: its number format, `@` for text. */
function columnBase(spec: SheetSpec, column: number): CellStyle {
  const definition = spec.columns[column];
  if (!definition) return {};
  if (definition.text) return { numberFormat: '@' };
  return definition.numberFormat ? { numberFormat: definition.numberFormat } : {};
}

/** Interned styles: equal content, equal id, whatever order the properties came in. */
export class StyleTable {
  private readonly ids = new Map<string, number>();
  readonly styles: CellStyle[] = [];
  /** `transitions[base][layer]`: the id of `base` with `layer` on top. */
  private readonly transitions: number[][] = [];

  intern(style: CellStyle): number {
    const entries = Object.entries(style).filter(([, value]) => value !== undefined);
    const content = JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
    let id = this.ids.get(content);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.transitions.push([]);
      this.ids.set(content, id);
    }
    return id;
  }

  compose(base: number, layer: number): number {
    const known = this.transitions[base][layer];
    if (known !== undefined) return known;
    const id = this.intern({ ...this.styles[base], ...this.styles[layer] });
    this.transitions[base][layer] = id;
    return id;
  }
}

/**
 * The final style of every cell a sheet writes, and its link, in two typed arrays row after
 * row: a 36,000-row details tab is two arrays, not an object per cell.
 */
export interface CellStyleGrid {
  readonly width: number;
  readonly height: number;
  readonly table: StyleTable;
  /** Style id plus one of the cell at `row * width + column`; 0 when the cell is not written. */
  readonly ids: Int32Array;
  /** Index into `spec.hyperlinks` plus one; 0 for a cell without a link. */
  readonly links: Int32Array | undefined;
}

/** Columns and rows a sheet's values, styled ranges and links reach. */
function sheetSize(spec: SheetSpec, ranges: readonly CellRange[], links: readonly { row: number; column: number }[]): { width: number; height: number } {
  let width = spec.columns.length;
  let height = spec.rows.length;
  for (const values of spec.rows) width = Math.max(width, values.length);
  for (const range of ranges) {
    width = Math.max(width, range.right + 1);
    height = Math.max(height, range.bottom + 1);
  }
  for (const link of links) {
    width = Math.max(width, link.column + 1);
    height = Math.max(height, link.row + 1);
  }
  return { width, height };
}

/**
 * Each written cell's style: a cell holding a value starts from its column's number format,
 * then every styled range covering it applies in the order given (later ranges win property by
 * property); a link cell without a style takes its column's. Cost: the cells written plus the
 * area of the ranges, one array step each.
 */
export function cellStyleGrid(spec: SheetSpec): CellStyleGrid {
  const table = new StyleTable();
  const ranges = spec.styles.map((styled) => parseRange(styled.range));
  const linkCells = spec.hyperlinks.map((link) => parseCell(link.cell));
  const { width, height } = sheetSize(spec, ranges, linkCells);
  const bases = Array.from({ length: width }, (_, column) => table.intern(columnBase(spec, column)));
  const ids = new Int32Array(width * height);
  const links = linkCells.length > 0 ? new Int32Array(width * height) : undefined;

  spec.rows.forEach((values, row) => {
    for (let column = 0; column < values.length; column++) {
      if (values[column] !== null) ids[row * width + column] = bases[column] + 1;
    }
  });
  spec.styles.forEach((styled, index) => {
    const layer = table.intern(styled.style);
    const range = ranges[index];
    for (let row = range.top; row <= range.bottom; row++) {
      for (let column = range.left; column <= range.right; column++) {
        const at = row * width + column;
        const current = ids[at];
        ids[at] = table.compose(current === 0 ? bases[column] : current - 1, layer) + 1;
      }
    }
  });
  linkCells.forEach((cell, index) => {
    const at = cell.row * width + cell.column;
    if (ids[at] === 0) ids[at] = bases[cell.column] + 1;
    if (links) links[at] = index + 1;
  });
  return { width, height, table, ids, links };
}
