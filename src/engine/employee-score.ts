import { serviceMonth as serviceMonthOf } from './employment';
import { escalationItem } from './escalation';
import { gradeFor } from './grade';
import type { Month } from './calendar';
import { RuleCode } from './policy';
import type { Employee } from './records';
import type { LineItem } from './results';
import type { RuleBook } from './rule-book';
import { isProbation, salaryAdjustmentFor } from './salary';
import { scoreOf, totalsOf, type ScoreTotals } from './score';

/** An employee's month before the rules that compare employees (rank, award, flags). */
export interface EmployeeScore {
  readonly employee: Employee;
  readonly base: number;
  readonly totals: ScoreTotals;
  readonly rawScore: number;
  readonly score: number;
  readonly grade: string;
  readonly salaryAdjustment: number;
  readonly probation: boolean;
  readonly serviceMonth: number;
  readonly absenceDays: number;
  /** A valid X-category entry (DISMISSAL_OFFENCE). */
  readonly dismissalOffence: boolean;
  readonly items: readonly LineItem[];
}

/**
 * SPEC §3.1 ABSENCE_DAYS counts the attendance absence days plus the Times of S01 entered by
 * hand, since a supervisor may record an absence on the Violations sheet instead.
 */
function enteredAbsences(items: readonly LineItem[]): number {
  let days = 0;
  for (const item of items) {
    if (!item.voided && item.code === RuleCode.absence && (item.source === 'violations' || item.source === 'merits')) days += item.times;
  }
  return days;
}

/** One employee's items, totals, score, grade and salary adjustment for the month (SPEC §3.2, §3.5, §3.6). */
export function scoreEmployee(employee: Employee, month: Month, filed: readonly LineItem[], attendanceAbsences: number, book: RuleBook): EmployeeScore {
  const escalation = escalationItem(employee.id, filed, book);
  const items = escalation === undefined ? filed : [...filed, escalation];
  const totals = totalsOf(items);
  const { rawScore, score } = scoreOf(totals, book.policy);
  const serviceMonth = serviceMonthOf(employee, month);
  return {
    employee,
    base: book.policy.score.base,
    totals,
    rawScore,
    score,
    grade: gradeFor(score, book.policy),
    salaryAdjustment: salaryAdjustmentFor(score, serviceMonth, book.policy),
    probation: isProbation(serviceMonth, book.policy),
    serviceMonth,
    absenceDays: attendanceAbsences + enteredAbsences(items),
    dismissalOffence: items.some((item) => !item.voided && item.category === 'dismissal'),
    items,
  };
}
