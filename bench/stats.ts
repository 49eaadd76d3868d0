/** The middle value of repeated measurements: one slow run (a collection, a busy core) does not move it. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('the median of no measurements is undefined');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** How many times `measured` is `reference`: 1.25 means a quarter more. */
export function ratio(measured: number, reference: number): number {
  if (!(reference > 0)) throw new RangeError('a ratio needs a positive reference');
  return measured / reference;
}

/** Elapsed milliseconds of `work`, by the monotonic clock. */
export function timeMs(work: () => void): number {
  const started = process.hrtime.bigint();
  work();
  return Number(process.hrtime.bigint() - started) / 1e6;
}

/**
 * Runs `runs` measurements of each of two contenders in turns (A, B, A, B …), so that whatever
 * else the machine does during the run weighs on both alike.
 */
export async function interleaved<T>(runs: number, a: () => Promise<T>, b: () => Promise<T>): Promise<{ a: T[]; b: T[] }> {
  const results = { a: [] as T[], b: [] as T[] };
  for (let run = 0; run < runs; run++) {
    results.a.push(await a());
    results.b.push(await b());
  }
  return results;
}
