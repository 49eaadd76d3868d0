import type { Style } from 'exceljs';
import type { CellStyle, Hyperlink, SheetSpec } from '../../workbook/sheet-spec';
import { parseCell, parseRange, type CellRange } from './cell-range';
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
 * Each row's style id per column, plus one (0: nothing to write), in typed arrays: a
 * 5,000-row sheet is a few hundred kilobytes and no garbage per cell. Rows with links also
 * keep the index of each cell's link, plus one, beside it.
 */
class StyleGrid {
  private readonly rows: (Int32Array | undefined)[] = [];
  private readonly links: (Int32Array | undefined)[] = [];

  constructor(readonly width: number) {}

  row(index: number): Int32Array {
    let row = this.rows[index];
    if (!row) {
      row = new Int32Array(this.width);
      this.rows[index] = row;
    }
    return row;
  }

  /** Marks a cell as holding `spec.hyperlinks[link]`; a later link of the same cell replaces it. */
  link(rowIndex: number, column: number, link: number): void {
    let row = this.links[rowIndex];
    if (!row) {
      row = new Int32Array(this.width);
      this.links[rowIndex] = row;
    }
    row[column] = link + 1;
  }

  forEachRow(visit: (row: Int32Array, links: Int32Array | undefined, index: number) => void): void {
    this.rows.forEach((row, index) => {
      if (row) visit(row, this.links[index], index);
    });
  }
}

function sheetWidth(spec: SheetSpec, ranges: readonly CellRange[], links: readonly { column: number }[]): number {
  let width = spec.columns.length;
  for (const values of spec.rows) width = Math.max(width, values.length);
  for (const range of ranges) width = Math.max(width, range.right + 1);
  for (const link of links) width = Math.max(width, link.column + 1);
  return width;
}

/**
 * Visits the final style of every cell the sheet writes: each value cell, each cell of a
 * styled range and each hyperlink, with the cell's link if it has one (the last one given). A cell's style is its column's number format, then every
 * styled range that covers it in the order given (later ranges win property by property).
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
  const width = sheetWidth(spec, ranges, links);
  const bases = Array.from({ length: width }, (_, column) => table.intern(columnBase(spec, column)));
  const grid = new StyleGrid(width);

  spec.rows.forEach((values, rowIndex) => {
    let row: Int32Array | undefined;
    for (let column = 0; column < values.length; column++) {
      if (values[column] === null) continue;
      row ??= grid.row(rowIndex);
      row[column] = bases[column] + 1;
    }
  });
  spec.styles.forEach((styled, index) => {
    const layer = table.intern(styled.style);
    const range = ranges[index];
    for (let rowIndex = range.top; rowIndex <= range.bottom; rowIndex++) {
      const row = grid.row(rowIndex);
      for (let column = range.left; column <= range.right; column++) {
        const current = row[column] === 0 ? bases[column] : row[column] - 1;
        row[column] = table.compose(current, layer) + 1;
      }
    }
  });
  links.forEach((link, index) => {
    const row = grid.row(link.row);
    if (row[link.column] === 0) row[link.column] = bases[link.column] + 1;
    grid.link(link.row, link.column, index);
  });

  // Rendered styles by id, hyperlink cells apart: a link never shares a plain cell's style.
  const plain: Partial<Style>[] = [];
  const linkStyles: Partial<Style>[] = [];
  grid.forEachRow((row, rowLinks, rowIndex) => {
    for (let column = 0; column < width; column++) {
      const id = row[column] - 1;
      if (id < 0) continue;
      const link = rowLinks === undefined ? 0 : rowLinks[column];
      if (link === 0) {
        plain[id] ??= excelStyle(table.styles[id], false);
        visit(rowIndex, column, plain[id], undefined);
      } else {
        linkStyles[id] ??= excelStyle(table.styles[id], true);
        visit(rowIndex, column, linkStyles[id], spec.hyperlinks[link - 1]);
      }
    }
  });
}
