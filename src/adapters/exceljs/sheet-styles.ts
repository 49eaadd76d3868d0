import type { Style } from 'exceljs';
import type { CellStyle, Hyperlink, SheetSpec } from '../../workbook/sheet-spec';
import { parseCell, parseRange, type CellRange } from '../../workbook/cell-range';
import { excelStyle } from './cell-style';

/** What a column contributes before any styled range: its number format, `@` for text. */
function columnBase(spec: SheetSpec, column: number): CellStyle {
  const definition = spec.columns[column];
  if (!definition) return {};
  if (definition.text) return { numberFormat: '@' };
  return definition.numberFormat ? { numberFormat: definition.numberFormat } : {};
}

/** Interned styles: equal content, equal id, whatever order the properties came in. */
class StyleTable {
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
 * Each cell's style id, plus one (0: nothing to write), row after row in one typed array, and
 * beside it the index of each cell's link, plus one: a 36,000-row details tab is two arrays,
 * not one per row, and no garbage per cell.
 */
class StyleGrid {
  private readonly ids: Int32Array;
  private readonly links: Int32Array | undefined;

  constructor(
    readonly width: number,
    readonly height: number,
    hasLinks: boolean,
  ) {
    this.ids = new Int32Array(width * height);
    this.links = hasLinks ? new Int32Array(width * height) : undefined;
  }

  /** The style id of a cell plus one; 0 when nothing is written there yet. */
  idAt(row: number, column: number): number {
    return this.ids[row * this.width + column];
  }

  setId(row: number, column: number, idPlusOne: number): void {
    this.ids[row * this.width + column] = idPlusOne;
  }

  /** Marks a cell as holding `spec.hyperlinks[link]`; a later link of the same cell replaces it. */
  setLink(row: number, column: number, link: number): void {
    if (this.links) this.links[row * this.width + column] = link + 1;
  }

  /** The index of a cell's link plus one; 0 for a cell without a link. */
  linkAt(row: number, column: number): number {
    return this.links ? this.links[row * this.width + column] : 0;
  }
}

/** Columns and rows a sheet's values, styled ranges and links reach. */
function sheetSize(
  spec: SheetSpec,
  ranges: readonly CellRange[],
  links: readonly { row: number; column: number }[],
): { width: number; height: number } {
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
 * Visits the final style of every cell the sheet writes: each value cell, each cell of a
 * styled range and each hyperlink, with the cell's link if it has one (the last one given).
 * A cell's style is its column's number format, then every styled range that covers it in
 * the order given (later ranges win property by property).
 *
 * Cost is the cells written plus the area of the ranges, one array step per cell and range.
 * Styles are interned by content, so 5,000 alike rows share a handful of style objects.
 */
export function forEachCellStyle(
  spec: SheetSpec,
  visit: (row: number, column: number, style: Partial<Style>, link: Hyperlink | undefined) => void,
): void {
  const table = new StyleTable();
  const ranges = spec.styles.map((styled) => parseRange(styled.range));
  const links = spec.hyperlinks.map((link) => parseCell(link.cell));
  const { width, height } = sheetSize(spec, ranges, links);
  const bases = Array.from({ length: width }, (_, column) => table.intern(columnBase(spec, column)));
  const grid = new StyleGrid(width, height, links.length > 0);

  spec.rows.forEach((values, rowIndex) => {
    for (let column = 0; column < values.length; column++) {
      if (values[column] !== null) grid.setId(rowIndex, column, bases[column] + 1);
    }
  });
  spec.styles.forEach((styled, index) => {
    const layer = table.intern(styled.style);
    const range = ranges[index];
    for (let rowIndex = range.top; rowIndex <= range.bottom; rowIndex++) {
      for (let column = range.left; column <= range.right; column++) {
        const current = grid.idAt(rowIndex, column);
        grid.setId(rowIndex, column, table.compose(current === 0 ? bases[column] : current - 1, layer) + 1);
      }
    }
  });
  links.forEach((link, index) => {
    if (grid.idAt(link.row, link.column) === 0) grid.setId(link.row, link.column, bases[link.column] + 1);
    grid.setLink(link.row, link.column, index);
  });

  // Rendered styles by id, hyperlink cells apart: a link never shares a plain cell's style.
  const plain: Partial<Style>[] = [];
  const linkStyles: Partial<Style>[] = [];
  for (let rowIndex = 0; rowIndex < height; rowIndex++) {
    for (let column = 0; column < width; column++) {
      const id = grid.idAt(rowIndex, column) - 1;
      if (id < 0) continue;
      const link = grid.linkAt(rowIndex, column);
      if (link === 0) {
        plain[id] ??= excelStyle(table.styles[id], false);
        visit(rowIndex, column, plain[id], undefined);
      } else {
        linkStyles[id] ??= excelStyle(table.styles[id], true);
        visit(rowIndex, column, linkStyles[id], spec.hyperlinks[link - 1]);
      }
    }
  }
}
