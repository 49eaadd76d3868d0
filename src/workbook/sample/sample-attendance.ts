import { dayNumber, firstDayOf, isoDateFromDayNumber, lastDayOf, MINUTES_PER_DAY, type Month } from '../../engine/calendar';
import { defaultPolicy } from '../../engine/default-policy';
import type { CellValue } from '../grid';
import { dateSerial } from '../layout/excel-serial';
import { isEmployedOn, type SampleEmployee, type SampleRoster } from './sample-roster';
import type { SampleText } from './sample-text';
import { SeededRandom } from './seeded-random';
import { sheetRowBuilder } from './sheet-row';

const SECONDS_PER_DAY = 86_400;
const attendanceRow = sheetRowBuilder('attendance');
const shiftTimes = new Map(defaultPolicy.shifts.map((shift) => [shift.code, shift]));

/** A punch as Excel keeps it: the fraction of a day, seconds included (the rules drop them). */
function punch(minuteOfDay: number, second: number): number {
  const minute = ((minuteOfDay % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY;
  return (minute * 60 + second) / SECONDS_PER_DAY;
}

/** Night (N) one week, late (L) the next; weeks start on Monday. */
export function shiftCode(employee: SampleEmployee, day: number): string {
  if (employee.shifts === 'day') return 'D';
  if (employee.shifts === 'early') return 'E';
  return Math.floor((day + 3) / 7) % 2 === 0 ? 'N' : 'L';
}

/**
 * Minutes late at clock-in (positive) or early (negative): mostly a few minutes early, about
 * one day in 50 late by 1–5 minutes, one in 200 by 6–10, and a rare one by more than 10 (SPEC §3.1 tiers).
 */
export function arrival(random: SeededRandom): number {
  const draw = random.next();
  if (draw < 0.02) return random.int(1, 5);
  if (draw < 0.025) return random.int(6, 10);
  if (draw < 0.0265) return random.int(11, 40);
  return -random.int(0, 15);
}

/** Minutes left early (positive) or stayed after the end (negative), rarer than arriving late. */
export function departure(random: SeededRandom): number {
  const draw = random.next();
  if (draw < 0.01) return random.int(1, 5);
  if (draw < 0.013) return random.int(6, 10);
  if (draw < 0.014) return random.int(11, 30);
  return -random.int(0, 20);
}

/** The first working weekday from the 4th of the month, and the same weekday one and two weeks on. */
export function absenceDays(employee: SampleEmployee, month: Month): Set<number> {
  let day = dayNumber(`${month}-04`);
  while (employee.restDays.includes((day + 4) % 7)) day++;
  return new Set([day, day + 7, day + 14]);
}

/**
 * One row per employee per day of employment, ordered by date as a time clock exports them:
 * two rest days a week, a few leave and absence days, day and overnight shifts whose
 * clock-out falls after midnight. The star never errs; the absentee misses three days of the first month.
 */
export function sampleAttendance(roster: SampleRoster, months: readonly Month[], seed: number, text: SampleText): CellValue[][] {
  const random = new SeededRandom(seed ^ 0x5eed_0002);
  const { star, absentee } = roster.cast;
  const absentee0 = roster.employees[absentee];
  const missed = absentee0 ? absenceDays(absentee0, months[0]) : new Set<number>();
  const rows: CellValue[][] = [];
  for (const month of months) {
    for (let day = dayNumber(firstDayOf(month)); day <= dayNumber(lastDayOf(month)); day++) {
      const date = isoDateFromDayNumber(day);
      const serial = dateSerial(date);
      const weekday = (day + 4) % 7;
      for (const employee of roster.employees) {
        if (!isEmployedOn(employee, date)) continue;
        const id = employee.id;
        if (employee.restDays.includes(weekday)) {
          rows.push(attendanceRow({ date: serial, employeeId: id, status: text.attendance.rest }));
          continue;
        }
        const shift = shiftCode(employee, day);
        const spotless = employee.index === star;
        if ((employee.index === absentee && month === months[0] && missed.has(day)) || (!spotless && random.chance(0.0015))) {
          rows.push(attendanceRow({ date: serial, employeeId: id, shift, status: text.attendance.absent, note: text.absentNote }));
          continue;
        }
        if (random.chance(0.02)) {
          rows.push(attendanceRow({ date: serial, employeeId: id, shift, status: text.attendance.leave, note: random.pick(text.leaveNotes) }));
          continue;
        }
        const times = shiftTimes.get(shift);
        if (!times) throw new Error(`no default shift ${shift}`);
        const late = spotless ? -random.int(0, 15) : arrival(random);
        const early = spotless ? -random.int(0, 20) : departure(random);
        rows.push(
          attendanceRow({
            date: serial,
            employeeId: id,
            shift,
            clockIn: punch(times.start + late, random.int(0, 59)),
            clockOut: punch(times.end - early, random.int(0, 59)),
            // Most time clocks write a status; some rows leave it to the default (present).
            status: random.chance(0.9) ? text.attendance.present : null,
            note: late > 0 ? random.pick(text.lateNotes) || null : null,
          }),
        );
      }
    }
  }
  return rows;
}
