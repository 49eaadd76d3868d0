import { monthFromCell } from './parse-month';

describe('monthFromCell', () => {
  it.each([
    ['2026-11', '2026-11'],
    ['2026/11', '2026-11'],
    ['2026.11', '2026-11'],
    ['2026-1', '2026-01'],
    ['2026年11月', '2026-11'],
    ['２０２６－１１', '2026-11'],
    ['2026-11-05', '2026-11'],
    ['2026年11月30日', '2026-11'],
  ])('reads the text %s', (text, expected) => {
    expect(monthFromCell(text)).toBe(expected);
  });

  it('reads a date serial as its month', () => {
    expect(monthFromCell(46331)).toBe('2026-11');
  });

  it.each(['2026-13', '2026-00', '11-2026', 'November', '2026-11-31'])('rejects %s', (text) => {
    expect(monthFromCell(text)).toBeUndefined();
  });
});
