import type { CellValue } from '../grid';
import { toHalfWidth } from './normalize-text';

/**
 * Employee IDs compare as text (SPEC §2): the number 1001 and the text "1001" are one ID,
 * full-width `１００１` too. Whole numbers are written out in full, never as `1.001e+21`.
 */
export function idFromCell(cell: Exclude<CellValue, null>): string {
  if (typeof cell === 'number') {
    if (Number.isSafeInteger(cell) || !Number.isInteger(cell)) return String(cell);
    return BigInt(cell).toString();
  }
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  return toHalfWidth(cell).trim();
}
