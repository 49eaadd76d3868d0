import { isoDate, monthOf, type Month } from '../../engine/calendar';
import type { CellValue } from '../grid';
import { toHalfWidth } from './normalize-text';
import { dateFromCell } from './parse-date';

/** A month in a cell (SPEC §2, KPI): `2026-11`, `2026/11`, `2026.11`, `2026年11月`, or any date in it. */
const MONTH_TEXT = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月)$/;

export function monthFromCell(cell: Exclude<CellValue, null>): Month | undefined {
  if (typeof cell === 'string') {
    const match = MONTH_TEXT.exec(toHalfWidth(cell).trim());
    if (match) {
      const year = Number(match[1]);
      const month = Number(match[2] ?? match[3]);
      return year >= 1900 && year <= 9999 && month >= 1 && month <= 12 ? monthOf(isoDate(year, month, 1)) : undefined;
    }
  }
  const date = dateFromCell(cell);
  return date === undefined ? undefined : monthOf(date);
}
