import type { PeriodEmployee } from '../engine/rollup';
import { periodMonths } from '../engine/period';
import type { RollupReport } from '../workbook/rollup-pipeline';
import { jsonIssue, type JsonIssue } from './json-result';

/** `rollup --json` (SPEC §6), field for field. */
export interface JsonRollup {
  readonly period: string;
  readonly months: readonly string[];
  readonly missingMonths: readonly string[];
  readonly employees: readonly JsonPeriodEmployee[];
  readonly issues: readonly JsonIssue[];
}

export interface JsonPeriodEmployee {
  readonly id: string;
  readonly name: string;
  readonly team: string;
  readonly monthsScored: number;
  readonly averageScore: number;
  readonly grade: string;
  readonly rank: number;
  readonly gradeCounts: Readonly<Record<string, number>>;
  readonly salaryAdjustmentTotal: number;
  readonly awardTotal: number;
  readonly monthsAtFirst: number;
  readonly flaggedMonths: number;
}

function jsonPeriodEmployee(employee: PeriodEmployee): JsonPeriodEmployee {
  return {
    id: employee.id,
    name: employee.name,
    team: employee.team ?? '',
    monthsScored: employee.monthsScored,
    averageScore: employee.averageScore,
    grade: employee.grade,
    rank: employee.rank,
    gradeCounts: { ...employee.gradeCounts },
    salaryAdjustmentTotal: employee.salaryAdjustmentTotal,
    awardTotal: employee.awardTotal,
    monthsAtFirst: employee.monthsAtFirst,
    flaggedMonths: employee.flaggedMonths,
  };
}

/** On errors (exit 1) `employees` is empty and `issues` holds every error, as for compute. */
export function jsonRollup(report: RollupReport): JsonRollup {
  const result = report.ok ? report.result : undefined;
  return {
    period: report.period,
    months: result ? [...result.months] : [],
    missingMonths: result ? [...result.missingMonths] : periodMonths(report.period),
    employees: result ? result.employees.map(jsonPeriodEmployee) : [],
    issues: report.issues.map(jsonIssue),
  };
}
