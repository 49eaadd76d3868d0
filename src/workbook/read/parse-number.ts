import type { CellValue } from '../grid';
import { toHalfWidth } from './normalize-text';

/**
 * Numbers in cells (SPEC §2): numeric cells, or text that reads as a number: `1.5`, `-5`,
 * full-width `１．５`, grouped `1,234`, and `95%` as 0.95, the value Excel gives that text.
 */
const NUMBER_TEXT = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?%?$/i;

export function numberFromCell(cell: Exclude<CellValue, null>): number | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  if (typeof cell !== 'string') return undefined;
  const text = toHalfWidth(cell).trim();
  if (!NUMBER_TEXT.test(text) || !/\d/.test(text)) return undefined;
  const percent = text.endsWith('%');
  const value = Number((percent ? text.slice(0, -1) : text).replace(/,/g, ''));
  if (!Number.isFinite(value)) return undefined;
  return percent ? Number((value / 100).toPrecision(15)) : value;
}
