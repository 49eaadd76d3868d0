import { keepAsLatest } from './latest-instance';
import type { ShiftDefinition } from './policy';

/** What a shift cell names: one shift, or none, with the codes of the shifts sharing the name when it is ambiguous. */
export type ShiftMatch =
  | { readonly shift: ShiftDefinition; readonly sharedBy?: undefined }
  | { readonly shift?: undefined; readonly sharedBy?: readonly string[] };

/** Codes and names compare trimmed, upper case and with single spaces, so `晚班  16:00-01:00` is `晚班 16:00-01:00`. */
export function normalizedShiftText(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toUpperCase();
}

/** `晚班 16:00-01:00`, as DingTalk writes a shift: its name, then its start and end (the end may say 次日, next day). */
const NAME_WITH_TIMES = /^(.+?)\s*(\d{1,2}):(\d{2})(?::\d{2})?\s*[-–—~～至到]\s*(?:次日\s*)?(\d{1,2}):(\d{2})(?::\d{2})?$/;

function minutes(hours: string, mins: string): number {
  return (Number(hours) % 24) * 60 + Number(mins);
}

/**
 * Finds the shift a cell of Attendance's 班次 or of the Schedule names (SPEC §2): by its code;
 * else by its name (Chinese or English) when no other shift has that name; else by its name
 * followed by its start and end, which tells apart shifts of one name (the default N and L are
 * both 晚班). A name two shifts share, written without times, matches none of them.
 *
 * A class, not a closure, because the rules call `match` for every shift cell, and a closure
 * made per compute would lose its optimised code at each garbage collection (see `keepAsLatest`).
 */
export class ShiftLookup {
  private readonly byCode = new Map<string, ShiftDefinition>();
  private readonly byName = new Map<string, ShiftDefinition[]>();
  /** A shift column repeats a handful of texts over every row of a month. */
  private readonly seen = new Map<string, ShiftMatch>();

  constructor(shifts: readonly ShiftDefinition[]) {
    for (const shift of shifts) {
      const code = normalizedShiftText(shift.code);
      if (!this.byCode.has(code)) this.byCode.set(code, shift);
      for (const name of new Set([shift.name.zh, shift.name.en].map(normalizedShiftText))) {
        const named = this.byName.get(name);
        if (named === undefined) this.byName.set(name, [shift]);
        else if (!named.includes(shift)) named.push(shift);
      }
    }
    keepAsLatest(this);
  }

  match(text: string): ShiftMatch {
    let match = this.seen.get(text);
    if (match === undefined) this.seen.set(text, (match = this.find(text)));
    return match;
  }

  private find(text: string): ShiftMatch {
    const key = normalizedShiftText(text);
    const coded = this.byCode.get(key);
    if (coded !== undefined) return { shift: coded };
    const named = this.byName.get(key);
    if (named !== undefined) return named.length === 1 ? { shift: named[0] } : { sharedBy: named.map((shift) => shift.code) };
    const timed = NAME_WITH_TIMES.exec(key);
    if (timed === null) return {};
    const [, name, startHours, startMinutes, endHours, endMinutes] = timed;
    const start = minutes(startHours, startMinutes);
    const end = minutes(endHours, endMinutes);
    const candidates = this.byName.get(name.trim()) ?? [];
    const exact = candidates.find((shift) => shift.start === start && shift.end % 1440 === end);
    return exact === undefined ? {} : { shift: exact };
  }
}
