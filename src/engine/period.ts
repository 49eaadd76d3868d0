import { monthFromIndex, type Month } from './calendar';

/**
 * A quarter (`2026-Q4`) or a year (`2026`) of the regulation's appraisal cycles (季度考核,
 * 年度考核; SPEC §4.2). Kept as its text, like `Month`, so it reads well in tests and names.
 */
export type Period = string;

const QUARTER = /^(\d{4})-Q([1-4])$/;
const YEAR = /^(\d{4})$/;

export function isPeriod(value: string): value is Period {
  return QUARTER.test(value) || YEAR.test(value);
}

export function periodKind(period: Period): 'quarter' | 'year' {
  return QUARTER.test(period) ? 'quarter' : 'year';
}

/** The calendar months of the period, in order: three for a quarter, twelve for a year. */
export function periodMonths(period: Period): Month[] {
  const quarter = QUARTER.exec(period);
  const year = Number((quarter ?? YEAR.exec(period) ?? [])[1]);
  if (!Number.isInteger(year)) throw new RangeError(`not a period: ${period}`);
  const first = quarter ? (Number(quarter[2]) - 1) * 3 : 0;
  const count = quarter ? 3 : 12;
  return Array.from({ length: count }, (_, index) => monthFromIndex(year * 12 + first + index));
}

/** The quarter a month belongs to: 2026-11 → 2026-Q4. */
export function quarterOf(month: Month): Period {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}
