import { dayNumber } from './calendar';
import { defaultPolicy } from './default-policy';
import { policyWith } from './fixtures';
import type { ShiftDefinition } from './policy';
import { instantOf, isBeforeMidpoint, shiftWindows } from './shift-windows';

const shift = (code: string, start: string, end: string): ShiftDefinition => {
  const minutes = (text: string) => Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
  return { code, name: { zh: code, en: code }, start: minutes(start), end: minutes(end), breakMinutes: 0 };
};
const D = shift('D', '08:30', '17:30');
const L = shift('L', '16:00', '01:00');
const M = shift('M', '06:00', '15:00');
const day = (date: string, scheduled: ShiftDefinition) => ({ date, dayNumber: dayNumber(date), shift: scheduled });
/** An instant written as `2026-11-03 06:30`. */
const at = (text: string) => instantOf(dayNumber(text.slice(0, 10)), Number(text.slice(11, 13)) * 60 + Number(text.slice(14, 16)));

describe('shiftWindows (SPEC §3.1a: the shift’s window)', () => {
  it('opens 120 minutes before the start and closes 240 minutes after the end', () => {
    const [window] = shiftWindows([day('2026-11-03', D)], defaultPolicy);
    expect(window.opens).toBe(at('2026-11-03 06:30'));
    expect(window.closes).toBe(at('2026-11-03 21:30'));
  });

  it('ends an overnight shift the next day, and its window with it', () => {
    const [window] = shiftWindows([day('2026-11-03', L)], defaultPolicy);
    expect(window.end).toBe(at('2026-11-04 01:00'));
    expect(window.closes).toBe(at('2026-11-04 05:00'));
  });

  it('ends a shift whose end equals its start a day later', () => {
    const [window] = shiftWindows([day('2026-11-03', shift('X', '08:00', '08:00'))], defaultPolicy);
    expect(window.end).toBe(at('2026-11-04 08:00'));
  });

  it('takes the opening and closing minutes from the policy', () => {
    const policy = policyWith({ attendance: { ...defaultPolicy.attendance, checkInOpensMinutes: 30, checkOutClosesMinutes: 60 } });
    const [window] = shiftWindows([day('2026-11-03', D)], policy);
    expect([window.opens, window.closes]).toEqual([at('2026-11-03 08:00'), at('2026-11-03 18:30')]);
  });

  it('leaves windows that do not overlap as they are', () => {
    const [late, next] = shiftWindows([day('2026-11-03', L), day('2026-11-04', D)], defaultPolicy);
    expect(late.closes).toBe(at('2026-11-04 05:00'));
    expect(next.opens).toBe(at('2026-11-04 06:30'));
  });

  it('cuts overlapping windows at the later window’s opening when the earlier shift has ended by then', () => {
    const [late, early] = shiftWindows([day('2026-11-03', L), day('2026-11-04', M)], defaultPolicy);
    expect(late.closes).toBe(at('2026-11-04 04:00'));
    expect(early.opens).toBe(at('2026-11-04 04:01'));
  });

  it('cuts overlapping windows at the earlier shift’s end when that is later than the next window’s opening', () => {
    const night = shift('G', '20:00', '06:00');
    const [first, second] = shiftWindows([day('2026-11-03', night), day('2026-11-04', shift('H', '07:00', '15:00'))], defaultPolicy);
    expect(first.closes).toBe(at('2026-11-04 06:00'));
    expect(second.opens).toBe(at('2026-11-04 06:01'));
  });

  it('cuts windows that only touch: the minute they share belongs to the earlier shift', () => {
    const policy = policyWith({ attendance: { ...defaultPolicy.attendance, checkInOpensMinutes: 60, checkOutClosesMinutes: 60 } });
    const evening = shift('P', '20:00', '23:00');
    const small = shift('Q', '01:00', '09:00');
    const [first, second] = shiftWindows([day('2026-11-03', evening), day('2026-11-04', small)], policy);
    expect(first.closes).toBe(at('2026-11-04 00:00'));
    expect(second.opens).toBe(at('2026-11-04 00:01'));
  });
});

describe('isBeforeMidpoint (SPEC §3.1a: a lone punch)', () => {
  const [window] = shiftWindows([day('2026-11-03', D)], defaultPolicy);

  it('is the clock-in one minute before the midpoint, 13:00 for 08:30–17:30', () => {
    expect(isBeforeMidpoint(window, at('2026-11-03 12:59'))).toBe(true);
  });

  it('is the clock-out exactly at the midpoint', () => {
    expect(isBeforeMidpoint(window, at('2026-11-03 13:00'))).toBe(false);
  });

  it('finds the midpoint of an overnight shift after midnight: 20:30 for 16:00–01:00', () => {
    const [late] = shiftWindows([day('2026-11-03', L)], defaultPolicy);
    expect(isBeforeMidpoint(late, at('2026-11-03 20:29'))).toBe(true);
    expect(isBeforeMidpoint(late, at('2026-11-03 20:30'))).toBe(false);
  });
});
