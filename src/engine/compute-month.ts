import { assessAttendance } from './attendance';
import { previousMonth } from './calendar';
import { derivedCodeIssues } from './derived-codes';
import { compareEmployeeIds } from './employee-id';
import { scoreEmployee, type EmployeeScore } from './employee-score';
import { isEmployedInMonth } from './employment';
import { assessEntries } from './entries';
import { awardFor } from './award';
import { flagsFor } from './flags';
import { hasErrors, monthIssue, type Issue } from './issues';
import { assessKpi } from './kpi';
import { Ledger } from './ledger';
import { standings } from './rank';
import type { HistoryRow } from './records';
import type { ComputeOutcome, EmployeeResult, MonthInput } from './results';
import { rosterOf } from './roster';
import { ruleBookFor } from './rule-book';

function historyByEmployee(history: readonly HistoryRow[], month: string): Map<string, HistoryRow> {
  const byEmployee = new Map<string, HistoryRow>();
  for (const row of history) if (row.month === month && !byEmployee.has(row.employeeId)) byEmployee.set(row.employeeId, row);
  return byEmployee;
}

function historyRowOf(month: string, employee: EmployeeResult): HistoryRow {
  const { id, name, score, grade, rank, lastPlace, firstPlaceRun, award, salaryAdjustment } = employee;
  return { month, employeeId: id, name, score, grade, rank, lastPlace, firstPlaceRun, award, salaryAdjustment };
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
    ...entries.issues,
    ...derivedCodeIssues(entries.counted, kpi.derived),
    ...kpi.issues,
    ...warnings,
  ];
  if (hasErrors(issues)) return { ok: false, issues };

  const scores = new Map<string, EmployeeScore>();
  for (const employee of scored) {
    const absences = attendance.absenceDays.get(employee.id) ?? 0;
    scores.set(employee.id, scoreEmployee(employee, month, ledger.itemsOf(employee.id), absences, book));
  }
  const standing = standings(new Map([...scores].map(([id, employee]) => [id, employee.score])));
  const employees: EmployeeResult[] = [...scores.values()].map(({ dismissalOffence, ...employee }) => {
    const { rank, lastPlace } = standing.get(employee.id) ?? { rank: 0, lastPlace: false };
    const last = previous.get(employee.id);
    const { award, firstPlaceRun } = awardFor(rank, last, policy);
    const facts = { score: employee.score, lastPlace, absenceDays: employee.absenceDays, dismissalOffence };
    return { ...employee, rank, lastPlace, award, firstPlaceRun, flags: flagsFor(facts, last, policy) };
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
    },
  };
}
