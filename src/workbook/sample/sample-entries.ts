import { dayNumber, firstDayOf, lastDayOf, type Month } from '../../engine/calendar';
import { defaultCatalog } from '../../engine/default-policy';
import { RuleCode, type CatalogEntry } from '../../engine/policy';
import type { CellValue } from '../grid';
import { dateSerial } from '../layout/excel-serial';
import type { SampleEmployee, SampleRoster } from './sample-roster';
import type { SampleText } from './sample-text';
import { SeededRandom } from './seeded-random';
import { sheetRowBuilder } from './sheet-row';

const violationRow = sheetRowBuilder('violations');
const meritRow = sheetRowBuilder('merits');

/** Codes a supervisor may enter by hand: the rules derive L04, S01, S05 and M07 themselves. */
const derived = new Set<string>(Object.values(RuleCode));
const enterable = defaultCatalog.filter(
  (entry) => ['minor', 'moderate', 'severe'].includes(entry.category) && !derived.has(entry.code),
);
const fixedMinor = enterable.filter((entry) => entry.category === 'minor' && entry.min === entry.max);

export interface SampleEntries {
  readonly violations: CellValue[][];
  readonly merits: CellValue[][];
  /** Per month, who got a valid S02 (complaint): their KPI must show a complaint. */
  readonly complained: ReadonlyMap<Month, ReadonlySet<string>>;
}

/** The serial of day number 0 (1970-01-01): serials and day numbers differ by it. */
const EPOCH_SERIAL = dateSerial('1970-01-01');

/** The serial of a random day of the month on which the employee is employed. */
function serialIn(employee: SampleEmployee, month: Month, random: SeededRandom): number {
  const first = Math.max(dayNumber(firstDayOf(month)), dayNumber(employee.hireDate));
  const last = Math.min(dayNumber(lastDayOf(month)), employee.leaveDate ? dayNumber(employee.leaveDate) : Infinity);
  return EPOCH_SERIAL + random.int(first, last);
}

/** Points per time: required within the range for ranged codes, usually left blank for fixed ones. */
function pointsFor(entry: CatalogEntry, random: SeededRandom): number | null {
  if (entry.min !== entry.max) return random.int(entry.min, entry.max);
  return random.chance(0.2) ? entry.min : null;
}

interface Scripted {
  readonly code: string;
  readonly times?: number;
  readonly points?: number;
  readonly amount?: number;
  readonly voided?: boolean;
}

/**
 * What one month's violations sheet always shows, so that every category appears: ranged
 * minor codes with their points, two moderate codes for one person (escalation), severe
 * codes including equipment with compensation, a repeated code, and an upheld appeal.
 */
const scripted: readonly (readonly Scripted[])[] = [
  [{ code: 'L09', points: 1 }],
  [{ code: 'L08', points: 3 }],
  [{ code: 'L14', points: 4 }],
  [{ code: 'L01' }],
  [{ code: 'M01' }],
  [{ code: 'M03' }, { code: 'M06' }],
  [{ code: 'S02' }],
  [{ code: 'S04', amount: 600 }],
  [{ code: 'S06' }],
  [{ code: 'L10', times: 2, points: 2 }],
  [{ code: 'L11', voided: true }],
];

export interface EntryOptions {
  /** Violation rows per employee per month, for benchmarks; default: the scripted set and a few more. */
  readonly violationsPerEmployee?: number;
}

export function sampleEntries(
  roster: SampleRoster,
  months: readonly Month[],
  seed: number,
  text: SampleText,
  options: EntryOptions = {},
): SampleEntries {
  const random = new SeededRandom(seed ^ 0x5eed_0003);
  const { employees, cast } = roster;
  const leadOf = (employee: SampleEmployee): string => employees[2 + (employee.team ?? 0)].name;
  const trainer = employees[0].name;
  const violations: CellValue[][] = [];
  const merits: CellValue[][] = [];
  const complained = new Map<Month, Set<string>>();

  months.forEach((month, monthNumber) => {
    const employedInMonth = employees.filter((employee) => employee.hireDate <= lastDayOf(month) && (employee.leaveDate ?? '9999') >= firstDayOf(month));
    const complainants = new Set<string>();
    complained.set(month, complainants);
    const violation = (employee: SampleEmployee, entry: Scripted & { note?: string | null }): void => {
      violations.push(
        violationRow({
          date: serialIn(employee, month, random),
          employeeId: employee.id,
          code: entry.code,
          times: entry.times,
          points: entry.points,
          amount: entry.amount,
          note: entry.voided ? text.appealUpheld : entry.note ?? text.violationNotes[entry.code],
          recordedBy: leadOf(employee),
          status: entry.voided ? text.voidStatus : null,
        }),
      );
    };
    // Different people each month: the script walks on through the ordinary agents.
    const person = (slot: number): SampleEmployee => employees[cast.ordinary[(slot + monthNumber * scripted.length) % cast.ordinary.length]];

    scripted.forEach((entries, slot) => {
      const employee = person(slot);
      for (const entry of entries) violation(employee, entry);
      if (entries.some((entry) => entry.code === 'S02')) complainants.add(employee.id);
    });
    if (monthNumber === months.length - 1) violation(employees[cast.dismissed], { code: 'X01' });

    if (options.violationsPerEmployee === undefined) {
      for (const index of cast.ordinary) {
        if (random.chance(0.2)) violation(employees[index], { code: random.pick(fixedMinor).code, note: null });
      }
    } else {
      for (const employee of employedInMonth) {
        if (employee.index === cast.star) continue;
        for (let n = 0; n < options.violationsPerEmployee; n++) {
          const entry = random.pick(enterable);
          violation(employee, { code: entry.code, points: pointsFor(entry, random) ?? undefined, note: null });
          if (entry.code === 'S02') complainants.add(employee.id);
        }
      }
    }

    const merit = (employee: SampleEmployee, code: string, points: number | null, note: string, recordedBy: string): void => {
      merits.push(
        meritRow({
          date: serialIn(employee, month, random),
          employeeId: employee.id,
          code,
          points,
          note,
          recordedBy,
        }),
      );
    };
    (['B03', 'B03', 'B04', 'B04', 'B06'] as const).forEach((code, n) => {
      const employee = person(scripted.length + n);
      merit(employee, code, null, text.meritNotes[code], leadOf(employee));
    });
    // Extra work on top of spotless top figures: the star reaches grade A.
    merit(employees[cast.star], 'B04', null, text.meritNotes.B04, leadOf(employees[cast.star]));
    // The trainer's adjustment for each team lead (ADJ: team leads only, with a reason).
    for (let team = 0; team < 3; team++) {
      const adjustment = text.adjustmentNotes[(team + monthNumber) % text.adjustmentNotes.length];
      merit(employees[2 + team], 'ADJ', adjustment.points, adjustment.note, trainer);
    }
  });
  return { violations, merits, complained };
}
