import { defaultPolicy } from './default-policy';
import type { ShiftDefinition } from './policy';
import { ShiftLookup } from './shift-lookup';

const shiftLookup = new ShiftLookup(defaultPolicy.shifts);
const lookup = (text: string) => shiftLookup.match(text);
const codeOf = (text: string): string | undefined => lookup(text).shift?.code;

describe('ShiftLookup (SPEC §2: a shift cell matches by code, unique name, or name and times)', () => {
  it('finds a shift by its code, trimmed and in any case', () => {
    expect(codeOf('D')).toBe('D');
    expect(codeOf(' l ')).toBe('L');
  });

  it('finds a shift by a name no other shift has, in Chinese or English', () => {
    expect(codeOf('白班')).toBe('D');
    expect(codeOf('早班')).toBe('E');
    expect(codeOf('night')).toBe('N');
    expect(codeOf('Late')).toBe('L');
  });

  it('matches no shift by a name two shifts share, and names the shifts that share it', () => {
    expect(lookup('晚班')).toEqual({ sharedBy: ['N', 'L'] });
  });

  it('tells apart shifts of one name by the start and end written after it, as DingTalk writes them', () => {
    expect(codeOf('晚班 16:00-01:00')).toBe('L');
    expect(codeOf('晚班 17:30-00:00')).toBe('N');
    expect(codeOf('晚班16:00-次日01:00')).toBe('L');
    expect(codeOf('晚班 16:00~01:00')).toBe('L');
    expect(codeOf('白班 08:30-17:30')).toBe('D');
  });

  it('matches no shift when the times written after a name are not that shift’s', () => {
    expect(lookup('晚班 16:00-02:00')).toEqual({});
    expect(lookup('白班 08:00-17:30')).toEqual({});
  });

  it('matches nothing for an unknown text', () => {
    expect(lookup('Z')).toEqual({});
    expect(lookup('夜班')).toEqual({});
  });

  it('prefers a code to another shift’s name of the same text', () => {
    const shifts: ShiftDefinition[] = [
      { code: 'A', name: { zh: 'B', en: 'B' }, start: 480, end: 1020, breakMinutes: 0 },
      { code: 'B', name: { zh: '二班', en: 'Second' }, start: 600, end: 1140, breakMinutes: 0 },
    ];
    expect(new ShiftLookup(shifts).match('B').shift?.code).toBe('B');
  });
});
