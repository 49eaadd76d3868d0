import fc from 'fast-check';
import { LINE_HEIGHT, wrappedLineCount, wrappedRowHeights } from './wrapped-text';

describe('wrappedLineCount', () => {
  it('keeps text that fits on one line, and numbers and blanks always', () => {
    expect(wrappedLineCount('Late 7 min', 12)).toBe(1);
    expect(wrappedLineCount(12345678901234, 4)).toBe(1);
    expect(wrappedLineCount(null, 4)).toBe(1);
  });

  it('never starts a line with closing punctuation nor ends one after an opening bracket', () => {
    // 上 and 班 (2.1 each) and a space (0.45), then `15:57(打` (7.3) and `卡!C2734)` (8.35), each held together.
    const note = '上班 15:57(打卡!C2734)';
    expect(wrappedLineCount(note, 1 + 4.65 + 7.3 + 8.36)).toBe(1);
    expect(wrappedLineCount(note, 1 + 4.65 + 7.3 + 8.3)).toBe(2);
    // Split anywhere else, `卡` alone would still have fitted on the first line.
    expect(wrappedLineCount(note, 1 + 4.65 + 7.3 + 2.1)).toBe(2);
    // Full-width text still breaks between any two characters.
    expect(wrappedLineCount('迟到早退迟到早退', 1 + 4 * 2.1)).toBe(2);
  });

  it('breaks English between words, never inside one that fits', () => {
    // 20.65 digits of Calibri; a cell's margin takes one.
    expect(wrappedLineCount('Late arrival or early leave', 21)).toBe(2);
    expect(wrappedLineCount('Late arrival or early leave', 22)).toBe(1);
  });

  it('puts a word on the next line once it no longer fits, on both sides of the edge', () => {
    // Digits are one digit wide each, the space 0.45: 10.45 and 11.45 in a room of 10.5.
    expect(wrappedLineCount('12345 67890', 11.5)).toBe(1);
    expect(wrappedLineCount('12345 678901', 11.5)).toBe(2);
  });

  it('counts narrow letters narrow and wide letters wide, as Calibri prints them', () => {
    expect(wrappedLineCount('i'.repeat(18), 10)).toBe(1);
    expect(wrappedLineCount('i'.repeat(19), 10)).toBe(2);
    expect(wrappedLineCount('W'.repeat(5), 10)).toBe(1);
    expect(wrappedLineCount('W'.repeat(6), 10)).toBe(2);
  });

  it('breaks a word longer than the line where it reaches the edge', () => {
    expect(wrappedLineCount('x'.repeat(25), 11)).toBe(3);
    expect(wrappedLineCount('x'.repeat(20), 11)).toBe(2);
  });

  it('breaks Chinese between any two characters, each a little wider than two digits', () => {
    // 9 characters of room hold 4 CJK characters (8.4), not 5 (10.5).
    expect(wrappedLineCount('迟到早退', 10)).toBe(1);
    expect(wrappedLineCount('迟到早退扣', 10)).toBe(2);
    expect(wrappedLineCount('当月工作量与质量均为全客服之首且无违规', 10)).toBe(5);
  });

  it('counts explicit line breaks', () => {
    expect(wrappedLineCount('分值影响\n(扣分为负)', 14)).toBe(2);
    expect(wrappedLineCount('a\n\nb', 14)).toBe(3);
  });

  it('never gives fewer lines to a narrower cell', () => {
    const text = fc.stringMatching(/^[a-z 迟到早退,、]{0,60}$/);
    fc.assert(
      fc.property(text, fc.integer({ min: 4, max: 40 }), (value, width) => wrappedLineCount(value, width) >= wrappedLineCount(value, width + 1)),
    );
  });
});

describe('wrappedRowHeights', () => {
  const wrapped = new Map([
    [1, 10],
    [2, 21],
  ]);

  it('lists only the rows that need more than one line, by their sheet row', () => {
    const rows = [
      ['1001', '迟到早退', 'Late 7 min'],
      ['1002', '迟到早退扣', 'Late 7 min'],
      ['1003', null, 'Late arrival or early leave'],
    ];
    expect(wrappedRowHeights(rows, wrapped, 5)).toEqual([
      { row: 6, height: 2 * LINE_HEIGHT },
      { row: 7, height: 2 * LINE_HEIGHT },
    ]);
  });

  it('makes a row as tall as its tallest wrapped cell', () => {
    const rows = [['x'.repeat(200), '迟到早退扣', 'Late arrival or early leave, and then some more words']];
    expect(wrappedRowHeights(rows, wrapped, 1)).toEqual([{ row: 1, height: 3 * LINE_HEIGHT }]);
  });
});

describe('wrappedRowHeights over repeated texts', () => {
  it('gives every row the height its own cells need, however often a text comes back', () => {
    const texts = ['迟到早退', 'Late arrival or early leave, 7 minutes', '旷工 absent all day without leave', 'ok', ''];
    const row = fc.tuple(fc.constantFrom(...texts), fc.constantFrom(...texts, null), fc.integer());
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const wrapped = new Map([[0, 8], [1, 12]]);
        const expected = rows.flatMap((cells, index) => {
          const lines = Math.max(1, wrappedLineCount(cells[0], 8), wrappedLineCount(cells[1], 12));
          return lines > 1 ? [{ row: 5 + index, height: lines * LINE_HEIGHT }] : [];
        });
        expect(wrappedRowHeights(rows, wrapped, 5)).toEqual(expected);
      }),
    );
  });
});

