import type { MonthResult } from '../../engine/results';
import { labels, type SheetCount } from '../../i18n/labels';
import type { LayoutContext } from '../pipeline-types';
import { localTimestamp } from './excel-serial';
import { orderedTeams } from './team-order';

/** At most this many team names in a title; more read as a list, not a title. */
const TITLE_TEAMS = 4;

/** The distinct teams of the month's employees in natural order (一组 before 二组), for the title. */
export function titleTeams(result: MonthResult): string[] {
  const teams = orderedTeams(result.employees.map((employee) => employee.team).filter((team): team is string => !!team));
  return teams.length > TITLE_TEAMS ? [...teams.slice(0, TITLE_TEAMS), '…'] : teams;
}

const countedSheets: readonly ('employees' | 'attendance' | 'violations' | 'merits' | 'kpi')[] = ['employees', 'attendance', 'violations', 'merits', 'kpi'];

/**
 * Which sheets the month was read from and how many rows each gave (SPEC §4: the input row
 * counts); for a time clock, the punches read and the days judged from them and the schedule
 * (SPEC §3.1a).
 */
export function sheetCounts(context: LayoutContext): SheetCount[] {
  const rows = countedSheets.flatMap((key) => {
    const sheet = context.sheetNames[key];
    return sheet === undefined ? [] : [{ sheet, rows: context.counts[key] }];
  });
  const { punches, schedule } = context.sheetNames;
  const clock: SheetCount[] = [
    ...(punches === undefined ? [] : [{ sheet: punches, rows: context.counts.punches ?? 0, unit: 'punches' as const }]),
    ...(schedule === undefined ? [] : [{ sheet: schedule, rows: context.daysFromPunches ?? 0, unit: 'daysFromPunches' as const }]),
  ];
  return [...rows, ...clock];
}

/** The line saying when the tab was generated and from what. */
export function generationLine(context: LayoutContext): string {
  return labels(context.lang).generated(localTimestamp(context.generatedAt), sheetCounts(context));
}
