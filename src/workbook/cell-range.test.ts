import { parseCell, parseRange } from './cell-range';

describe('parseCell', () => {
  it('reads a cell as 0-based row and column', () => {
    expect(parseCell('C5')).toEqual({ row: 4, column: 2 });
  });

  it('reads absolute references and lower-case letters', () => {
    expect(parseCell('$aa$10')).toEqual({ row: 9, column: 26 });
  });

  it('rejects row 0 and text that is not a cell', () => {
    expect(() => parseCell('A0')).toThrow(RangeError);
    expect(() => parseCell('5C')).toThrow(RangeError);
  });
});

describe('parseRange', () => {
  it('reads a rectangle', () => {
    expect(parseRange('A4:P40')).toEqual({ top: 3, left: 0, bottom: 39, right: 15 });
  });

  it('reads a single cell as a one-cell rectangle', () => {
    expect(parseRange('B2')).toEqual({ top: 1, left: 1, bottom: 1, right: 1 });
  });

  it('normalises corners given bottom-right first', () => {
    expect(parseRange('D9:B2')).toEqual({ top: 1, left: 1, bottom: 8, right: 3 });
  });

  it('rejects three-part ranges', () => {
    expect(() => parseRange('A1:B2:C3')).toThrow(RangeError);
  });
});
