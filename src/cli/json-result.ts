import type { Issue } from '../engine/issues';
import type { ChangedValues, EmployeeChange } from '../engine/changes';
import type { EmployeeResult } from '../engine/results';
import { issueMessages } from '../i18n/issue-messages';
import type { ComputeReport } from '../workbook/pipeline-types';

/** The `--json` result of SPEC §6: numbers as plain numbers, money in currency units. */
export interface JsonResult {
  readonly month: string;
  readonly employees: readonly JsonEmployee[];
  readonly issues: readonly JsonIssue[];
  /** SPEC §4.3 and §6: against the results being replaced; empty when the month had none. */
  readonly changes: readonly JsonChange[];
}

/** The values a change shows, exactly as SPEC §6 lists them. */
export interface JsonChangedValues {
  readonly score: number;
  readonly grade: string;
  readonly rank: number;
  readonly salaryAdjustment: number;
  readonly award: number;
}

export interface JsonChange {
  readonly id: string;
  readonly before: JsonChangedValues | null;
  readonly after: JsonChangedValues | null;
}

export interface JsonEmployee {
  readonly id: string;
  readonly name: string;
  readonly team: string;
  readonly base: number;
  readonly attendanceDeduction: number;
  readonly violationDeduction: number;
  readonly bonus: number;
  readonly adjustment: number;
  readonly score: number;
  readonly grade: string;
  readonly rank: number;
  readonly salaryAdjustment: number;
  readonly award: number;
  readonly probation: boolean;
  readonly flags: readonly string[];
}

export interface JsonIssue {
  readonly severity: 'error' | 'warning';
  readonly sheet?: string;
  readonly cell?: string;
  readonly code: string;
  readonly message: { readonly zh: string; readonly en: string };
}

function jsonEmployee(employee: EmployeeResult): JsonEmployee {
  return {
    id: employee.id,
    name: employee.name,
    team: employee.team ?? '',
    base: employee.base,
    attendanceDeduction: employee.attendanceDeduction,
    violationDeduction: employee.violationDeduction,
    bonus: employee.bonus,
    adjustment: employee.adjustment,
    score: employee.score,
    grade: employee.grade,
    rank: employee.rank,
    salaryAdjustment: employee.salaryAdjustment,
    award: employee.award,
    probation: employee.probation,
    flags: [...employee.flags],
  };
}

export function jsonIssue(issue: Issue): JsonIssue {
  return {
    severity: issue.severity,
    ...(issue.sheet !== undefined ? { sheet: issue.sheet } : {}),
    ...(issue.cell !== undefined ? { cell: issue.cell } : {}),
    code: issue.code,
    message: issueMessages(issue),
  };
}

function jsonValues(values: ChangedValues | null): JsonChangedValues | null {
  if (values === null) return null;
  const { score, grade, rank, salaryAdjustment, award } = values;
  return { score, grade, rank, salaryAdjustment, award };
}

export function jsonChange(change: EmployeeChange): JsonChange {
  return { id: change.id, before: jsonValues(change.before), after: jsonValues(change.after) };
}

export function jsonResult(report: ComputeReport): JsonResult {
  const ok = report.ok && report.result !== undefined;
  return {
    month: report.month,
    employees: ok && report.result ? report.result.employees.map(jsonEmployee) : [],
    issues: report.issues.map(jsonIssue),
    changes: ok ? report.changes.map(jsonChange) : [],
  };
}
