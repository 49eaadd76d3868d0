import type { CellStyle, SheetSpec } from '../../workbook/sheet-spec';
import { type CellArea, contains, parseArea } from './a1';

/**
 * A sheet's styled ranges with their areas parsed once, to ask what a cell ends up with: its
 * column's contribution, then every styled range over it in order, later ones winning.
 */
export class StyleAreas {
  private readonly styled: readonly { readonly area: CellArea; readonly style: CellStyle }[];

  constructor(private readonly spec: SheetSpec) {
    this.styled = spec.styles.map(({ range, style }) => ({ area: parseArea(range), style }));
  }

  /** The last value a styled range over the cell gives `property`, if any. */
  styleAt<K extends keyof CellStyle>(row: number, column: number, property: K): CellStyle[K] | undefined {
    for (let i = this.styled.length - 1; i >= 0; i--) {
      const { area, style } = this.styled[i];
      if (style[property] !== undefined && contains(area, row, column)) return style[property];
    }
    return undefined;
  }

  /** The number format the cell shows: a styled range's, else its column's (`@` for text). */
  numberFormatAt(row: number, column: number): string {
    const definition = this.spec.columns[column];
    const columnFormat = definition?.text ? '@' : definition?.numberFormat;
    return this.styleAt(row, column, 'numberFormat') ?? columnFormat ?? 'General';
  }
}
