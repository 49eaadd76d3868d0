import type { Policy } from './policy';

/** SPEC §3.5: the first band the score reaches, in the policy's order; else the fallback (F). */
export function gradeFor(score: number, policy: Policy): string {
  for (const band of policy.grades.bands) {
    if (band.inclusive ? score >= band.min : score > band.min) return band.grade;
  }
  return policy.grades.fallback;
}
