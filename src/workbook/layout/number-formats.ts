/**
 * Number formats of the generated tabs. Points and money are exact decimals (SPEC §3.2): a
 * column shows whole numbers when all its values are whole and two decimals at most
 * otherwise, so neither `80.` nor a floating-point residue ever shows.
 */
const isWhole = (value: number): boolean => Number.isInteger(value);

export const dateFormat = 'yyyy-mm-dd';
export const timeFormat = 'hh:mm';
export const dateTimeFormat = 'yyyy-mm-dd hh:mm';
export const monthFormat = 'yyyy-mm';
export const countFormat = '0';
export const shareFormat = '0.0%';
/** Shows nothing: for a cell whose number only drives a data bar. */
export const hiddenFormat = ';;;';

export function pointsFormat(values: readonly number[]): string {
  return values.every(isWhole) ? '0' : '0.0#';
}

/** Points with their sign, for amounts that add to or take from the score. */
export function signedPointsFormat(values: readonly number[]): string {
  return values.every(isWhole) ? '+0;-0;0' : '+0.0#;-0.0#;0';
}

export function moneyFormat(values: readonly number[]): string {
  return values.every(isWhole) ? '#,##0;-#,##0;0' : '#,##0.00;-#,##0.00;0';
}
