import type { CatalogEntry, GradeBand, LatenessTier, Policy } from '../../engine/policy';
import { RuleCode } from '../../engine/policy';
import { pointsRange } from '../../i18n/labels-text';
import {
  addressOf,
  dataRows,
  headerAddress,
  invalidTable,
  invalidValue,
  readNumber,
  readText,
  readYesNo,
  type PolicySheet,
} from './policy-cells';

/**
 * The grades sheet (SPEC §3.5): bands best first, each with its lower bound and whether the
 * bound belongs to it; one last row with a blank bound names the grade of every other score.
 */
export function readGrades(sheet: PolicySheet): Policy['grades'] | undefined {
  const bands: { band: GradeBand; rowIndex: number }[] = [];
  const fallbacks: { grade: string; rowIndex: number }[] = [];
  const seen = new Set<string>();
  const rows = dataRows(sheet);
  for (const rowIndex of rows) {
    const grade = readText(sheet, rowIndex, 'grade');
    const bound = readNumber(sheet, rowIndex, 'lowerBound', 'number');
    const included = readYesNo(sheet, rowIndex, 'included');
    if (grade.kind !== 'value') {
      invalidValue(sheet, rowIndex, 'grade', 'text');
      continue;
    }
    if (seen.has(grade.value)) {
      invalidTable(sheet, addressOf(sheet, rowIndex, 'grade'), (problems) => problems.duplicateGrade(grade.value));
      continue;
    }
    seen.add(grade.value);
    if (bound.kind === 'blank') fallbacks.push({ grade: grade.value, rowIndex });
    else if (bound.kind === 'value' && included.kind !== 'invalid') {
      bands.push({ band: { grade: grade.value, min: bound.value, inclusive: included.kind === 'blank' || included.value }, rowIndex });
    }
  }
  bands.forEach(({ band, rowIndex }, index) => {
    const previous = bands[index - 1]?.band;
    // A band must start below the one before; at an equal bound only "above" may precede "at or above".
    const ordered = !previous || band.min < previous.min || (band.min === previous.min && !previous.inclusive && band.inclusive);
    if (!ordered) invalidTable(sheet, addressOf(sheet, rowIndex, 'lowerBound'), (problems) => problems.boundsNotDescending);
  });
  const lastRow = rows[rows.length - 1];
  for (const fallback of fallbacks) {
    if (fallbacks.length > 1 || fallback.rowIndex !== lastRow) {
      invalidTable(sheet, addressOf(sheet, fallback.rowIndex, 'grade'), (problems) => problems.fallbackNotLast);
    }
  }
  if (bands.length === 0) invalidTable(sheet, headerAddress(sheet, 'lowerBound'), (problems) => problems.noBands);
  if (fallbacks.length === 0) invalidTable(sheet, headerAddress(sheet, 'grade'), (problems) => problems.fallbackMissing);
  if (bands.length === 0 || fallbacks.length === 0) return undefined;
  return { bands: bands.map(({ band }) => band), fallback: fallbacks[fallbacks.length - 1].grade };
}

/**
 * The late tiers sheet (SPEC §3.1): minutes ascending, each tier's points within the
 * lateness code's range in `catalog` (the derived L04 must be a valid L04).
 */
export function readLateTiers(sheet: PolicySheet, catalog: readonly CatalogEntry[]): LatenessTier[] | undefined {
  const tiers: LatenessTier[] = [];
  const lateness = catalog.find((entry) => entry.code === RuleCode.lateOrEarly);
  for (const rowIndex of dataRows(sheet)) {
    const upTo = readNumber(sheet, rowIndex, 'upToMinutes', 'wholeFrom1');
    const points = readNumber(sheet, rowIndex, 'points', 'nonNegative');
    if (upTo.kind === 'blank') invalidValue(sheet, rowIndex, 'upToMinutes', 'wholeFrom1');
    if (points.kind === 'blank') invalidValue(sheet, rowIndex, 'points', 'nonNegative');
    if (upTo.kind !== 'value' || points.kind !== 'value') continue;
    const previous = tiers[tiers.length - 1];
    if (previous && upTo.value <= previous.upToMinutes) {
      invalidTable(sheet, addressOf(sheet, rowIndex, 'upToMinutes'), (problems) => problems.tiersNotAscending);
    }
    if (lateness && (points.value < lateness.min || points.value > lateness.max)) {
      const range = pointsRange(lateness.min, lateness.max);
      invalidTable(sheet, addressOf(sheet, rowIndex, 'points'), (problems) => problems.tierOutsideRange(lateness.code, range));
    }
    tiers.push({ upToMinutes: upTo.value, points: points.value });
  }
  if (tiers.length === 0) {
    invalidTable(sheet, headerAddress(sheet, 'upToMinutes'), (problems) => problems.noTiers);
    return undefined;
  }
  return tiers;
}

/** The award sheet (SPEC §3.6): the amount for the 1st, 2nd, … consecutive month at rank 1. */
export function readAward(sheet: PolicySheet): number[] | undefined {
  const amounts: number[] = [];
  for (const rowIndex of dataRows(sheet)) {
    const month = readNumber(sheet, rowIndex, 'month', 'wholeFrom1');
    const amount = readNumber(sheet, rowIndex, 'amount', 'nonNegative');
    if (month.kind === 'blank') invalidValue(sheet, rowIndex, 'month', 'wholeFrom1');
    if (amount.kind === 'blank') invalidValue(sheet, rowIndex, 'amount', 'nonNegative');
    if (month.kind !== 'value' || amount.kind !== 'value') continue;
    const expected = amounts.length + 1;
    // Counted in its place all the same, so that one wrong number is the only one reported.
    if (month.value !== expected) {
      invalidTable(sheet, addressOf(sheet, rowIndex, 'month'), (problems) => problems.awardMonthOutOfSequence(expected));
    }
    amounts.push(amount.value);
  }
  if (amounts.length === 0) {
    invalidTable(sheet, headerAddress(sheet, 'amount'), (problems) => problems.noAwards);
    return undefined;
  }
  return amounts;
}
