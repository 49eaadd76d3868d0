import { displayWidth, fittedWidths, valueWidth } from './text-width';

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

  it('fits each column to its widest cell within the bounds', () => {
    const widths = fittedWidths([['a', 'x'.repeat(30), 'y'.repeat(80)]], 3, { min: 6, max: 48 });
    expect(widths).toEqual([6, 32, 48]);
  });

  it('pads by the given room, within the bounds', () => {
    expect(fittedWidths([['x'.repeat(10), 'a']], 2, { min: 6, max: 48 }, 1)).toEqual([11, 6]);
    expect(fittedWidths([['x'.repeat(47)]], 1, { min: 6, max: 48 }, 1)).toEqual([48]);
    expect(fittedWidths([['x'.repeat(48)]], 1, { min: 6, max: 48 }, 1)).toEqual([48]);
  });
});
