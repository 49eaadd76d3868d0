import type { MonthResult } from '../../engine/results';
import { labels, type DetailsColumn } from '../../i18n/labels';
import { columnLetter, type CellValue } from '../grid';
import type { LayoutContext } from '../pipeline-types';
import type { ColumnSpec, Hyperlink, SheetSpec, StyledRange } from '../sheet-spec';
import { detailRow, detailsColumns, orderedItems, sourceCell } from './detail-rows';
import { countFormat, dateFormat, moneyFormat, pointsFormat, signedPointsFormat } from './number-formats';
import { policyUsedBlock } from './policy-used';
import { generationLine, titleTeams } from './provenance';
import { detailsSheetName } from './sheet-names';
import { headerStyle, provenanceStyle, tabColors, titleStyle, voidedStyle } from './styles';
import { fittedWidths } from './text-width';

/** Title, generation line, a blank row, then the header: row 4. */
export const DETAILS_HEADER_ROW = 4;

/** Columns holding text from the workbook (ids, names, notes, catalog names): written as text, never formulas. */
const textColumns: ReadonlySet<DetailsColumn> = new Set(['employeeId', 'name', 'code', 'rule', 'source', 'basis', 'note']);

/** The details row of each employee's first item, for links from the scorecard. */
export function detailsFirstRows(result: MonthResult): Map<string, number> {
  const first = new Map<string, number>();
  orderedItems(result).forEach(({ item }, index) => {
    if (!first.has(item.employeeId)) first.set(item.employeeId, DETAILS_HEADER_ROW + 1 + index);
  });
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

/** The details tab (SPEC §4): one row per line item, each traceable to the cell it came from. */
export function detailsSheet(result: MonthResult, context: LayoutContext): SheetSpec {
  const { lang } = context;
  const words = labels(lang);
  const name = detailsSheetName(result.month, lang);
  const details = orderedItems(result);
  const header = detailsColumns.map((column) => words.details.columns[column]);
  const body = details.map((detail) => detailRow(detail, result.policy, lang));
  const first = DETAILS_HEADER_ROW + 1;
  const last = DETAILS_HEADER_ROW + body.length;
  const block = policyUsedBlock(result.policy, lang, last + 2);
  const lastColumn = columnLetter(detailsColumns.length - 1);
  const sourceColumn = columnLetter(detailsColumns.indexOf('source'));

  // Dates are serial numbers but show as yyyy-mm-dd: measure what shows.
  const dateIndex = detailsColumns.indexOf('date');
  const shown = body.map((row) => row.map((value, index) => (index === dateIndex && value !== null ? dateFormat : value)));
  const widths = fittedWidths([header, ...shown, ...block.tableRows], detailsColumns.length);
  const styles: StyledRange[] = [
    { range: 'A1', style: titleStyle },
    { range: 'A2', style: provenanceStyle },
    { range: `A${DETAILS_HEADER_ROW}:${lastColumn}${DETAILS_HEADER_ROW}`, style: headerStyle },
    ...details.flatMap(({ item }, index) =>
      item.voided ? [{ range: `A${first + index}:${lastColumn}${first + index}`, style: voidedStyle }] : [],
    ),
    ...block.styles,
  ];
  const hyperlinks: Hyperlink[] = details.flatMap(({ item }, index) => {
    const source = sourceCell(item);
    const cell = `${sourceColumn}${first + index}`;
    return source ? [{ cell, sheet: source.sheet, targetCell: source.cell, text: String(body[index][detailsColumns.indexOf('source')]) }] : [];
  });

  return {
    name,
    visibility: 'visible',
    tabColor: tabColors.details,
    columns: columnSpecs(widths, body),
    rows: [[words.details.title(result.month, titleTeams(result))], [generationLine(context)], [], header, ...body, [], ...block.rows],
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
