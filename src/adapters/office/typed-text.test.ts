import fc from 'fast-check';
import { enterValue } from './fake/cell-input';
import { keptAsTyped } from './typed-text';

describe('keptAsTyped', () => {
  it('passes words Excel has no other reading for', () => {
    for (const text of ['有效', '系统计算', '加分', 'Valid', 'Late arrival', '张 三']) expect(keptAsTyped(text)).toBe(true);
  });

  it('refuses text with a digit of any script', () => {
    for (const text of ['1001', '考勤!C12', '迟到 7 分钟', '１２', '2026-11', '50%', '1/2', '9:00']) expect(keptAsTyped(text)).toBe(false);
  });

  it('refuses formula and sign markers, logical constants, error constants and blank text', () => {
    for (const text of ['=A', '+abc', '-x', '@SUM', '#N/A', "'quoted", '＝A', 'TRUE', ' false ', '', '  ']) expect(keptAsTyped(text)).toBe(false);
  });

  it('refuses Chinese numerals next to a date word', () => {
    expect(keptAsTyped('十一月')).toBe(false);
    expect(keptAsTyped('三日')).toBe(false);
    expect(keptAsTyped('月度考核')).toBe(true);
  });

  it('passes only text that the in-memory Excel, reading it as typed, keeps as it is', () => {
    const pieces = fc.constantFrom('a', 'Z', '有', '效', ' ', '=', '+', '-', '@', '1', '%', '/', ':', '.', 'e', 'TRUE', '2026-11-01', ',');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 6 }).map((parts) => parts.join('')), (text) => {
        if (!keptAsTyped(text)) return true;
        return JSON.stringify(enterValue(text, 'General', false)) === JSON.stringify({ value: text });
      }),
    );
  });
});
