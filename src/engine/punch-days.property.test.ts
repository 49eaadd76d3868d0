import fc from 'fast-check';
import { dayNumber, isoDate, isoDateFromDayNumber, MINUTES_PER_DAY } from './calendar';
import { computeMonth } from './compute-month';
import { defaultPolicy } from './default-policy';
import { attendance, employee, monthInput, scheduleRow } from './fixtures';
import { PunchLog } from './punch-log';
import type { AttendanceRow, PunchRow, ScheduleRow } from './records';
import type { ComputeOutcome, MonthInput } from './results';
import { shiftEndMinutes } from './attendance-day';

/**
 * Invariants of SPEC §3.1a over random months of punches: four employees, each day of November
 * a default shift or rest; a worked day has no punch, or a clock-in and a clock-out somewhere in
 * the shift's window with a few punches between and a few repeated reads, written as dates and
 * times or as times of day with their work day.
 */
const ids = ['1001', '1002', '1003', '1004'];
const shifts = new Map(defaultPolicy.shifts.map((shift) => [shift.code, shift]));

interface WorkedDay {
  readonly id: string;
  readonly date: string;
  readonly shift: string;
  /** Minutes from the shift's day's midnight, first the clock-in and last the clock-out; empty for a day without punches. */
  readonly punches: readonly number[];
}

const worked: fc.Arbitrary<{ shift: string; punched: boolean; inOffset: number; outOffset: number; between: number[]; repeats: number[] }> = fc.record({
  shift: fc.constantFrom('D', 'N', 'E', 'L'),
  // Mostly punched; now and then a day without a punch (an absence).
  punched: fc.integer({ min: 0, max: 5 }).map((draw) => draw > 0),
  inOffset: fc.integer({ min: -120, max: 60 }),
  outOffset: fc.integer({ min: -60, max: 240 }),
  between: fc.array(fc.integer({ min: 0, max: 100 }), { maxLength: 2 }),
  repeats: fc.array(fc.nat(), { maxLength: 2 }),
});

const month: fc.Arbitrary<WorkedDay[]> = fc
  .array(fc.option(worked, { freq: 3 }), { minLength: ids.length * 30, maxLength: ids.length * 30 })
  .map((cells) =>
    cells.flatMap((cell, index) => {
      if (cell === null) return [];
      const id = ids[Math.floor(index / 30)];
      const date = isoDate(2026, 11, (index % 30) + 1);
      if (!cell.punched) return [{ id, date, shift: cell.shift, punches: [] }];
      const shift = shifts.get(cell.shift);
      if (shift === undefined) throw new Error(cell.shift);
      const clockIn = shift.start + cell.inOffset;
      const clockOut = shiftEndMinutes(shift) + cell.outOffset;
      const between = cell.between.map((share) => clockIn + Math.floor(((clockOut - clockIn) * share) / 100));
      const all = [clockIn, ...between, clockOut];
      const repeated = cell.repeats.map((pick) => all[pick % all.length]);
      return [{ id, date, shift: cell.shift, punches: [...all, ...repeated] }];
    }),
  );

/** The punches of the worked days, each as a date and time or, when `asTimeOfDay` says so, as a time of day with its work day. */
function punchRows(days: readonly WorkedDay[], asTimeOfDay: (index: number) => boolean): PunchRow[] {
  let row = 2;
  return days.flatMap((day) =>
    day.punches.map((minutes) => {
      const ref = { sheet: '打卡', row: row, columns: { employeeId: 'A', punchTime: 'B' } };
      const timeOfDay = asTimeOfDay(row++);
      const minuteOfDay = ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
      if (timeOfDay) return { employeeId: day.id, date: day.date, minuteOfDay, timeOfDay: true, ref };
      const date = isoDateFromDayNumber(dayNumber(day.date) + Math.floor(minutes / MINUTES_PER_DAY));
      return { employeeId: day.id, date, minuteOfDay, ref };
    }),
  );
}

function scheduleOf(days: readonly WorkedDay[]): ScheduleRow[] {
  return ids.map((id) => scheduleRow(id, Object.fromEntries(days.filter((day) => day.id === id).map((day) => [day.date, day.shift]))));
}

/** The Attendance rows the punches imply: first and last punch as dates and times, or absent when there is none. */
function impliedAttendance(days: readonly WorkedDay[]): AttendanceRow[] {
  const at = (date: string, minutes: number) => ({
    date: isoDateFromDayNumber(dayNumber(date) + Math.floor(minutes / MINUTES_PER_DAY)),
    minuteOfDay: ((minutes % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY,
  });
  return days.map((day) => {
    if (day.punches.length === 0) return attendance({ employeeId: day.id, date: day.date, shift: day.shift, status: 'absent', clockIn: undefined, clockOut: undefined });
    const sorted = [...day.punches].sort((a, b) => a - b);
    return attendance({ employeeId: day.id, date: day.date, shift: day.shift, clockIn: at(day.date, sorted[0]), clockOut: at(day.date, sorted[sorted.length - 1]) });
  });
}

const employees = ids.map((id) => employee({ id }));

function fromPunches(days: readonly WorkedDay[], asTimeOfDay: (index: number) => boolean = () => false): MonthInput {
  return { ...monthInput({ employees, schedule: scheduleOf(days) }), punches: PunchLog.of(punchRows(days, asTimeOfDay)) };
}

/** What a month means for people: every scorecard number, the items by day and code, and every error. */
function meaning(outcome: ComputeOutcome) {
  if (!outcome.ok) return { errors: outcome.issues.filter((issue) => issue.severity === 'error') };
  return {
    employees: outcome.result.employees.map(({ items, ...numbers }) => ({
      ...numbers,
      items: items.map((item) => `${item.date} ${item.code} ${item.points}`).sort(),
    })),
  };
}

describe('days from punches: invariants (SPEC §3.1a)', () => {
  it('never changes a result for the order of the punch rows', () => {
    fc.assert(
      fc.property(month, fc.func(fc.boolean()), fc.infiniteStream(fc.double({ noNaN: true })), (days, timeOfDay, keys) => {
        const input = fromPunches(days, (index) => timeOfDay(index));
        const punches = [...(input.punches?.rows() ?? [])];
        const sortKeys = new Map(punches.map((punch) => [punch, keys.next().value as number]));
        const shuffled = [...punches].sort((a, b) => (sortKeys.get(a) ?? 0) - (sortKeys.get(b) ?? 0));
        expect(computeMonth({ ...input, punches: PunchLog.of(shuffled) })).toEqual(computeMonth(input));
      }),
      { numRuns: 40 },
    );
  });

  it('changes nothing when a punch is read twice', () => {
    fc.assert(
      fc.property(
        month.filter((days) => days.some((day) => day.punches.length > 0)),
        fc.nat(),
        fc.integer({ min: 0, max: 59 }),
        (days, pick, seconds) => {
          const input = fromPunches(days);
          const punches = [...(input.punches?.rows() ?? [])];
          const original = punches[pick % punches.length];
          // A second read of the same minute, further down the export (its seconds, if any, are dropped by the reader).
          const again: PunchRow = { ...original, ref: { ...original.ref, row: punches.length + 2 + seconds } };
          expect(meaning(computeMonth({ ...input, punches: PunchLog.of([...punches, again]) }))).toEqual(meaning(computeMonth(input)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('computes the same month as the Attendance rows its punches imply', () => {
    fc.assert(
      fc.property(month, fc.func(fc.boolean()), (days, timeOfDay) => {
        const punched = computeMonth(fromPunches(days, (index) => timeOfDay(index)));
        const typed = computeMonth(monthInput({ employees, attendance: impliedAttendance(days) }));
        expect(punched.ok).toBe(true);
        expect(meaning(punched)).toEqual(meaning(typed));
      }),
      { numRuns: 40 },
    );
  });
});
