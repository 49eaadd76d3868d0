import type { Lang } from '../../i18n/lang';
import { columnLetter, type CellValue } from '../grid';
import { dateFormat, dateTimeFormat, timeFormat } from '../layout/number-formats';
import { headerStyle, tabColors } from '../layout/styles';
import { displayWidth, fittedWidths } from '../layout/text-width';
import { templateColumns, type ColumnDefinition, type InputSheetDefinition } from '../schema';
import type { ColumnSpec, SheetSpec } from '../sheet-spec';

/** What a value of each kind needs to show whole: `2026-11-30`, `23:59`. */
const minimumWidth: Readonly<Record<ColumnDefinition['kind'], number>> = {
  text: 8,
  date: 12,
  time: 9,
  dateTime: 17,
  number: 8,
  month: 9,
};

/** Rows sampled for widths: enough to see every kind of value, cheap on 150,000 rows. */
const WIDTH_SAMPLE = 2_000;

function columnSpec(column: ColumnDefinition, fitted: number, header: string): ColumnSpec {
  const width = Math.max(minimumWidth[column.kind], fitted, displayWidth(header) + 3);
  switch (column.kind) {
    case 'text':
    case 'month':
      // IDs and months as text: 1001 stays "1001", 2026-11 never turns into a date.
      return { width, text: true };
    case 'date':
      return { width, numberFormat: dateFormat };
    case 'time':
      return { width, numberFormat: timeFormat };
    case 'dateTime':
      return { width, numberFormat: dateTimeFormat };
    case 'number':
      return { width };
  }
}

/**
 * An input sheet as a supervisor keeps it: the headers of `schema.ts` in the language, the
 * rows below, formats by column kind, a frozen header and a filter.
 */
export function inputSheetSpec(definition: InputSheetDefinition, lang: Lang, rows: readonly CellValue[][]): SheetSpec {
  const columns = templateColumns(definition);
  const headers = columns.map((column) => column[lang]);
  const lastColumn = columnLetter(headers.length - 1);
  const widths = fittedWidths(rows.slice(0, WIDTH_SAMPLE), headers.length);
  return {
    name: definition[lang],
    visibility: 'visible',
    tabColor: tabColors.input,
    columns: columns.map((column, index) => columnSpec(column, widths[index], headers[index])),
    rows: [headers, ...rows],
    styles: [{ range: `A1:${lastColumn}1`, style: headerStyle }],
    merges: [],
    freeze: { rows: 1, columns: 0 },
    autoFilter: `A1:${lastColumn}${rows.length + 1}`,
    conditionalFormats: [],
    hyperlinks: [],
  };
}
