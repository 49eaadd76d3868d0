export interface Standing {
  readonly rank: number;
  readonly lastPlace: boolean;
}

/**
 * SPEC §3.7: competition ranking by score, highest first, ties sharing a rank (1, 2, 2, 4).
 * Last place is the lowest score, ties included, once at least 2 employees are scored.
 */
export function standings(scores: ReadonlyMap<string, number>): Map<string, Standing> {
  const ordered = [...scores].sort((a, b) => b[1] - a[1]);
  const lowest = ordered.length === 0 ? undefined : ordered[ordered.length - 1][1];
  const result = new Map<string, Standing>();
  let rank = 0;
  ordered.forEach(([id, score], index) => {
    if (index === 0 || score !== ordered[index - 1][1]) rank = index + 1;
    result.set(id, { rank, lastPlace: ordered.length >= 2 && score === lowest });
  });
  return result;
}
