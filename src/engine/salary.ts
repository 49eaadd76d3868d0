import { clamp, multiply, subtract } from './decimal';
import type { Policy } from './policy';

/** SPEC §3.6: the first months of service (the hire month is month 1) are probation: scored, not paid on. */
export function isProbation(serviceMonth: number, policy: Policy): boolean {
  return serviceMonth <= policy.salary.probationMonths;
}

/** SPEC §3.6 (每分10元, 浮动范围±300元): (score − 80) × 10 held within ±300; 0 in probation. */
export function salaryAdjustmentFor(score: number, serviceMonth: number, policy: Policy): number {
  if (isProbation(serviceMonth, policy)) return 0;
  const { pivotScore, perPoint, limit } = policy.salary;
  const amount = clamp(multiply(subtract(score, pivotScore), perPoint), -limit, limit);
  // −0 would print as "-0" in some renderers; a zero adjustment is plain 0.
  return amount === 0 ? 0 : amount;
}
