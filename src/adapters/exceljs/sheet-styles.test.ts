import fc from 'fast-check';
import type { Style } from 'exceljs';
import { a1, type CellValue } from '../../workbook/grid';
import type { CellStyle, SheetSpec, StyledRange } from '../../workbook/sheet-spec';
import { parseRange } from '../../workbook/cell-range';
import { excelStyle } from './cell-style';
import { forEachCellStyle } from './sheet-styles';

function spec(rows: CellValue[][], styles: StyledRange[], overrides: Partial<SheetSpec> = {}): SheetSpec {
  return {
    name: 'S',
    visibility: 'visible',
    columns: [{ width: 8, text: true }, { width: 8, numberFormat: '0.0' }],
    rows,
    styles,
    merges: [],
    conditionalFormats: [],
    hyperlinks: [],
    ...overrides,
  };
}

function visited(sheet: SheetSpec): Map<string, Partial<Style>> {
  const cells = new Map<string, Partial<Style>>();
  forEachCellStyle(sheet, (row, column, style) => {
    const address = a1(row, column);
    if (cells.has(address)) throw new Error(`${address} visited twice`);
    cells.set(address, style);
  });
  return cells;
}

const cellStyle: fc.Arbitrary<CellStyle> = fc.record(
  {
    bold: fc.boolean(),
    fill: fc.constantFrom('#FF0000', '#00FF00'),
    numberFormat: fc.constantFrom('0%', 'yyyy-mm-dd'),
    border: fc.constantFrom('thin' as const, 'bottom' as const),
  },
  { requiredKeys: [] },
);
const reference = fc
  .tuple(fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 4 }), fc.integer({ min: 0, max: 3 }))
  .map(([r1, c1, r2, c2]) => `${a1(r1, c1)}:${a1(r2, c2)}`);
const styledRange: fc.Arbitrary<StyledRange> = fc.record({ range: reference, style: cellStyle });
const rows = fc.array(fc.array(fc.option(fc.integer(), { nil: null }), { maxLength: 4 }), { maxLength: 5 });

describe('forEachCellStyle', () => {
  it('composes each cell from its column format and the ranges over it, in order', () => {
    fc.assert(
      fc.property(rows, fc.array(styledRange, { maxLength: 6 }), (values, styles) => {
        const sheet = spec(values, styles);
        const cells = visited(sheet);
        const expected = new Map<string, CellStyle>();
        values.forEach((row, r) =>
          row.forEach((value, c) => {
            if (value !== null) expected.set(a1(r, c), {});
          }),
        );
        for (const styled of styles) {
          const range = parseRange(styled.range);
          for (let r = range.top; r <= range.bottom; r++) {
            for (let c = range.left; c <= range.right; c++) expected.set(a1(r, c), { ...(expected.get(a1(r, c)) ?? {}), ...styled.style });
          }
        }
        expect([...cells.keys()].sort()).toEqual([...expected.keys()].sort());
        for (const [address, style] of expected) {
          const column = parseRange(address).left;
          const base: CellStyle = column === 0 ? { numberFormat: '@' } : column === 1 ? { numberFormat: '0.0' } : {};
          expect(cells.get(address)).toEqual(excelStyle({ ...base, ...style }));
        }
      }),
    );
  });

  it('shares one style object among cells styled alike', () => {
    const cells = visited(spec([[1, 2], [3, 4], [5, 6]], [{ range: 'A1:B3', style: { bold: true } }]));
    expect(cells.get('A1')).toBe(cells.get('A3'));
    expect(cells.get('B1')).toBe(cells.get('B2'));
    expect(cells.get('A1')).not.toBe(cells.get('B1'));
  });

  it('gives hyperlink cells their own underlined style', () => {
    const cells = visited(
      spec([['a', null], ['b', null]], [], { hyperlinks: [{ cell: 'A2', sheet: 'X', targetCell: 'A1', text: 'b' }] }),
    );
    expect(cells.get('A2')?.font?.underline).toBe(true);
    expect(cells.get('A1')?.font?.underline).toBeUndefined();
  });

  it('hands each link cell its link, the last one given for the cell, and other cells none', () => {
    const first = { cell: 'B1', sheet: 'X', targetCell: 'A1', text: 'first' };
    const last = { cell: 'B1', sheet: 'X', targetCell: 'A2', text: 'last' };
    const links = new Map<string, unknown>();
    forEachCellStyle(spec([['a', null]], [], { hyperlinks: [first, last] }), (row, column, _style, link) => links.set(a1(row, column), link));
    expect(links).toEqual(new Map([['A1', undefined], ['B1', last]]));
  });

  it('visits cells row by row', () => {
    const order: string[] = [];
    forEachCellStyle(spec([[1, 2], [3]], [{ range: 'C1:C2', style: { bold: true } }]), (row, column) => order.push(a1(row, column)));
    expect(order).toEqual(['A1', 'B1', 'C1', 'A2', 'C2']);
  });
});
