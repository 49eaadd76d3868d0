import type { DetailsColumn } from '../../i18n/labels';
import type { Lang } from '../../i18n/lang';
import type { CellValue } from '../grid';
import { detailsColumns } from './detail-rows';
import { dateFormat } from './number-formats';
import { boundedWidths, contentWidths, defaultWidthBounds, fittedWidths, HEADER_PADDING } from './text-width';

/**
 * How wide each column of the details tab is. Fourteen columns fitted to their longest text
 * (a rule name, a note) made the printed page shrink to about 6 pt; instead the long texts
 * wrap within a width of their own, and short values get just a character of room. English
 * says the same in more letters, so its long texts wrap in narrower columns.
 */
export const wrapWidths: Readonly<Record<Lang, Readonly<Partial<Record<DetailsColumn, number>>>>> = {
  zh: { name: 12, rule: 20, basis: 18, note: 18 },
  en: { name: 12, rule: 18, basis: 16, note: 16 },
};

/**
 * Columns of digits, dates and codes: a character of room is enough. Others keep the header's
 * room, since full-width glyphs print a little wider than two digits and a link (the source)
 * must not touch the number before it.
 */
const tightColumns: ReadonlySet<DetailsColumn> = new Set(['date', 'employeeId', 'code', 'times', 'pointsPerTime', 'effect', 'amount']);

/**
 * The note's width when it names the punches a day was judged by (SPEC §3.1a): a punch a line,
 * `上班 08:37(打卡!C2734)`, which the narrow note would break inside a cell address.
 */
export const punchNoteWidths: Readonly<Record<Lang, number>> = { zh: 28, en: 32 };

/** The column indexes whose text wraps, with the width it wraps in. */
export function wrappedColumns(widths: readonly number[], lang: Lang): Map<number, number> {
  return new Map(
    Object.keys(wrapWidths[lang]).map((column) => {
      const index = detailsColumns.indexOf(column as DetailsColumn);
      return [index, widths[index]];
    }),
  );
}

/**
 * Widths fitting the headers and the values as they show, long texts capped at their wrap
 * width. The table's dates are serial numbers that show as yyyy-mm-dd, so that is what is
 * measured; `below` are rows under the table (the catalog), measured as they are.
 */
export function detailsWidths(
  headers: readonly (readonly CellValue[])[],
  table: readonly (readonly CellValue[])[],
  below: readonly (readonly CellValue[])[],
  lang: Lang,
  punchNotes = false,
): number[] {
  const count = detailsColumns.length;
  const headerWidths = fittedWidths(headers, count);
  // One pass over the rows (a large team's details tab has tens of thousands), padded two ways.
  const tableWidths = contentWidths(table, count, new Map([[detailsColumns.indexOf('date'), dateFormat]]));
  const content = contentWidths(below, count).map((width, index) => Math.max(width, tableWidths[index]));
  const tight = boundedWidths(content, defaultWidthBounds, 1);
  const roomy = boundedWidths(content, defaultWidthBounds, HEADER_PADDING);
  return detailsColumns.map((column, index) => {
    const fitted = Math.max(headerWidths[index], tightColumns.has(column) ? tight[index] : roomy[index]);
    const cap = column === 'note' && punchNotes ? punchNoteWidths[lang] : wrapWidths[lang][column];
    return Math.min(fitted, cap ?? fitted);
  });
}
