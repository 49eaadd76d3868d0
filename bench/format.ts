/** Numbers as the table shows them: units spelled out, thousands grouped, no false precision. */

export function grouped(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function milliseconds(ms: number): string {
  return ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${grouped(ms)} ms`;
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

export function microseconds(us: number): string {
  return `${us.toFixed(1)} µs`;
}

export function times(ratioValue: number): string {
  return `${ratioValue.toFixed(2)}×`;
}

/** A ratio judged against `limit`: a third decimal when two would show it equal to a limit it is not. */
export function timesAgainst(limit: number): (ratioValue: number) => string {
  return (ratioValue) => (ratioValue !== limit && ratioValue.toFixed(2) === limit.toFixed(2) ? `${ratioValue.toFixed(3)}×` : times(ratioValue));
}

export function megabytesOfKb(kb: number): string {
  return `${grouped(kb / 1024)} MB`;
}

export function bytes(value: number): string {
  if (value >= 1024 * 1024) return `${(value / (1024 * 1024)).toFixed(2)} MB`;
  if (value >= 1024) return `${(value / 1024).toFixed(1)} KB`;
  return `${value} B`;
}
