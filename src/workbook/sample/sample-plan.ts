import { isMonth, monthIndex, type Month } from '../../engine/calendar';
import { defaultPolicy } from '../../engine/default-policy';
import type { Lang } from '../../i18n/lang';
import { dateSerial, timeSerial } from '../layout/excel-serial';
import { inputSheet } from '../schema';
import type { WritePlan } from '../sheet-spec';
import { inputSheetSpec } from './input-sheet-spec';
import { sampleAttendance } from './sample-attendance';
import { sampleEntries } from './sample-entries';
import { sampleKpi } from './sample-kpi';
import { MIN_EMPLOYEES, sampleRoster, type SampleRoster } from './sample-roster';
import { sampleText, type SampleText } from './sample-text';
import { sheetRowBuilder } from './sheet-row';

export interface SampleOptions {
  /** At least 20; 36 makes a realistic team, benchmarks use thousands. */
  readonly employees: number;
  /** Consecutive months, oldest first. */
  readonly months: readonly Month[];
  readonly seed: number;
  /** Sheet names, headers and words. */
  readonly lang: Lang;
  /** Violation rows per employee per month; default: a realistic few covering every category. */
  readonly violationsPerEmployee?: number;
}

export function checkOptions(options: SampleOptions): void {
  if (!Number.isInteger(options.employees) || options.employees < MIN_EMPLOYEES) {
    throw new RangeError(`a sample needs a whole number of at least ${MIN_EMPLOYEES} employees`);
  }
  if (options.months.length === 0 || !options.months.every(isMonth)) throw new RangeError('a sample needs months as YYYY-MM');
  options.months.forEach((month, index) => {
    if (index > 0 && monthIndex(month) !== monthIndex(options.months[index - 1]) + 1) {
      throw new RangeError('sample months must be consecutive, oldest first');
    }
  });
  const perEmployee = options.violationsPerEmployee;
  if (perEmployee !== undefined && (!Number.isInteger(perEmployee) || perEmployee < 0)) {
    throw new RangeError('violationsPerEmployee must be a whole number of at least 0');
  }
}

export function employeeRows(roster: SampleRoster, text: SampleText) {
  const row = sheetRowBuilder('employees');
  return roster.employees.map((employee) =>
    row({
      id: employee.id,
      name: employee.name,
      team: employee.team === undefined ? null : text.teams[employee.team],
      role: text.roles[employee.role],
      hireDate: dateSerial(employee.hireDate),
      leaveDate: employee.leaveDate ? dateSerial(employee.leaveDate) : null,
    }),
  );
}

export function shiftRows(lang: Lang) {
  const row = sheetRowBuilder('shifts');
  return defaultPolicy.shifts.map((shift) =>
    row({
      code: shift.code,
      name: shift.name[lang],
      start: timeSerial(shift.start),
      end: timeSerial(shift.end),
      breakMinutes: shift.breakMinutes,
    }),
  );
}

/**
 * The input sheets of a sample workbook (SPEC §2), deterministic from the seed: a team of
 * agents in three teams with their leads, a trainer and reception; newcomers on probation and
 * one leaver; a row a day per person; violations of every category, merits, adjustments for
 * the leads, and KPI rows from which B01, B02, B05 and M07 are derived. Every value is valid.
 */
export function sampleWorkbookPlan(options: SampleOptions): WritePlan {
  checkOptions(options);
  const { months, seed, lang } = options;
  const text = sampleText[lang];
  const roster = sampleRoster(options.employees, months, seed, lang);
  const entries = sampleEntries(roster, months, seed, text, { violationsPerEmployee: options.violationsPerEmployee });
  const sheets = [
    inputSheetSpec(inputSheet('employees'), lang, employeeRows(roster, text)),
    inputSheetSpec(inputSheet('attendance'), lang, sampleAttendance(roster, months, seed, text)),
    inputSheetSpec(inputSheet('violations'), lang, entries.violations),
    inputSheetSpec(inputSheet('merits'), lang, entries.merits),
    inputSheetSpec(inputSheet('kpi'), lang, sampleKpi(roster, months, seed, entries.complained)),
    inputSheetSpec(inputSheet('shifts'), lang, shiftRows(lang)),
  ];
  return { sheets, remove: [], activate: sheets[0].name };
}
