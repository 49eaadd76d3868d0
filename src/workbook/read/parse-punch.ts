import type { Clock } from '../../engine/records';
import type { CellValue } from '../grid';
import { normalizeText, toHalfWidth } from './normalize-text';
import { clockFromCell } from './parse-time';
import { minuteOfDayFromText } from './parse-time-text';

/**
 * A punch as time clocks and DingTalk write one (SPEC §2): a time or a date and time; a time
 * marked `次日` (the next day) or `昨日` (the previous day), relative to the row's day; or
 * `缺卡` / `未打卡`, no punch at all.
 */
export type PunchCell = { readonly kind: 'clock'; readonly clock: Clock; readonly dayOffset?: number } | { readonly kind: 'none' };

const NO_PUNCH: ReadonlySet<string> = new Set(['缺卡', '未打卡']);
const DAY_MARKS: Readonly<Record<string, number>> = { 次日: 1, 昨日: -1 };
const MARKED = /^(次日|昨日)\s*(.+)$/;

/** The punch of a non-blank cell, or undefined when it is none of the forms above. */
export function punchFromCell(cell: Exclude<CellValue, null>): PunchCell | undefined {
  if (typeof cell === 'string') {
    const text = toHalfWidth(cell).trim();
    if (NO_PUNCH.has(normalizeText(text))) return { kind: 'none' };
    const marked = MARKED.exec(text);
    if (marked) {
      const minuteOfDay = minuteOfDayFromText(marked[2].trim());
      if (minuteOfDay === undefined || minuteOfDay >= 1440) return undefined;
      return { kind: 'clock', clock: { minuteOfDay }, dayOffset: DAY_MARKS[marked[1]] };
    }
  }
  const clock = clockFromCell(cell);
  return clock === undefined ? undefined : { kind: 'clock', clock };
}
