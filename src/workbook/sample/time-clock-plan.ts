import { dayNumber, firstDayOf, isoDateFromDayNumber, lastDayOf, monthOf, type Month } from '../../engine/calendar';
import type { Lang } from '../../i18n/lang';
import type { CellValue } from '../grid';
import { dateSerial } from '../layout/excel-serial';
import { scheduleTemplate } from '../layout/schedule-template';
import { inputSheet } from '../schema';
import type { SheetSpec, WritePlan } from '../sheet-spec';
import { inputSheetSpec } from './input-sheet-spec';
import { clockStory, STRANGER_ID, type ClockStoryDay, type SamplePunch } from './sample-clock';
import { sampleEntries } from './sample-entries';
import { sampleKpi } from './sample-kpi';
import { checkOptions, employeeRows, shiftRows, type SampleOptions } from './sample-plan';
import { sampleRoster } from './sample-roster';
import { sampleText, type SampleText } from './sample-text';
import { sheetRowBuilder } from './sheet-row';

const SECONDS_PER_DAY = 86_400;
const punchRow = sheetRowBuilder('punches');
const attendanceRow = sheetRowBuilder('attendance');

/** A punch's date-and-time serial, seconds included (the rules drop them). */
function punchSerial(date: string, punch: Pick<SamplePunch, 'minutes' | 'second'>): number {
  return dateSerial(date) + (punch.minutes * 60 + punch.second) / SECONDS_PER_DAY;
}

/** A minute's serial, as a supervisor would type the clock time into Attendance. */
function minuteSerial(date: string, minutes: number): number {
  return dateSerial(date) + (minutes * 60) / SECONDS_PER_DAY;
}

/**
 * The time clock's export: every punch in time order, as devices write them; the make-up
 * punches carry their source. A stranger from another team punches on weekdays too.
 */
function punchRows(story: readonly ClockStoryDay[], months: readonly Month[], text: SampleText): CellValue[][] {
  const punches: { serial: number; row: CellValue[] }[] = [];
  for (const { employee, date, day } of story) {
    if (day.kind !== 'worked') continue;
    for (const punch of day.punches) {
      const serial = punchSerial(date, punch);
      punches.push({ serial, row: punchRow({ employeeId: employee.id, name: employee.name, punchTime: serial, source: punch.makeUp ? text.clock.makeUp : null }) });
    }
  }
  for (const month of months) {
    for (let day = dayNumber(firstDayOf(month)); day <= dayNumber(lastDayOf(month)); day++) {
      if ((day + 4) % 7 === 0 || (day + 4) % 7 === 6) continue;
      for (const minutes of [7 * 60 + 2, 11 * 60 + 31]) {
        const serial = punchSerial(isoDateFromDayNumber(day), { minutes, second: 12 });
        punches.push({ serial, row: punchRow({ employeeId: STRANGER_ID, name: '—', punchTime: serial }) });
      }
    }
  }
  return punches.sort((a, b) => a.serial - b.serial).map((punch) => punch.row);
}

/** Each month's schedule, from its template: the shift of each working day, days off marked. */
function scheduleSheets(story: readonly ClockStoryDay[], months: readonly Month[], lang: Lang, text: SampleText): SheetSpec[] {
  return months.map((month) => {
    const days = story.filter((entry) => monthOf(entry.date) === month);
    const people = [...new Map(days.map((entry) => [entry.employee.id, entry.employee])).values()].sort((a, b) => a.index - b.index);
    const template = scheduleTemplate(month, lang, people.map((person) => ({ id: person.id, name: person.name })));
    const rowOf = new Map(people.map((person, index) => [person.id, index + 2]));
    const rows = template.rows.map((row) => [...row]);
    const first = dayNumber(firstDayOf(month));
    for (const { employee, date, day } of days) {
      const row = rows[rowOf.get(employee.id) ?? -1];
      row[2 + dayNumber(date) - first] = day.kind === 'rest' ? text.clock.dayOff : day.shift;
    }
    const width = rows[1].length;
    return { ...template, rows: rows.map((row) => Array.from({ length: width }, (_, index) => row[index] ?? null)) };
  });
}

/** Attendance as a time-clock team keeps it: the exceptions only, here the leave days. */
function exceptionRows(story: readonly ClockStoryDay[], text: SampleText): CellValue[][] {
  return story.flatMap(({ employee, date, day }) =>
    day.kind === 'leave' ? [attendanceRow({ date: dateSerial(date), employeeId: employee.id, status: text.attendance.leave, note: day.note })] : [],
  );
}

/** The same days typed into Attendance: the first and last punch of each worked day as dates and times. */
function impliedAttendanceRows(story: readonly ClockStoryDay[], text: SampleText): CellValue[][] {
  return story.map(({ employee, date, day }) => {
    const base = { date: dateSerial(date), employeeId: employee.id };
    switch (day.kind) {
      case 'rest':
        return attendanceRow({ ...base, status: text.attendance.rest });
      case 'leave':
        return attendanceRow({ ...base, status: text.attendance.leave, note: day.note });
      case 'absent':
        return attendanceRow({ ...base, shift: day.shift, status: text.attendance.absent });
      case 'worked': {
        const minutes = day.punches.map((punch) => punch.minutes);
        return attendanceRow({ ...base, shift: day.shift, clockIn: minuteSerial(date, Math.min(...minutes)), clockOut: minuteSerial(date, Math.max(...minutes)) });
      }
    }
  });
}

export interface TimeClockSampleOptions extends SampleOptions {
  /** `punches`: the Punches sheet, a schedule per month and Attendance for the exceptions; `attendance`: the same days typed into Attendance. */
  readonly as: 'punches' | 'attendance';
}

/**
 * A sample workbook of a team on a time clock (SPEC §2.1): employees, violations, merits and KPI
 * as in `sampleWorkbookPlan`, and its days as punches and a schedule per month, or, for
 * comparing, as the Attendance rows those punches imply.
 */
export function sampleTimeClockPlan(options: TimeClockSampleOptions): WritePlan {
  checkOptions(options);
  const { months, seed, lang } = options;
  const text = sampleText[lang];
  const roster = sampleRoster(options.employees, months, seed, lang);
  const entries = sampleEntries(roster, months, seed, text, { violationsPerEmployee: options.violationsPerEmployee });
  const story = clockStory(roster, months, seed, text);
  const days = options.as === 'punches' ? exceptionRows(story, text) : impliedAttendanceRows(story, text);
  const clock = options.as === 'punches' ? [inputSheetSpec(inputSheet('punches'), lang, punchRows(story, months, text)), ...scheduleSheets(story, months, lang, text)] : [];
  const sheets = [
    inputSheetSpec(inputSheet('employees'), lang, employeeRows(roster, text)),
    inputSheetSpec(inputSheet('attendance'), lang, days),
    inputSheetSpec(inputSheet('violations'), lang, entries.violations),
    inputSheetSpec(inputSheet('merits'), lang, entries.merits),
    inputSheetSpec(inputSheet('kpi'), lang, sampleKpi(roster, months, seed, entries.complained)),
    inputSheetSpec(inputSheet('shifts'), lang, shiftRows(lang)),
    ...clock,
  ];
  return { sheets, remove: [], activate: sheets[0].name };
}
