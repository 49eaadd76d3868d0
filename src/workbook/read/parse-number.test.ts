import { numberFromCell } from './parse-number';

describe('numberFromCell', () => {
  it.each([
    ['a numeric cell', 2.5, 2.5],
    ['decimal text', '1.5', 1.5],
    ['negative text', '-5', -5],
    ['signed text', '+3', 3],
    ['full-width digits', '１．５', 1.5],
    ['a full-width minus', '－５', -5],
    ['grouped thousands', '1,234.5', 1234.5],
    ['a percentage, as Excel reads it', '95%', 0.95],
    ['a leading decimal point', '.5', 0.5],
    ['text with spaces', ' 7 ', 7],
  ])('reads %s', (_form, cell, expected) => {
    expect(numberFromCell(cell)).toBe(expected);
  });

  it.each([
    ['words', 'five'],
    ['a lone sign', '-'],
    ['a lone point', '.'],
    ['badly grouped digits', '12,34'],
    ['a hexadecimal literal', '0x10'],
    ['Infinity', 'Infinity'],
    ['a boolean', true],
    ['NaN', Number.NaN],
  ])('rejects %s', (_form, cell) => {
    expect(numberFromCell(cell)).toBeUndefined();
  });
});
