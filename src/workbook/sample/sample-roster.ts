import { dayNumber, firstDayOf, isoDate, isoDateFromDayNumber, monthFromIndex, monthIndex, type IsoDate, type Month } from '../../engine/calendar';
import type { Role } from '../../engine/records';
import type { Lang } from '../../i18n/lang';
import { personName } from './sample-text';
import { SeededRandom } from './seeded-random';

/** Which shifts a person works: day (D), early (E), or a weekly rotation of night (N) and late (L). */
export type ShiftPattern = 'day' | 'early' | 'rotating';

export interface SampleEmployee {
  readonly index: number;
  readonly id: string;
  readonly name: string;
  /** 0, 1 or 2; the trainer and reception belong to no team. */
  readonly team?: number;
  readonly role: Role;
  readonly hireDate: IsoDate;
  readonly leaveDate?: IsoDate;
  readonly shifts: ShiftPattern;
  /** Two weekdays off, 0 = Sunday. */
  readonly restDays: readonly number[];
}

/** The people the sample's stories are about, by index. */
export interface SampleCast {
  /** Top workload and quality, and spotless: earns B01. */
  readonly star: number;
  /** Three absences in the first month: ABSENCE_DAYS. */
  readonly absentee: number;
  /** Leaves on the 15th of the last month. */
  readonly leaver: number;
  /** Sleeps on a night shift in the last month: a dismissal offence. */
  readonly dismissed: number;
  /** Agents with no story, employed through all the months: the scripted entries go to them. */
  readonly ordinary: readonly number[];
}

export interface SampleRoster {
  readonly employees: readonly SampleEmployee[];
  readonly cast: SampleCast;
}

/** Trainer, reception and the three team leads come first; agents after them. */
export const FIRST_AGENT = 5;
export const MIN_EMPLOYEES = 20;
const teamShifts: readonly ShiftPattern[] = ['day', 'early', 'rotating'];

function roleOf(index: number): Role {
  if (index === 0) return 'trainer';
  if (index === 1) return 'reception';
  return index < FIRST_AGENT ? 'teamLead' : 'agent';
}

function teamOf(index: number): number | undefined {
  if (index < 2) return undefined;
  return index < FIRST_AGENT ? index - 2 : index % 3;
}

/**
 * Newcomers (probation, SPEC §3.6): every 13th agent joined on the 10th of the first month,
 * the next every-13th on the 1st of the month before it, and one more on the 3rd of the last month.
 */
function hireDateOf(index: number, months: readonly Month[], random: SeededRandom): IsoDate {
  const first = months[0];
  const slot = (index - FIRST_AGENT) % 13;
  if (index >= FIRST_AGENT && slot === 10) return `${first}-10`;
  if (index >= FIRST_AGENT && slot === 6) return firstDayOf(monthFromIndex(monthIndex(first) - 1));
  if (index >= FIRST_AGENT && slot === 3 && months.length > 1) return `${months[months.length - 1]}-03`;
  // Everyone else joined one to six years before the first month.
  return isoDateFromDayNumber(dayNumber(firstDayOf(first)) - random.int(365, 6 * 365));
}

export function sampleRoster(count: number, months: readonly Month[], seed: number, lang: Lang): SampleRoster {
  const random = new SeededRandom(seed ^ 0x5eed_0001);
  const last = months[months.length - 1];
  // None of them is a newcomer; the dismissed agent is on the night rotation (team index 2).
  const cast = { star: FIRST_AGENT, absentee: FIRST_AGENT + 2, leaver: FIRST_AGENT + 4, dismissed: FIRST_AGENT + 9 };
  const employees: SampleEmployee[] = [];
  for (let index = 0; index < count; index++) {
    const team = teamOf(index);
    const hireDate = hireDateOf(index, months, random);
    const leaveDate = index === cast.leaver ? isoDate(Number(last.slice(0, 4)), Number(last.slice(5, 7)), 15) : undefined;
    const restStart = (index * 3) % 7;
    employees.push({
      index,
      id: String(1001 + index),
      name: personName(index, seed, lang),
      team,
      role: roleOf(index),
      hireDate,
      leaveDate,
      shifts: team === undefined ? (index === 0 ? 'day' : 'early') : teamShifts[team],
      restDays: [restStart, (restStart + 1) % 7],
    });
  }
  const storied = new Set(Object.values(cast));
  const ordinary = employees
    .filter((employee) => employee.role === 'agent' && !storied.has(employee.index) && employee.hireDate < firstDayOf(months[0]))
    .map((employee) => employee.index);
  return { employees, cast: { ...cast, ordinary } };
}

/** Whether the employee works for the company on `date` (hire and leave dates included). */
export function isEmployedOn(employee: SampleEmployee, date: IsoDate): boolean {
  return employee.hireDate <= date && (employee.leaveDate === undefined || date <= employee.leaveDate);
}
