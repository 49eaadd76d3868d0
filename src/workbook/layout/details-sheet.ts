import type { MonthResult } from '../../engine/results';
import { labels, type DetailsColumn } from '../../i18n/labels';
import { columnLetter, type CellValue } from '../grid';
import type { LayoutContext } from '../pipeline-types';
import type { ColumnSpec, Hyperlink, RowHeight, SheetSpec, StyledRange } from '../sheet-spec';
import { catalogBlock } from './catalog-block';
import { detailRows, detailsColumns, employeeItemsInOrder, orderedItems } from './detail-rows';
import { detailsWidths, wrappedColumns } from './details-widths';
import { countFormat, dateFormat, moneyFormat, pointsFormat, signedPointsFormat } from './number-formats';
import { generationLine, titleTeams } from './provenance';
import { detailsSheetName } from './sheet-names';
import { provenanceStyle, tableHeaderStyle, tabColors, titleStyle, voidedStyle } from './styles';
import { headerRowHeight, wrappedRowHeights } from './wrapped-text';

/** Title, generation line, a blank row, then the header: row 4. */
export const DETAILS_HEADER_ROW = 4;

/**
 * Columns holding text from the workbook (ids, names, notes, catalog names): written as text,
 * never formulas. The source column is not one: it holds generated references, most of them
 * link formulas, which a text format would show as formula text.
 */
const textColumns: ReadonlySet<DetailsColumn> = new Set(['employeeId', 'name', 'code', 'rule', 'basis', 'note']);

/** Short columns are centred, so a number never reads as glued to the text beside it. */
const centredColumns: readonly DetailsColumn[] = ['date', 'employeeId', 'code', 'category', 'times', 'source', 'status'];

/**
 * The details row of each employee's first item, for links from the scorecard. The rows come
 * in employee blocks, so only a block holding items of several employees needs its order.
 */
export function detailsFirstRows(result: MonthResult): Map<string, number> {
  const first = new Map<string, number>();
  let blockRow = DETAILS_HEADER_ROW + 1;
  for (const employee of result.employees) {
    const { items } = employee;
    const oneEmployee = items.every((item) => item.employeeId === items[0].employeeId);
    (oneEmployee ? items.slice(0, 1) : employeeItemsInOrder(items)).forEach((item, index) => {
      if (!first.has(item.employeeId)) first.set(item.employeeId, blockRow + index);
    });
    blockRow += items.length;
  }
  return first;
}

function columnSpecs(widths: readonly number[], body: readonly (readonly CellValue[])[]): ColumnSpec[] {
  const numbers = (column: DetailsColumn): number[] => {
    const index = detailsColumns.indexOf(column);
    return body.map((row) => row[index]).filter((value): value is number => typeof value === 'number');
  };
  const formats: Partial<Record<DetailsColumn, string>> = {
    date: dateFormat,
    times: countFormat,
    pointsPerTime: pointsFormat(numbers('pointsPerTime')),
    effect: signedPointsFormat(numbers('effect')),
    amount: moneyFormat(numbers('amount')),
  };
  return detailsColumns.map((column, index) => ({
    width: widths[index],
    ...(formats[column] ? { numberFormat: formats[column] } : {}),
    ...(textColumns.has(column) ? { text: true } : {}),
  }));
}

/** Wrap and centring by column over the table's body rows `first` to `last`. */
function bodyStyles(first: number, last: number, wrapped: ReadonlyMap<number, number>): StyledRange[] {
  if (last < first) return [];
  const range = (index: number): string => `${columnLetter(index)}${first}:${columnLetter(index)}${last}`;
  return [
    { range: `A${first}:${columnLetter(detailsColumns.length - 1)}${last}`, style: { vertical: 'top' } },
    ...centredColumns.map((column) => ({ range: range(detailsColumns.indexOf(column)), style: { horizontal: 'center' as const } })),
    ...[...wrapped.keys()].map((index) => ({ range: range(index), style: { wrap: true } })),
  ];
}

/** The details tab (SPEC §4): one row per line item, each traceable to the cell it came from. */
export function detailsSheet(result: MonthResult, context: LayoutContext): SheetSpec {
  const { lang } = context;
  const words = labels(lang);
  const name = detailsSheetName(result.month, lang);
  const details = orderedItems(result);
  const header = detailsColumns.map((column) => words.details.columns[column]);
  const { cells: body, sources } = detailRows(details, result.policy, lang);
  const first = DETAILS_HEADER_ROW + 1;
  const last = DETAILS_HEADER_ROW + body.length;
  const catalog = catalogBlock(result.policy, lang, last + 2);
  const lastColumn = columnLetter(detailsColumns.length - 1);
  const sourceIndex = detailsColumns.indexOf('source');
  const sourceColumn = columnLetter(sourceIndex);

  const punchNotes = details.some(({ item }) => item.punches !== undefined);
  const widths = detailsWidths([header, catalog.header], body, catalog.entries, lang, punchNotes);
  const wrapped = wrappedColumns(widths, lang);
  const rowHeights: RowHeight[] = [
    ...headerRowHeight(header, DETAILS_HEADER_ROW),
    ...wrappedRowHeights(body, wrapped, first),
    ...headerRowHeight(catalog.header, catalog.headerRow),
    ...wrappedRowHeights(catalog.entries, wrapped, catalog.headerRow + 1),
  ];
  const voidedRows: StyledRange[] = [];
  const hyperlinks: Hyperlink[] = [];
  details.forEach(({ item }, index) => {
    const row = first + index;
    if (item.voided) voidedRows.push({ range: `A${row}:${lastColumn}${row}`, style: voidedStyle });
    const source = sources[index];
    if (source) hyperlinks.push({ cell: `${sourceColumn}${row}`, sheet: source.sheet, targetCell: source.cell, text: String(body[index][sourceIndex]) });
  });
  const styles: StyledRange[] = [
    { range: 'A1', style: titleStyle },
    { range: 'A2', style: provenanceStyle },
    { range: `A${DETAILS_HEADER_ROW}:${lastColumn}${DETAILS_HEADER_ROW}`, style: tableHeaderStyle },
    ...bodyStyles(first, last, wrapped),
    ...voidedRows,
    ...catalog.styles,
  ];

  return {
    name,
    visibility: 'visible',
    tabColor: tabColors.details,
    columns: columnSpecs(widths, body),
    rows: [[words.details.title(result.month, titleTeams(result))], [generationLine(context)], [], header, ...body, [], ...catalog.rows],
    rowHeights,
    styles,
    merges: [],
    freeze: { rows: DETAILS_HEADER_ROW, columns: 3 },
    autoFilter: `A${DETAILS_HEADER_ROW}:${lastColumn}${Math.max(last, DETAILS_HEADER_ROW)}`,
    conditionalFormats: [],
    hyperlinks,
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: DETAILS_HEADER_ROW, last: DETAILS_HEADER_ROW },
      centerFooter: words.details.footer(result.month),
    },
  };
}
