import fc from 'fast-check';
import { chineseNumeralValue, compareTeams, orderedTeams } from './team-order';

/** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 105 → 一百零五: how people write team numbers. */
function chineseNumeral(value: number): string {
  const digits = '零一二三四五六七八九';
  if (value < 10) return digits[value];
  if (value < 20) return `十${value % 10 === 0 ? '' : digits[value % 10]}`;
  if (value < 100) return `${digits[Math.floor(value / 10)]}十${value % 10 === 0 ? '' : digits[value % 10]}`;
  const rest = value % 100;
  const tail = rest === 0 ? '' : rest < 10 ? `零${digits[rest]}` : rest < 20 ? `一${chineseNumeral(rest)}` : chineseNumeral(rest);
  return `${digits[Math.floor(value / 100)]}百${tail}`;
}

describe('chineseNumeralValue', () => {
  it('reads numerals with units as people write them', () => {
    expect(chineseNumeralValue('三')).toBe(3);
    expect(chineseNumeralValue('十')).toBe(10);
    expect(chineseNumeralValue('十一')).toBe(11);
    expect(chineseNumeralValue('二十')).toBe(20);
    expect(chineseNumeralValue('两百零五')).toBe(205);
  });

  it('reads numerals without units digit by digit', () => {
    expect(chineseNumeralValue('一〇一')).toBe(101);
  });

  it('reads back every number from 0 to 999 written out', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 999 }), (value) => chineseNumeralValue(chineseNumeral(value)) === value));
  });
});

describe('compareTeams', () => {
  it('orders Chinese-numbered teams by number, not by code point', () => {
    expect(orderedTeams(['三组', '一组', '二组'])).toEqual(['一组', '二组', '三组']);
    expect(orderedTeams(['十一组', '二组', '十组', '九组'])).toEqual(['二组', '九组', '十组', '十一组']);
  });

  it('orders digits by value, half-width and full-width alike', () => {
    expect(orderedTeams(['Team 10', 'Team 2', 'Team 1'])).toEqual(['Team 1', 'Team 2', 'Team 10']);
    expect(orderedTeams(['１２组', '３组'])).toEqual(['３组', '１２组']);
  });

  it('orders names without numbers by text, ignoring case', () => {
    expect(orderedTeams(['night', 'Day', 'evening'])).toEqual(['Day', 'evening', 'night']);
  });

  it('puts a number before text at the same place', () => {
    expect(orderedTeams(['A组', '1组'])).toEqual(['1组', 'A组']);
  });

  it('puts a name before its own extension', () => {
    expect(orderedTeams(['一组甲', '一组'])).toEqual(['一组', '一组甲']);
  });

  it('keeps names of the same number apart and in a fixed order', () => {
    expect(compareTeams('2组', '二组')).toBeLessThan(0);
    expect(compareTeams('二组', '2组')).toBeGreaterThan(0);
    expect(compareTeams('二组', '二组')).toBe(0);
  });

  it('lists each team once', () => {
    expect(orderedTeams(['二组', '一组', '二组'])).toEqual(['一组', '二组']);
  });

  it('orders numbered teams by their number whatever the numbers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 999 }), (a, b) => {
        const sign = Math.sign(compareTeams(`${chineseNumeral(a)}组`, `${chineseNumeral(b)}组`));
        return sign === Math.sign(a - b) && Math.sign(compareTeams(`Team ${a}`, `Team ${b}`)) === Math.sign(a - b);
      }),
    );
  });

  it('is a total order: the same result whatever order the names come in', () => {
    const names = fc.array(fc.oneof(fc.string({ maxLength: 4 }), fc.constantFrom('一组', '二组', '十组', '2组', 'B', 'b', '')), {
      maxLength: 12,
    });
    fc.assert(
      fc.property(names, (list) => {
        const sorted = orderedTeams(list);
        const reversed = orderedTeams([...list].reverse());
        const antisymmetric = sorted.every((a) => sorted.every((b) => Math.sign(compareTeams(a, b)) === -Math.sign(compareTeams(b, a))));
        const strictlyAscending = sorted.every((a, index) => sorted.slice(index + 1).every((b) => compareTeams(a, b) < 0));
        return sorted.join('\u0000') === reversed.join('\u0000') && antisymmetric && strictlyAscending;
      }),
    );
  });
});
