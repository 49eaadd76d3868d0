import { dayNumber, MINUTES_PER_DAY } from './calendar';
import { issueAt, type Issue } from './issues';
import { latenessOutcome } from './lateness';
import { RuleCode, type ShiftDefinition } from './policy';
import type { AttendanceRow, Clock } from './records';
import type { ItemBasis, LineItem } from './results';
import type { RuleBook } from './rule-book';

/** What one attendance row means for the score (SPEC §3.1). */
export interface AttendanceDay {
  readonly items: readonly LineItem[];
  readonly issues: readonly Issue[];
  /** The day counts as one absence day (ABSENCE_DAYS). */
  readonly absent: boolean;
}

const nothing: AttendanceDay = { items: [], issues: [], absent: false };

/**
 * Minutes of a punch since the row date's midnight. A time of day belongs to the row's date;
 * a date-and-time value is taken as it is. Seconds never count (08:35:59 is 08:35): the reader
 * drops them, and the floor here keeps that true whatever it is handed.
 */
function minutesFromRowDate(clock: Clock, row: AttendanceRow): number {
  const days = clock.date === undefined || clock.date === row.date ? 0 : dayNumber(clock.date) - dayNumber(row.date);
  return days * MINUTES_PER_DAY + Math.floor(clock.minuteOfDay);
}

function item(book: RuleBook, row: AttendanceRow, code: string, pointsPerTime: number, basis: ItemBasis): LineItem {
  const entry = book.wired(code);
  return {
    employeeId: row.employeeId,
    date: row.date,
    code: entry.code,
    category: entry.category,
    bucket: 'attendance',
    times: 1,
    pointsPerTime,
    points: pointsPerTime,
    voided: false,
    source: 'attendance',
    basis,
    ref: row.ref,
    note: row.note,
  };
}

/** One absence (S01) on the row's day, for the reason `basis` gives. */
export function absenceDay(book: RuleBook, row: AttendanceRow, basis: ItemBasis): AttendanceDay {
  const points = book.wired(RuleCode.absence).min;
  return { items: [item(book, row, RuleCode.absence, points, basis)], issues: [], absent: true };
}

/**
 * A shift's end in minutes after its day's midnight: a shift whose end is not after its start
 * ends the next day (SPEC §2 Shifts, §3.1a), so an equal start and end is a 24-hour shift.
 */
export function shiftEndMinutes(shift: ShiftDefinition): number {
  return shift.end + (shift.end <= shift.start ? MINUTES_PER_DAY : 0);
}

/** Late and early minutes of a worked day against its shift. */
function workedDay(book: RuleBook, row: AttendanceRow, shift: ShiftDefinition, clockIn: Clock, clockOut: Clock): AttendanceDay {
  const shiftStart = shift.start;
  const shiftEnd = shiftEndMinutes(shift);
  const arrived = minutesFromRowDate(clockIn, row);
  const punchedOut = minutesFromRowDate(clockOut, row);
  // A time-of-day clock-out earlier than the clock-in is on the next day (SPEC §3.1).
  const left = clockOut.date === undefined && punchedOut < arrived ? punchedOut + MINUTES_PER_DAY : punchedOut;

  const lateMinutes = arrived - shiftStart - book.policy.attendance.graceMinutes;
  const earlyMinutes = shiftEnd - left;
  const tiers = book.policy.attendance.lateTiers;
  const late = latenessOutcome(lateMinutes, tiers);
  const early = latenessOutcome(earlyMinutes, tiers);

  if (late.kind === 'absence') return absenceDay(book, row, { kind: 'lateAbsence', minutes: lateMinutes });
  if (early.kind === 'absence') return absenceDay(book, row, { kind: 'earlyAbsence', minutes: earlyMinutes });
  if (late.kind !== 'tier' && early.kind !== 'tier') return nothing;
  const items: LineItem[] = [];
  if (late.kind === 'tier') items.push(item(book, row, RuleCode.lateOrEarly, late.points, { kind: 'late', minutes: lateMinutes }));
  if (early.kind === 'tier') items.push(item(book, row, RuleCode.lateOrEarly, early.points, { kind: 'early', minutes: earlyMinutes }));
  return { items, issues: [], absent: false };
}

/** UNKNOWN_SHIFT's parameters: the text, and the shifts sharing it when it is an ambiguous name. */
export function unknownShift(text: string, sharedBy: readonly string[] | undefined): { shift: string; sharedBy?: string } {
  return sharedBy === undefined ? { shift: text } : { shift: text, sharedBy: sharedBy.join(', ') };
}

/**
 * One attendance row: absent is one S01; leave and rest count nothing; a present day (the
 * default when clock times are given) needs a known shift and both punches, and each late
 * arrival or early leave is one L04, unless either is beyond the last tier, which makes the
 * day one S01 and no L04 (SPEC §3.1).
 */
export function assessAttendanceDay(row: AttendanceRow, book: RuleBook): AttendanceDay {
  const { status, clockIn, clockOut } = row;
  if (status === 'leave' || status === 'rest') return nothing;
  if (status === 'absent') return absenceDay(book, row, { kind: 'absentStatus' });

  const at = { id: row.employeeId, date: row.date };
  if (status === undefined && clockIn === undefined && clockOut === undefined) {
    return { ...nothing, issues: [issueAt('error', 'MISSING_STATUS', row.ref, 'status', at)] };
  }
  const issues: Issue[] = [];
  const shiftCode = row.shift?.trim() || undefined;
  const match = shiftCode === undefined ? undefined : book.shiftFor(shiftCode);
  const shift = match?.shift;
  if (shiftCode === undefined) issues.push(issueAt('error', 'MISSING_SHIFT', row.ref, 'shift', at));
  else if (shift === undefined) issues.push(issueAt('error', 'UNKNOWN_SHIFT', row.ref, 'shift', unknownShift(shiftCode, match?.sharedBy)));
  if (clockIn === undefined) issues.push(issueAt('error', 'MISSING_CLOCK_IN', row.ref, 'clockIn', at));
  if (clockOut === undefined) issues.push(issueAt('error', 'MISSING_CLOCK_OUT', row.ref, 'clockOut', at));
  if (shift === undefined || clockIn === undefined || clockOut === undefined) return { ...nothing, issues };
  return workedDay(book, row, shift, clockIn, clockOut);
}
