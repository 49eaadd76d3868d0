import type { Style } from 'exceljs';
import type { CellStyle, SheetSpec } from '../../workbook/sheet-spec';
import { parseCell, parseRange } from './cell-range';
import { excelStyle } from './cell-style';

/** Excel's column limit (XFD), so that row × width + column is a unique cell key. */
const MAX_COLUMNS = 16_384;

export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

export function cellOfKey(key: number): { readonly row: number; readonly column: number } {
  return { row: Math.floor(key / MAX_COLUMNS), column: key % MAX_COLUMNS };
}

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
  private readonly transitions = new Map<string, number>();

  intern(style: CellStyle): number {
    const entries = Object.entries(style).filter(([, value]) => value !== undefined);
    const content = JSON.stringify(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
    let id = this.ids.get(content);
    if (id === undefined) {
      id = this.styles.length;
      this.styles.push(style);
      this.ids.set(content, id);
    }
    return id;
  }

  /** The id of `styles[base]` with `layer` on top; each distinct pair is composed once. */
  compose(base: number, layer: number): number {
    const key = `${base}:${layer}`;
    let id = this.transitions.get(key);
    if (id === undefined) {
      id = this.intern({ ...this.styles[base], ...this.styles[layer] });
      this.transitions.set(key, id);
    }
    return id;
  }
}

/**
 * The final style of every cell the sheet writes: each value cell, each cell of a styled range
 * and each hyperlink. A cell's style is its column's number format, then every styled range that
 * covers it in the order given (later ranges win property by property).
 *
 * Cost is the cells written plus the area of the ranges, one map step per cell and range.
 * Styles are interned by content, so 5,000 alike rows share a handful of style objects.
 */
export function sheetCellStyles(spec: SheetSpec): Map<number, Partial<Style>> {
  const table = new StyleTable();
  const columnIds = new Map<number, number>();
  const baseOf = (column: number): number => {
    let id = columnIds.get(column);
    if (id === undefined) {
      id = table.intern(columnBase(spec, column));
      columnIds.set(column, id);
    }
    return id;
  };

  const cells = new Map<number, number>();
  spec.rows.forEach((values, row) =>
    values.forEach((value, column) => {
      if (value !== null) cells.set(cellKey(row, column), baseOf(column));
    }),
  );
  for (const styled of spec.styles) {
    const layer = table.intern(styled.style);
    const range = parseRange(styled.range);
    for (let row = range.top; row <= range.bottom; row++) {
      for (let column = range.left; column <= range.right; column++) {
        const key = cellKey(row, column);
        cells.set(key, table.compose(cells.get(key) ?? baseOf(column), layer));
      }
    }
  }
  const links = new Set<number>();
  for (const link of spec.hyperlinks) {
    const cell = parseCell(link.cell);
    const key = cellKey(cell.row, cell.column);
    links.add(key);
    if (!cells.has(key)) cells.set(key, baseOf(cell.column));
  }

  const rendered = new Map<number, Partial<Style>>();
  const result = new Map<number, Partial<Style>>();
  for (const [key, id] of cells) {
    const link = links.has(key);
    // Hyperlink cells get odd ids so that a link and a plain cell never share a style.
    const renderedKey = id * 2 + (link ? 1 : 0);
    let style = rendered.get(renderedKey);
    if (!style) {
      style = excelStyle(table.styles[id], link);
      rendered.set(renderedKey, style);
    }
    result.set(key, style);
  }
  return result;
}
