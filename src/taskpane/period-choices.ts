import { periodKind, quarterOf, type Period } from '../engine/period';
import { defaultMonth } from './month-choices';

/** Quarters offered: this one and the seven before, two years of quarterly appraisals. */
export const quartersOffered = 8;
/** Years offered: this one and the two before. */
export const yearsOffered = 3;

/** The quarter of the month the pane starts on (the month before today). */
export function defaultPeriod(today: Date): Period {
  return quarterOf(defaultMonth(today));
}

/** Quarters newest first, then years newest first. */
export function periodChoices(today: Date): readonly Period[] {
  const year = today.getFullYear();
  const quarter = Math.floor(today.getMonth() / 3);
  const quarters = Array.from({ length: quartersOffered }, (_, back) => {
    const index = year * 4 + quarter - back;
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  });
  const years = Array.from({ length: yearsOffered }, (_, back) => String(year - back));
  return [...quarters, ...years];
}

/** The words of a period in the picker. */
export function periodOption(period: Period, words: { quarterOption: (year: number, quarter: number) => string; yearOption: (year: number) => string }): string {
  const year = Number(period.slice(0, 4));
  return periodKind(period) === 'quarter' ? words.quarterOption(year, Number(period.slice(6))) : words.yearOption(year);
}
