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
