import type { IsoDate } from './calendar';
import type { DayNumbers } from './day-numbers';
import { keepAsLatest } from './latest-instance';
import type { ShiftDefinition } from './policy';
import type { RowRef, ScheduleRow } from './records';
import type { RuleBook } from './rule-book';

/**
 * Every employee's scheduled days (SPEC §3.1a), employee after employee, in columns of numbers:
 * a month at 5,000 employees schedules some 100,000 days, and an object a day costs more to
 * make, and then to keep through every garbage collection, than the rules take to judge them.
 * Day `i` is the cell `cell(i)` of the schedule row `row(i)`. An employee's days are appended,
 * then `settle` puts them in date order and keeps the ones it is told to, so that each
 * employee's days are one range.
 */
export class ScheduledDays {
  readonly dayNumber: Int32Array;
  /** 1 for a day of the month; 0 for a day beside the month, which only shapes its windows. */
  readonly inMonth: Uint8Array;
  /** 1 for a day to be judged: a day of the month, in employment. */
  readonly judged: Uint8Array;
  private readonly shiftIndex: Int32Array;
  private readonly rowIndex: Int32Array;
  private readonly cellIndex: Int32Array;
  private readonly shifts: ShiftDefinition[] = [];
  private readonly rows: ScheduleRow[] = [];
  private count = 0;
  private readonly employees = new Map<string, number>();
  private readonly from: number[] = [];
  private readonly to: number[] = [];

  /** Room for `capacity` days: the columns are made once, at their size. */
  constructor(
    capacity: number,
    private readonly dates: DayNumbers,
  ) {
    this.dayNumber = new Int32Array(capacity);
    this.inMonth = new Uint8Array(capacity);
    this.judged = new Uint8Array(capacity);
    this.shiftIndex = new Int32Array(capacity);
    this.rowIndex = new Int32Array(capacity);
    this.cellIndex = new Int32Array(capacity);
    keepAsLatest(this);
  }

  get length(): number {
    return this.count;
  }

  /** How many employees have a range, empty or not. */
  get employeeCount(): number {
    return this.from.length;
  }

  date(day: number): IsoDate {
    return this.dates.dateOf(this.dayNumber[day]);
  }

  shiftOf(day: number): ShiftDefinition {
    return this.shifts[this.shiftIndex[day]];
  }

  /** The schedule row of the day's cell. */
  row(day: number): RowRef {
    return this.rows[this.rowIndex[day]].ref;
  }

  /** The column letter of the day's cell. */
  column(day: number): string {
    return this.rows[this.rowIndex[day]].shifts[this.cellIndex[day]].column;
  }

  /** The employee's number, by which `MonthWindows` keeps their windows; undefined for one without a range. */
  employeeNumber(id: string): number | undefined {
    return this.employees.get(id);
  }

  /** The employee's days, `[from, to)`; empty for one without a range. */
  rangeOf(id: string): { readonly from: number; readonly to: number } {
    const employee = this.employees.get(id);
    return employee === undefined ? { from: 0, to: 0 } : { from: this.from[employee], to: this.to[employee] };
  }

  /** The IDs in their ranges' order. */
  ids(): IterableIterator<string> {
    return this.employees.keys();
  }

  /** Starts the employee's range: the days added until the next `startEmployee` are theirs. */
  startEmployee(id: string): void {
    this.employees.set(id, this.from.length);
    this.from.push(this.count);
    this.to.push(this.count);
  }

  /**
   * Adds the days of `row` whose cell names a shift the rule book knows, marking those from
   * `first` to `last` as the month's, and returns the indices in `row.shifts` of the cells
   * naming none.
   */
  addRow(row: ScheduleRow, book: RuleBook, first: IsoDate, last: IsoDate): number[] {
    const rowIndex = this.rows.length;
    this.rows.push(row);
    const unknown: number[] = [];
    let lastShift: ShiftDefinition | undefined;
    let lastShiftIndex = -1;
    const cells = row.shifts;
    for (let cellIndex = 0; cellIndex < cells.length; cellIndex++) {
      const cell = cells[cellIndex];
      const { shift } = book.shiftFor(cell.shift);
      if (shift === undefined) {
        unknown.push(cellIndex);
        continue;
      }
      if (shift !== lastShift) {
        lastShift = shift;
        lastShiftIndex = this.shifts.indexOf(shift);
        if (lastShiftIndex < 0) lastShiftIndex = this.shifts.push(shift) - 1;
      }
      const index = this.count++;
      const inMonth = cell.date >= first && cell.date <= last ? 1 : 0;
      this.dayNumber[index] = this.dates.of(cell.date);
      this.shiftIndex[index] = lastShiftIndex;
      this.rowIndex[index] = rowIndex;
      this.cellIndex[index] = cellIndex;
      this.inMonth[index] = inMonth;
      this.judged[index] = inMonth;
    }
    this.to[this.to.length - 1] = this.count;
    return unknown;
  }

  /**
   * Puts the current employee's days in date order, the ones of one date in the order added,
   * and keeps those `keep` accepts (called in that order, with the day kept before, if any).
   */
  settle(keep: (day: number, keptBefore: number | undefined) => boolean): void {
    const employee = this.from.length - 1;
    const from = this.from[employee];
    // A row's days come in column order, which is almost always date order already.
    for (let index = from + 1; index < this.count; index++) {
      if (this.dayNumber[index] < this.dayNumber[index - 1]) {
        this.sortFrom(from);
        break;
      }
    }
    let kept = from;
    for (let index = from; index < this.count; index++) {
      if (!keep(index, kept > from ? kept - 1 : undefined)) continue;
      if (kept !== index) this.move(index, kept);
      kept++;
    }
    this.count = kept;
    this.to[employee] = kept;
  }

  private sortFrom(from: number): void {
    const order = Array.from({ length: this.count - from }, (_, offset) => from + offset).sort((a, b) => this.dayNumber[a] - this.dayNumber[b]);
    for (const column of [this.dayNumber, this.shiftIndex, this.rowIndex, this.cellIndex, this.inMonth, this.judged]) {
      const sorted = order.map((index) => column[index]);
      column.set(sorted, from);
    }
  }

  private move(from: number, to: number): void {
    for (const column of [this.dayNumber, this.shiftIndex, this.rowIndex, this.cellIndex, this.inMonth, this.judged]) column[to] = column[from];
  }
}
