/**
 * Exact decimal arithmetic for points and money (SPEC §3.2: no floating-point residue,
 * 80 − 0.1 − 0.2 is 79.7). Values are carried as integers of millionths and turned back
 * into the nearest double only at the edges.
 */
const SCALE = 1_000_000;

export type Units = number;

export function toUnits(value: number): Units {
  return Math.round(value * SCALE);
}

export function fromUnits(units: Units): number {
  return units / SCALE;
}

export function sum(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += toUnits(value);
  return fromUnits(total);
}

export function add(a: number, b: number): number {
  return fromUnits(toUnits(a) + toUnits(b));
}

export function subtract(a: number, b: number): number {
  return fromUnits(toUnits(a) - toUnits(b));
}

export function multiply(value: number, times: number): number {
  return fromUnits(Math.round(toUnits(value) * times));
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * The mean of `values` rounded half up to `decimals` places (at most 6), exactly: the sum is
 * taken in units and divided as integers, so 87.125 is 87.13 and 87.124999 is 87.12 whatever
 * binary doubles would make of them. Half up means away from zero, as Excel's ROUND does,
 * for the negative scores a policy with a negative minimum could give.
 */
export function meanRoundedHalfUp(values: readonly number[], decimals: number): number {
  if (values.length === 0) throw new RangeError('the mean of no values');
  let total = 0;
  for (const value of values) total += toUnits(value);
  const step = values.length * 10 ** (6 - decimals);
  const magnitude = Math.abs(total);
  // floor((2|T| + step) / (2 step)), with % so that no floating-point division can land on the wrong side.
  const numerator = 2 * magnitude + step;
  const denominator = 2 * step;
  const rounded = (numerator - (numerator % denominator)) / denominator;
  return (Math.sign(total) * rounded) / 10 ** decimals;
}
