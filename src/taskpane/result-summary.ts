import { sum } from '../engine/decimal';
import type { Policy } from '../engine/policy';
import type { Flag, MonthResult } from '../engine/results';

export interface GradeCount {
  readonly grade: string;
  readonly count: number;
  /** The grade below every band (F by default). */
  readonly fallback: boolean;
}

export interface FlaggedEmployee {
  readonly id: string;
  readonly name: string;
  readonly flags: readonly Flag[];
}

/** What the pane shows after a compute: the tabs hold the rest. */
export interface ResultSummary {
  readonly headcount: number;
  /** Every grade of the policy, best first, including those nobody got. */
  readonly grades: readonly GradeCount[];
  readonly flagged: readonly FlaggedEmployee[];
  readonly salaryTotal: number;
  readonly awardTotal: number;
  /** The policy in force, whose numbers the flags' words quote. */
  readonly policy: Policy;
}

export function summarise(result: MonthResult): ResultSummary {
  const { employees, policy } = result;
  const grades = gradeOrder(policy).map((grade) => ({
    grade,
    count: employees.filter((employee) => employee.grade === grade).length,
    fallback: grade === policy.grades.fallback,
  }));
  return {
    headcount: employees.length,
    grades,
    flagged: employees
      .filter((employee) => employee.flags.length > 0)
      .map(({ id, name, flags }) => ({ id, name, flags })),
    // Exact decimal sums (SPEC §3.2): money may carry fractions when HR sets a fractional rate.
    salaryTotal: sum(employees.map((employee) => employee.salaryAdjustment)),
    awardTotal: sum(employees.map((employee) => employee.award)),
    policy,
  };
}

/** The grade bands in the policy's order (best first), then the fallback grade. */
export function gradeOrder(policy: Policy): readonly string[] {
  const grades = policy.grades.bands.map((band) => band.grade);
  return grades.includes(policy.grades.fallback) ? grades : [...grades, policy.grades.fallback];
}
