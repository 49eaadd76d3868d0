import { assessAttendance } from './attendance';
import { previousMonth } from './calendar';
import { derivedCodeIssues } from './derived-codes';
import { compareEmployeeIds } from './employee-id';
import { scoreEmployee, type EmployeeScore } from './employee-score';
import { isEmployedInMonth } from './employment';
import { assessEntries } from './entries';
import { awardFor, type AwardOutcome } from './award';
import { flagsFor } from './flags';
import { hasErrors, monthIssue, type Issue } from './issues';
import { assessKpi } from './kpi';
import { Ledger } from './ledger';
import { assessPunchDays } from './punch-days';
import { PunchLog } from './punch-log';
import { standings, type Standing } from './rank';
import type { HistoryRow } from './records';
import type { ComputeOutcome, EmployeeResult, Flag, MonthInput } from './results';
import { rosterOf } from './roster';
import { ruleBookFor } from './rule-book';

function historyByEmployee(history: readonly HistoryRow[], month: string): Map<string, HistoryRow> {
  const byEmployee = new Map<string, HistoryRow>();
  for (const row of history) if (row.month === month && !byEmployee.has(row.employeeId)) byEmployee.set(row.employeeId, row);
  return byEmployee;
}

/** The scorecard row: the employee's own score with their place among the others. */
function employeeResult(scored: EmployeeScore, standing: Standing, award: AwardOutcome, flags: Flag[]): EmployeeResult {
  const { employee, totals } = scored;
  return {
    id: employee.id,
    name: employee.name,
    team: employee.team,
    role: employee.role,
    base: scored.base,
    attendanceDeduction: totals.attendanceDeduction,
    violationDeduction: totals.violationDeduction,
    bonus: totals.bonus,
    adjustment: totals.adjustment,
    rawScore: scored.rawScore,
    score: scored.score,
    grade: scored.grade,
    rank: standing.rank,
    lastPlace: standing.lastPlace,
    salaryAdjustment: scored.salaryAdjustment,
    award: award.award,
    firstPlaceRun: award.firstPlaceRun,
    probation: scored.probation,
    serviceMonth: scored.serviceMonth,
    absenceDays: scored.absenceDays,
    flags,
    items: scored.items,
  };
}

function historyRowOf(month: string, employee: EmployeeResult): HistoryRow {
  const { id, name, team, score, grade, rank, lastPlace, firstPlaceRun, award, salaryAdjustment, flags } = employee;
  return { month, employeeId: id, name, score, grade, rank, lastPlace, firstPlaceRun, award, salaryAdjustment, team, flags: [...flags] };
}

/**
 * The month's scorecard from its records and the policy (SPEC §3): every row validated and
 * every problem returned at once; with any error there is no result, so nothing gets written.
 */
export function computeMonth(input: MonthInput): ComputeOutcome {
  const { month, policy } = input;
  const book = ruleBookFor(policy);
  const roster = rosterOf(input.employees);
  const ledger = new Ledger();
  const attendance = assessAttendance(input.attendance, month, roster, book, ledger);
  const schedule = input.schedule ?? [];
  const punchDays =
    schedule.length > 0 || (input.punches?.length ?? 0) > 0
      ? assessPunchDays({ month, schedule, punches: input.punches ?? PunchLog.empty, attendance: input.attendance }, roster, book, ledger)
      : undefined;
  const entries = assessEntries(input.entries, month, roster, book, ledger);
  const kpi = assessKpi(input.kpi, month, roster, book, ledger);
  for (const item of kpi.derived) ledger.add(item);

  const scored = [...roster.byId.values()].filter((employee) => isEmployedInMonth(employee, month));
  const before = previousMonth(month);
  const previous = historyByEmployee(input.history, before);
  const warnings: Issue[] = [];
  if (!input.history.some((row) => row.month === before)) warnings.push(monthIssue('warning', 'NO_HISTORY_PREVIOUS_MONTH', { month: before }));
  if (scored.length === 0) warnings.push(monthIssue('warning', 'NO_EMPLOYEES_IN_MONTH', { month }));
  const issues = [
    ...roster.issues,
    ...attendance.issues,
    ...(punchDays?.issues ?? []),
    ...entries.issues,
    ...derivedCodeIssues(entries.counted, kpi.derived),
    ...kpi.issues,
    ...warnings,
  ];
  if (hasErrors(issues)) return { ok: false, issues };

  const scores = new Map<string, EmployeeScore>();
  for (const employee of scored) {
    const absences = (attendance.absenceDays.get(employee.id) ?? 0) + (punchDays?.absenceDays.get(employee.id) ?? 0);
    scores.set(employee.id, scoreEmployee(employee, month, ledger.itemsOf(employee.id), absences, book));
  }
  const places = standings(new Map([...scores].map(([id, scoredEmployee]) => [id, scoredEmployee.score])));
  const employees = [...scores.values()].map((scoredEmployee) => {
    const place = places.get(scoredEmployee.employee.id) ?? { rank: 0, lastPlace: false };
    const last = previous.get(scoredEmployee.employee.id);
    const { score, absenceDays, dismissalOffence } = scoredEmployee;
    const flags = flagsFor({ score, lastPlace: place.lastPlace, absenceDays, dismissalOffence }, last, policy);
    return employeeResult(scoredEmployee, place, awardFor(place.rank, last, policy), flags);
  });
  employees.sort((a, b) => a.rank - b.rank || compareEmployeeIds(a.id, b.id));

  return {
    ok: true,
    result: {
      month,
      policy,
      employees,
      history: employees.map((employee) => historyRowOf(month, employee)),
      warnings: issues,
      ...(punchDays === undefined ? {} : { daysFromPunches: punchDays.days }),
    },
  };
}
