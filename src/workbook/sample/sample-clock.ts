import { dayNumber, firstDayOf, isoDateFromDayNumber, lastDayOf, type IsoDate, type Month } from '../../engine/calendar';
import { defaultPolicy } from '../../engine/default-policy';
import { shiftEndMinutes } from '../../engine/attendance-day';
import { absenceDays, arrival, departure, shiftCode } from './sample-attendance';
import { isEmployedOn, type SampleEmployee, type SampleRoster } from './sample-roster';
import type { SampleText } from './sample-text';
import { SeededRandom } from './seeded-random';

/** One punch of a sample day: minutes from the day's midnight (past 1440 after midnight), its seconds, and whether it was made up. */
export interface SamplePunch {
  readonly minutes: number;
  readonly second: number;
  readonly makeUp: boolean;
}

export type ClockDay =
  | { readonly kind: 'rest' }
  | { readonly kind: 'leave'; readonly shift: string; readonly note: string }
  | { readonly kind: 'absent'; readonly shift: string }
  | { readonly kind: 'worked'; readonly shift: string; readonly punches: readonly SamplePunch[] };

/** One employee's day, for every day of employment in the months. */
export interface ClockStoryDay {
  readonly employee: SampleEmployee;
  readonly date: IsoDate;
  readonly day: ClockDay;
}

/** Someone from another team who uses the same time clock on weekdays (SPEC §3.1a: one warning a month). */
export const STRANGER_ID = '99999';

const shifts = new Map(defaultPolicy.shifts.map((shift) => [shift.code, shift]));

/**
 * A worked day as a time clock sees it: the clock-in, a break out and back in the middle of the
 * shift, the clock-out; now and then a second read of one punch in the same minute, and a
 * clock-out the device missed that came back as a make-up punch (自助补卡).
 */
function workedPunches(shift: string, late: number, early: number, random: SeededRandom): SamplePunch[] {
  const times = shifts.get(shift);
  if (times === undefined) throw new Error(`no default shift ${shift}`);
  const start = times.start;
  const end = shiftEndMinutes(times);
  const breakOut = start + Math.floor((end - start) / 2) - random.int(20, 40);
  const read = (minutes: number): SamplePunch => ({ minutes, second: random.int(0, 40), makeUp: false });
  const clockOut: SamplePunch = random.chance(0.015) ? { minutes: end - early, second: 0, makeUp: true } : read(end - early);
  const punches = [read(start + late), read(breakOut), read(breakOut + random.int(25, 55)), clockOut];
  const repeated = punches.filter((punch) => !punch.makeUp && random.chance(0.04)).map((punch) => ({ ...punch, second: punch.second + random.int(1, 19) }));
  return [...punches, ...repeated];
}

/**
 * The months of a team on a time clock, deterministic from the seed (the story of
 * `sampleAttendance`, told by punches): two days off a week, day and overnight shifts, a few
 * leave days written into Attendance, a few days without a punch; the star never errs and the
 * absentee misses three days of the first month.
 */
export function clockStory(roster: SampleRoster, months: readonly Month[], seed: number, text: SampleText): ClockStoryDay[] {
  const random = new SeededRandom(seed ^ 0x5eed_0010);
  const { star, absentee } = roster.cast;
  const absentee0 = roster.employees[absentee];
  const missed = absentee0 ? absenceDays(absentee0, months[0]) : new Set<number>();
  const story: ClockStoryDay[] = [];
  for (const month of months) {
    for (let day = dayNumber(firstDayOf(month)); day <= dayNumber(lastDayOf(month)); day++) {
      const date = isoDateFromDayNumber(day);
      const weekday = (day + 4) % 7;
      for (const employee of roster.employees) {
        if (!isEmployedOn(employee, date)) continue;
        if (employee.restDays.includes(weekday)) {
          story.push({ employee, date, day: { kind: 'rest' } });
          continue;
        }
        const shift = shiftCode(employee, day);
        const spotless = employee.index === star;
        if ((employee.index === absentee && month === months[0] && missed.has(day)) || (!spotless && random.chance(0.0015))) {
          story.push({ employee, date, day: { kind: 'absent', shift } });
          continue;
        }
        if (random.chance(0.02)) {
          story.push({ employee, date, day: { kind: 'leave', shift, note: random.pick(text.leaveNotes) } });
          continue;
        }
        const late = spotless ? -random.int(0, 15) : arrival(random);
        const early = spotless ? -random.int(0, 20) : departure(random);
        story.push({ employee, date, day: { kind: 'worked', shift, punches: workedPunches(shift, late, early, random) } });
      }
    }
  }
  return story;
}
