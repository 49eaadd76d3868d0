import fc from 'fast-check';
import { boundedWidths, contentWidths, displayWidth, fittedWidths, valueWidth } from './text-width';

/** The plain definition: every code point, two cells when it is full-width. */
function referenceWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += displayWidth(ch);
  return width;
}

describe('column widths', () => {
  it('counts CJK and full-width characters double', () => {
    expect(displayWidth('王芳')).toBe(4);
    expect(displayWidth('Wang Fang')).toBe(9);
    expect(displayWidth('ＩＤ')).toBe(4);
    expect(displayWidth('考核 2026-11')).toBe(12);
  });

  it('measures numbers by their shortest text and blanks as nothing', () => {
    expect(valueWidth(79.7)).toBe(5);
    expect(valueWidth(null)).toBe(0);
    expect(valueWidth('a\nlonger line')).toBe(11);
  });

  it('measures any number as the text of its value rounded to hundredths', () => {
    const reference = (value: number): number => String(Math.round(value * 100) / 100).length + 1;
    const numbers = fc.oneof(fc.double(), fc.integer(), fc.integer().map((value) => value / 100), fc.constantFrom(-0, 0.004, -0.004, 9.995, 1e15, -1e15 + 1, 1e21, 1e-7));
    fc.assert(fc.property(numbers, (value) => valueWidth(value) === reference(value)));
    expect([valueWidth(-0.001), valueWidth(999.999), valueWidth(-10)]).toEqual([2, 5, 4]);
  });

  it('measures the filled cells of a column by the text they show as, and its blanks as nothing', () => {
    const rows = [[46331, 'a'], [null, 'bb']];
    expect(contentWidths(rows, 2, new Map([[0, 'yyyy-mm-dd']]))).toEqual([10, 2]);
    expect(contentWidths([[null, 'a']], 2, new Map([[0, 'yyyy-mm-dd']]))).toEqual([0, 1]);
  });

  it('fits each column to its widest cell within the bounds', () => {
    const widths = fittedWidths([['a', 'x'.repeat(30), 'y'.repeat(80)]], 3, { min: 6, max: 48 });
    expect(widths).toEqual([6, 32, 48]);
  });

  it('pads by the given room, within the bounds', () => {
    expect(fittedWidths([['x'.repeat(10), 'a']], 2, { min: 6, max: 48 }, 1)).toEqual([11, 6]);
    expect(fittedWidths([['x'.repeat(47)]], 1, { min: 6, max: 48 }, 1)).toEqual([48]);
    expect(fittedWidths([['x'.repeat(48)]], 1, { min: 6, max: 48 }, 1)).toEqual([48]);
  });

  it('counts a character outside the basic plane once, by its code point', () => {
    expect(displayWidth('𠀀')).toBe(2);
    expect(displayWidth('😀')).toBe(1);
    expect(displayWidth('王𠀀a')).toBe(5);
  });

  it('counts a lone surrogate as one narrow character', () => {
    expect(displayWidth('\ud800x')).toBe(2);
    expect(displayWidth('x\udc00')).toBe(2);
  });

  it('measures any text as the sum of its characters', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (text) => displayWidth(text) === referenceWidth(text)));
  });

  it('fits to the widest value, then pads and bounds, as two steps or one', () => {
    const rows = [['王芳', 1234.5], ['a', null]];
    expect(contentWidths(rows, 2)).toEqual([4, 7]);
    expect(boundedWidths([4, 7, 60], { min: 6, max: 48 }, 1)).toEqual([6, 8, 48]);
    expect(fittedWidths(rows, 2, { min: 6, max: 48 }, 1)).toEqual(boundedWidths(contentWidths(rows, 2), { min: 6, max: 48 }, 1));
  });
});
