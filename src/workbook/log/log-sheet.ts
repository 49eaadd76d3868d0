import type { Lang } from '../../i18n/lang';
import { logLabels, type LogColumn } from '../../i18n/log-labels';
import { columnLetter, type CellValue } from '../grid';
import type { ColumnSpec, SheetSpec, StyledRange } from '../sheet-spec';
import { localDateTimeSerial } from '../layout/excel-serial';
import { countFormat } from '../layout/number-formats';
import { provenanceStyle, tableHeaderStyle, tabColors, titleStyle } from '../layout/styles';
import { fittedWidths } from '../layout/text-width';
import { headerRowHeight, wrappedRowHeights } from '../layout/wrapped-text';
import { LOG_HEADER_ROW, LOG_SHEET_NAMES, logColumns } from './log-columns';
import type { LogEntry } from './log-entry';
import type { StoredLog } from './read-log';

/** Minutes are enough to tell runs apart; the date first, so the column sorts and filters as time. */
const timeFormat = 'yyyy-mm-dd hh:mm';
/** Money in the log may be fractional under a fractional rate: two decimals only when there are some. */
const logMoneyFormat = '#,##0.##;-#,##0.##;0';

/** `2026-12-01 09:30` and the filter button: the time is a number, which measures narrower than it shows. */
const TIME_WIDTH = 18;

/** The changes wrap within this width, so a recompute that moved many people does not widen the page. */
const CHANGES_WIDTH = 48;

/** Columns of text: months like 2026-11 and fingerprints like 0012e45 must never turn into dates or numbers. */
const textColumns: ReadonlySet<LogColumn> = new Set(['action', 'target', 'language', 'inputFingerprint', 'policyFingerprint', 'changes']);

const centred: readonly LogColumn[] = ['action', 'target', 'language', 'inputFingerprint', 'policyFingerprint'];

const formats: Partial<Record<LogColumn, string>> = {
  time: timeFormat,
  employees: countFormat,
  salaryTotal: logMoneyFormat,
  awardTotal: logMoneyFormat,
};

function entryValues(entry: LogEntry, lang: Lang): Record<LogColumn, CellValue> {
  const words = logLabels(lang);
  return {
    time: localDateTimeSerial(entry.at),
    action: words.actions[entry.action],
    target: entry.target,
    language: words.languages[entry.lang],
    employees: entry.employees,
    salaryTotal: entry.salaryTotal,
    awardTotal: entry.awardTotal,
    inputFingerprint: entry.inputFingerprint,
    policyFingerprint: entry.policyFingerprint,
    changes: entry.changes,
  };
}

/** The new row, placed by the stored header's columns when it has one, else in the standard order. */
function entryRow(values: Record<LogColumn, CellValue>, stored: StoredLog | undefined): CellValue[] {
  const columnIndex = stored?.header?.columnIndex;
  if (!columnIndex) return logColumns.map((column) => values[column]);
  const row: CellValue[] = [];
  const taken = new Set(Object.values(columnIndex));
  let spare = Math.max(-1, ...taken) + 1;
  for (const column of logColumns) {
    // A column the stored header lacks goes after its last one, rather than being lost.
    const index = columnIndex[column] ?? spare++;
    while (row.length < index) row.push(null);
    row[index] = values[column];
  }
  return row;
}

const isBlankRow = (row: readonly CellValue[] | undefined): boolean =>
  !row || row.every((cell) => cell === null || (typeof cell === 'string' && cell.trim() === ''));

/** The stored rows up to the last that holds anything. */
function keptRows(stored: StoredLog): (readonly CellValue[])[] {
  let end = stored.rows.length;
  while (end > 0 && isBlankRow(stored.rows[end - 1])) end--;
  return stored.rows.slice(0, end).map((row) => row ?? []);
}

/**
 * The compute log with `entry` appended (SPEC §4.3). The log is only ever appended to: every
 * row the workbook's log holds is carried forward exactly as read, in its place, and the new
 * row goes under the last of them; the sheet is then written whole, like every generated tab,
 * through the same plan. A workbook without a log gets a new one in `lang`; an existing log
 * keeps its own language (the caller passes it) and its header, wherever its columns are.
 */
export function logSheet(stored: StoredLog | undefined, entry: LogEntry, lang: Lang): SheetSpec {
  const words = logLabels(lang);
  const header = logColumns.map((column) => words.columns[column]);
  const kept = stored ? keptRows(stored) : [[words.title], [words.note], [], header];
  const headerRow = stored ? (stored.header ? stored.header.rowIndex + 1 : undefined) : LOG_HEADER_ROW;
  const rows = [...kept, entryRow(entryValues(entry, lang), stored)];
  const firstEntry = (headerRow ?? 0) + 1;
  const last = rows.length;
  const lastColumn = columnLetter(Math.max(logColumns.length, ...rows.map((row) => row.length)) - 1);
  const indexOf = (column: LogColumn): number => stored?.header?.columnIndex[column] ?? logColumns.indexOf(column);
  const changesIndex = indexOf('changes');

  const body = rows.slice(firstEntry - 1);
  const widths = fittedWidths(headerRow ? [rows[headerRow - 1], ...body] : body, logColumns.length);
  widths[logColumns.indexOf('time')] = Math.max(widths[logColumns.indexOf('time')], TIME_WIDTH);
  const changesWidth = Math.min(widths[logColumns.indexOf('changes')], CHANGES_WIDTH);
  widths[logColumns.indexOf('changes')] = changesWidth;
  // Our own layout (title and note above the header) gets its title styled again; a log laid out otherwise keeps its look.
  const ours = !stored || stored.header?.rowIndex === LOG_HEADER_ROW - 1;
  const columns: ColumnSpec[] = logColumns.map((column, index) => ({
    width: widths[index],
    ...(formats[column] ? { numberFormat: formats[column] } : {}),
    ...(textColumns.has(column) ? { text: true } : {}),
  }));

  const styles: StyledRange[] = [
    ...(ours
      ? [
          { range: 'A1', style: titleStyle },
          { range: 'A2', style: provenanceStyle },
        ]
      : []),
    ...(headerRow ? [{ range: `A${headerRow}:${lastColumn}${headerRow}`, style: tableHeaderStyle }] : []),
    { range: `A${firstEntry}:${lastColumn}${last}`, style: { vertical: 'top' as const } },
    { range: `${columnLetter(changesIndex)}${firstEntry}:${columnLetter(changesIndex)}${last}`, style: { wrap: true } },
    // Short words and codes centred, so that a fingerprint never reads as part of the total beside it.
    ...centred.map((column) => ({ range: `${columnLetter(indexOf(column))}${firstEntry}:${columnLetter(indexOf(column))}${last}`, style: { horizontal: 'center' as const } })),
  ];

  return {
    name: stored?.name ?? LOG_SHEET_NAMES[lang],
    visibility: 'visible',
    tabColor: tabColors.details,
    columns,
    rows,
    rowHeights: [
      ...(headerRow ? headerRowHeight(rows[headerRow - 1], headerRow) : []),
      ...wrappedRowHeights(body, new Map([[changesIndex, changesWidth]]), firstEntry),
    ],
    styles,
    merges: [],
    ...(headerRow ? { freeze: { rows: headerRow, columns: 0 }, autoFilter: `A${headerRow}:${lastColumn}${last}` } : {}),
    conditionalFormats: [],
    hyperlinks: [],
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      ...(headerRow ? { repeatRows: { first: headerRow, last: headerRow } } : {}),
      centerFooter: words.footer,
    },
  };
}
