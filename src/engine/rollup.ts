import type { Month } from './calendar';
import { meanRoundedHalfUp, sum } from './decimal';
import { compareEmployeeIds } from './employee-id';
import { gradeFor } from './grade';
import { monthIssue, type Issue } from './issues';
import { periodMonths, type Period } from './period';
import type { Policy } from './policy';
import { standings } from './rank';
import type { HistoryRow } from './records';

/** Averages are kept to this many decimals, rounded half up (SPEC §4.2). */
export const AVERAGE_DECIMALS = 2;

/** One employee's quarter or year (SPEC §4.2). */
export interface PeriodEmployee {
  readonly id: string;
  readonly name: string;
  readonly team?: string;
  /** The computed months of the period the employee was scored in, in order. */
  readonly months: readonly Month[];
  readonly monthsScored: number;
  /** The mean of the months' final scores, rounded half up to 2 decimals. */
  readonly averageScore: number;
  /** By the rounded average (§3.5). */
  readonly grade: string;
  /** By the rounded average over everyone in the period, ties sharing a rank (§3.7). */
  readonly rank: number;
  /** Months at each grade of the policy, best first, the fallback last; every grade present. */
  readonly gradeCounts: Readonly<Record<string, number>>;
  readonly salaryAdjustmentTotal: number;
  readonly awardTotal: number;
  readonly monthsAtFirst: number;
  /** Months with any review flag, among the months whose flags the history kept. */
  readonly flaggedMonths: number;
}

/** The team's month within the period: for the chart of monthly averages. */
export interface MonthAverage {
  readonly month: Month;
  readonly headcount: number;
  readonly averageScore: number;
}

export interface PeriodResult {
  readonly period: Period;
  readonly policy: Policy;
  /** The period's months that have results, in order. */
  readonly months: readonly Month[];
  /** The period's months without results (named in a MONTH_NOT_COMPUTED warning). */
  readonly missingMonths: readonly Month[];
  /** The grades in the policy's order, the fallback last: the keys of `gradeCounts`. */
  readonly grades: readonly string[];
  /** Ordered by rank, then employee ID. */
  readonly employees: readonly PeriodEmployee[];
  readonly monthAverages: readonly MonthAverage[];
  /** The team's average over the period: every score of every computed month counted once, rounded as the others. */
  readonly averageScore: number;
  readonly warnings: readonly Issue[];
}

export type RollupOutcome = { readonly ok: true; readonly result: PeriodResult } | { readonly ok: false; readonly issues: readonly Issue[] };

export interface RollupInput {
  readonly period: Period;
  /** The workbook's history: every computed month's rows (other months are ignored). */
  readonly history: readonly HistoryRow[];
  /** The policy in force: its grade bands grade the averages. */
  readonly policy: Policy;
}

function gradeList(policy: Policy): string[] {
  const grades = policy.grades.bands.map((band) => band.grade);
  return grades.includes(policy.grades.fallback) ? grades : [...grades, policy.grades.fallback];
}

/** The latest non-blank value among an employee's months (rows in month order). */
function latest<T>(rows: readonly HistoryRow[], pick: (row: HistoryRow) => T | undefined): T | undefined {
  for (let index = rows.length - 1; index >= 0; index--) {
    const value = pick(rows[index]);
    if (value !== undefined && value !== '') return value;
  }
  return undefined;
}

interface Draft {
  readonly id: string;
  readonly rows: readonly HistoryRow[];
  readonly averageScore: number;
}

function periodEmployee(draft: Draft, rank: number, grades: readonly string[], policy: Policy): PeriodEmployee {
  const { rows } = draft;
  const gradeCounts: Record<string, number> = Object.fromEntries(grades.map((grade) => [grade, 0]));
  // A month's grade under a since-changed policy may not be a grade of today's: it still counts, after the others.
  for (const row of rows) gradeCounts[row.grade] = (gradeCounts[row.grade] ?? 0) + 1;
  return {
    id: draft.id,
    name: latest(rows, (row) => row.name) ?? '',
    team: latest(rows, (row) => row.team),
    months: rows.map((row) => row.month),
    monthsScored: rows.length,
    averageScore: draft.averageScore,
    grade: gradeFor(draft.averageScore, policy),
    rank,
    gradeCounts,
    salaryAdjustmentTotal: sum(rows.map((row) => row.salaryAdjustment)),
    awardTotal: sum(rows.map((row) => row.award)),
    monthsAtFirst: rows.filter((row) => row.rank === 1).length,
    flaggedMonths: rows.filter((row) => (row.flags?.length ?? 0) > 0).length,
  };
}

/**
 * A quarter's or a year's results from the months' history rows (SPEC §4.2): one row per
 * employee scored in any computed month of the period. Months not computed are named in a
 * warning; a period with none computed is an error. Months whose flags the history did not
 * keep (written before it kept them) are named in a warning too: their flags are unknown.
 */
export function rollupPeriod(input: RollupInput): RollupOutcome {
  const { period, policy } = input;
  const wanted = periodMonths(period);
  const inPeriod = new Set(wanted);
  const rows = input.history.filter((row) => inPeriod.has(row.month)).sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  const computed = new Set(rows.map((row) => row.month));
  const months = wanted.filter((month) => computed.has(month));
  const missingMonths = wanted.filter((month) => !computed.has(month));
  if (months.length === 0) return { ok: false, issues: [monthIssue('error', 'NO_MONTH_COMPUTED', { period })] };

  const warnings: Issue[] = [];
  if (missingMonths.length > 0) warnings.push(monthIssue('warning', 'MONTH_NOT_COMPUTED', { period, months: missingMonths.join(', ') }));
  const withoutFlags = months.filter((month) => rows.some((row) => row.month === month && row.flags === undefined));
  if (withoutFlags.length > 0) warnings.push(monthIssue('warning', 'FLAGS_NOT_RECORDED', { months: withoutFlags.join(', ') }));

  const byEmployee = new Map<string, HistoryRow[]>();
  for (const row of rows) {
    const list = byEmployee.get(row.employeeId);
    if (list) list.push(row);
    else byEmployee.set(row.employeeId, [row]);
  }
  const drafts: Draft[] = [...byEmployee].map(([id, list]) => ({
    id,
    rows: list,
    averageScore: meanRoundedHalfUp(list.map((row) => row.score), AVERAGE_DECIMALS),
  }));
  const places = standings(new Map(drafts.map((draft) => [draft.id, draft.averageScore])));
  const grades = gradeList(policy);
  const employees = drafts
    .map((draft) => periodEmployee(draft, places.get(draft.id)?.rank ?? 0, grades, policy))
    .sort((a, b) => a.rank - b.rank || compareEmployeeIds(a.id, b.id));

  const monthAverages = months.map((month) => {
    const scores = rows.filter((row) => row.month === month).map((row) => row.score);
    return { month, headcount: scores.length, averageScore: meanRoundedHalfUp(scores, AVERAGE_DECIMALS) };
  });
  const averageScore = meanRoundedHalfUp(rows.map((row) => row.score), AVERAGE_DECIMALS);
  return { ok: true, result: { period, policy, months, missingMonths, grades, employees, monthAverages, averageScore, warnings } };
}
