import type { IsoDate, Month } from '../../engine/calendar';
import { issueAt, type Issue, type IssueCode, type IssueParams, type Severity } from '../../engine/issues';
import type { Clock, RowRef } from '../../engine/records';
import { columnLetter, type CellValue, type SheetGrid } from '../grid';
import type { InputSheetDefinition } from '../schema';
import { findHeader, type HeaderMatch } from './find-header';
import { dateFromCell } from './parse-date';
import { idFromCell } from './parse-id';
import { monthFromCell } from './parse-month';
import { numberFromCell } from './parse-number';
import { punchFromCell, type PunchCell } from './parse-punch';
import { clockFromCell } from './parse-time';
import type { WordLookup } from './word-lookup';

type Filled = Exclude<CellValue, null>;
type ValueIssue = Extract<IssueCode, 'INVALID_DATE' | 'INVALID_TIME' | 'INVALID_DATETIME' | 'INVALID_NUMBER' | 'INVALID_MONTH'>;
type WordIssue = Extract<IssueCode, 'INVALID_STATUS' | 'INVALID_ENTRY_STATUS' | 'INVALID_ROLE'>;

/** The records of one sheet, and how many non-blank data rows were considered for them. */
export interface SheetRead<T> {
  readonly records: T[];
  /** All rows of the sheet, or the chosen month's rows for the monthly sheets. */
  readonly rowCount: number;
}

/**
 * A cursor over the data rows of an input sheet that reads each field as its type and
 * records every problem at its exact cell (SPEC §2, §5). `failed` tells whether the current
 * row had an error; such a row yields no record, its issues say why.
 */
export class FieldReader {
  /** 0-based: the row after the header, and the end of the sheet. */
  readonly firstDataRow: number;
  readonly endRow: number;
  ref: RowRef = { sheet: '', row: 0, columns: {} };
  failed = false;
  private row: readonly CellValue[] = [];
  private readonly columns: Readonly<Record<string, string>>;
  private readonly recognisedColumns: readonly number[];
  /** Per field, the last cell parsed and its value: dates and punches repeat down a column. */
  private readonly lastParsed = new Map<string, { cell: Filled | null; value: unknown }>();

  constructor(
    private readonly grid: SheetGrid,
    private readonly header: HeaderMatch,
    private readonly issues: Issue[],
  ) {
    const columns: Record<string, string> = {};
    for (const [field, index] of Object.entries(header.columnIndex)) columns[field] = columnLetter(index);
    this.columns = columns;
    this.recognisedColumns = Object.values(header.columnIndex);
    this.firstDataRow = header.rowIndex + 1;
    this.endRow = grid.rows.length;
  }

  /** Moves to a 0-based row; false when every recognised column of it is blank (SPEC §2: skipped). */
  moveTo(rowIndex: number): boolean {
    this.row = this.grid.rows[rowIndex] ?? [];
    let blank = true;
    for (const index of this.recognisedColumns) {
      if (blankToNull(this.row[index]) !== null) {
        blank = false;
        break;
      }
    }
    if (blank) return false;
    this.ref = { sheet: this.grid.name, row: rowIndex + 1, columns: this.columns };
    this.failed = false;
    return true;
  }

  /** Whether the sheet has the field's column at all. */
  has(field: string): boolean {
    return this.header.columnIndex[field] !== undefined;
  }

  text(field: string): string | undefined {
    const cell = this.cell(field);
    if (cell === null) return undefined;
    return typeof cell === 'string' ? cell.trim() : String(cell);
  }

  requiredText(field: string): string | undefined {
    return this.required(field, this.text(field));
  }

  id(field: string): string | undefined {
    const cell = this.cell(field);
    return this.required(field, cell === null ? undefined : idFromCell(cell));
  }

  date(field: string, required: boolean): IsoDate | undefined {
    return this.parsed(field, required, dateFromCell, 'INVALID_DATE');
  }

  clock(field: string, required: boolean): Clock | undefined {
    return this.parsed(field, required, clockFromCell, 'INVALID_TIME');
  }

  /** A punch: a time, a date and time, a time marked 次日 or 昨日, or 缺卡 (no punch); an unreadable one is `code`. */
  punch(field: string, required: boolean, code: 'INVALID_TIME' | 'INVALID_DATETIME'): PunchCell | undefined {
    return this.parsed(field, required, punchFromCell, code);
  }

  number(field: string, required = false): number | undefined {
    return this.parsed(field, required, numberFromCell, 'INVALID_NUMBER');
  }

  month(field: string): Month | undefined {
    return this.parsed(field, true, monthFromCell, 'INVALID_MONTH');
  }

  /** A word from a table; an unknown word is an issue of `severity` (an error fails the row). */
  word<K extends string>(field: string, lookup: WordLookup<K>, code: WordIssue, severity: Severity): K | undefined {
    const text = this.text(field);
    if (text === undefined) return undefined;
    const key = lookup(text);
    if (key === undefined) this.report(severity, code, field, { value: text });
    return key;
  }

  /** Reports a value the sheet reader judged wrong after reading it (e.g. a negative break). */
  reject(field: string, code: ValueIssue): void {
    this.report('error', code, field, { value: this.text(field) ?? '' });
  }

  private parsed<T>(field: string, required: boolean, parse: (cell: Filled) => T | undefined, code: ValueIssue): T | undefined {
    const cell = this.cell(field);
    if (cell === null) return required ? this.required(field, undefined) : undefined;
    let last = this.lastParsed.get(field);
    if (last === undefined) this.lastParsed.set(field, (last = { cell: null, value: undefined }));
    if (last.cell !== cell) {
      last.cell = cell;
      last.value = parse(cell);
    }
    const value = last.value as T | undefined;
    if (value === undefined) this.report('error', code, field, { value: typeof cell === 'string' ? cell.trim() : String(cell) });
    return value;
  }

  private required<T>(field: string, value: T | undefined): T | undefined {
    if (value === undefined) this.report('error', 'MISSING_VALUE', field, { column: this.header.headerText[field] ?? field });
    return value;
  }

  private report<C extends ValueIssue | WordIssue | 'MISSING_VALUE'>(severity: Severity, code: C, field: string, params: IssueParams[C]): void {
    if (severity === 'error') this.failed = true;
    this.issues.push(issueAt(severity, code, this.ref, field, params));
  }

  private cell(field: string): Filled | null {
    const index = this.header.columnIndex[field];
    return index === undefined ? null : blankToNull(this.row[index]);
  }
}

function blankToNull(cell: CellValue | undefined): Filled | null {
  if (cell === null || cell === undefined) return null;
  if (typeof cell === 'string' && (cell.length === 0 || cell.trim().length === 0)) return null;
  return cell;
}

/**
 * The reader for a found sheet, or undefined after reporting each required column that no
 * row of the first 10 holds (MISSING_COLUMN, at the closest header row). An optional sheet
 * left entirely empty is as good as absent.
 */
export function fieldReaderFor(grid: SheetGrid, definition: InputSheetDefinition, issues: Issue[]): FieldReader | undefined {
  const search = findHeader(grid.rows, definition.columns);
  if (search.found) return new FieldReader(grid, search.header, issues);
  if (!definition.required && grid.rows.every((row) => row.every((cell) => blankToNull(cell) === null))) return undefined;
  for (const column of search.missing) {
    issues.push({ severity: 'error', code: 'MISSING_COLUMN', sheet: grid.name, cell: search.cell, params: { column: `${column.zh} / ${column.en}` } });
  }
  return undefined;
}
