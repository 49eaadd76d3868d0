import type { LatenessTier } from './policy';

export type LatenessOutcome =
  | { readonly kind: 'onTime' }
  | { readonly kind: 'tier'; readonly points: number }
  | { readonly kind: 'absence' };

/**
 * SPEC §3.1: minutes late (or early) to the tier they cost: 1–5 minutes 2 points, 6–10
 * minutes 5 points; beyond the last tier the day is an absence. Tiers ascend by `upToMinutes`.
 */
export function latenessOutcome(minutes: number, tiers: readonly LatenessTier[]): LatenessOutcome {
  if (minutes <= 0) return { kind: 'onTime' };
  const tier = tiers.find((candidate) => minutes <= candidate.upToMinutes);
  return tier === undefined ? { kind: 'absence' } : { kind: 'tier', points: tier.points };
}
