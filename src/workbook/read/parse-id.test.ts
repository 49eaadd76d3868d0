import { idFromCell } from './parse-id';

describe('idFromCell', () => {
  it('makes the number 1001 and the text "1001" the same ID', () => {
    expect(idFromCell(1001)).toBe(idFromCell('1001'));
    expect(idFromCell(1001)).toBe('1001');
  });

  it('writes large whole numbers out in full, without an exponent', () => {
    expect(idFromCell(1e21)).toBe('1000000000000000000000');
  });

  it('trims text and turns full-width digits half-width', () => {
    expect(idFromCell(' １００１ ')).toBe('1001');
  });

  it('keeps the letters of an ID as written', () => {
    expect(idFromCell('Ab-07')).toBe('Ab-07');
  });

  it('writes a fractional number as it is', () => {
    expect(idFromCell(12.5)).toBe('12.5');
  });
});
