import { isoDateFromDayNumber } from './calendar';
import { DayNumbers } from './day-numbers';
import type { PunchRow, RowRef } from './records';

/** `dayOffsets` of a punch without 次日 or 昨日. */
const NO_OFFSET = -128;

/** Where a punch's row lies: its sheet and the columns of that sheet's fields. */
interface Place {
  readonly sheet: string;
  readonly columns: RowRef['columns'];
}

/**
 * The punches of the Punches sheet (SPEC §2.1), a column per field. A month at 5,000 employees
 * has close to half a million; as objects, each with its ID, date and reference, they would cost
 * more to keep and to walk through than the rules cost to judge the days they make. The rules
 * read them by index, and `punchAt` gives one back as a `PunchRow` where an issue or a detail
 * names it. Built by `PunchLogBuilder`, or by `PunchLog.of` from rows.
 */
export class PunchLog {
  static readonly empty = new PunchLog(0, [], new Int32Array(0), new Int32Array(0), new Int16Array(0), new Uint8Array(0), new Int8Array(0), new Int32Array(0), new Uint16Array(0), [], new Map());

  /** The punches of `rows`, in that order. */
  static of(rows: Iterable<PunchRow>): PunchLog {
    const builder = new PunchLogBuilder();
    for (const row of rows) builder.add(row);
    return builder.build();
  }

  constructor(
    readonly length: number,
    /** Every ID that has a punch, in the order first met. */
    readonly employeeIds: readonly string[],
    /** Per punch, its ID's index in `employeeIds`. */
    readonly employee: Int32Array,
    /** Per punch, the day number of its `date` (days since 1970-01-01). */
    readonly day: Int32Array,
    readonly minuteOfDay: Int16Array,
    /** Per punch: 1 for a time of day (see `PunchRow.timeOfDay`), otherwise 0. */
    readonly timeOfDay: Uint8Array,
    /** Per punch: +1, −1, or `NO_OFFSET` (see `dayOffset`). */
    private readonly dayOffsets: Int8Array,
    /** Per punch, its sheet row. */
    readonly row: Int32Array,
    private readonly placeOf: Uint16Array,
    private readonly places: readonly Place[],
    private readonly sources: ReadonlyMap<number, string>,
  ) {}


  /** +1 for 次日, −1 for 昨日, undefined without either (see `PunchRow.dayOffset`). */
  dayOffset(index: number): number | undefined {
    const offset = this.dayOffsets[index];
    return offset === NO_OFFSET ? undefined : offset;
  }

  source(index: number): string | undefined {
    return this.sources.get(index);
  }

  ref(index: number): RowRef {
    const place = this.places[this.placeOf[index]];
    return { sheet: place.sheet, row: this.row[index], columns: place.columns };
  }

  /** The punch as a row, as the reader would have built it. */
  punchAt(index: number): PunchRow {
    const punch: { -readonly [K in keyof PunchRow]: PunchRow[K] } = {
      employeeId: this.employeeIds[this.employee[index]],
      date: isoDateFromDayNumber(this.day[index]),
      minuteOfDay: this.minuteOfDay[index],
      ref: this.ref(index),
    };
    if (this.timeOfDay[index] === 1) punch.timeOfDay = true;
    const dayOffset = this.dayOffset(index);
    if (dayOffset !== undefined) punch.dayOffset = dayOffset;
    const source = this.source(index);
    if (source !== undefined) punch.source = source;
    return punch;
  }

  /** Every punch as a row, in order. */
  *rows(): IterableIterator<PunchRow> {
    for (let index = 0; index < this.length; index++) yield this.punchAt(index);
  }
}

/**
 * Builds a `PunchLog` one punch at a time, as the reader meets them: the columns grow by
 * doubling, and IDs and dates are looked up once per run of equal ones (an export lists a
 * day's punches together, often a person's too).
 */
export class PunchLogBuilder {
  private length = 0;
  private employee = new Int32Array(1024);
  private day = new Int32Array(1024);
  private minuteOfDay = new Int16Array(1024);
  private timeOfDay = new Uint8Array(1024);
  private dayOffsets = new Int8Array(1024);
  private row = new Int32Array(1024);
  private placeOf = new Uint16Array(1024);
  private readonly employeeIds: string[] = [];
  private readonly employeeIndex = new Map<string, number>();
  private readonly dayNumbers = new DayNumbers();
  private readonly places: Place[] = [];
  private readonly sources = new Map<number, string>();
  private lastId = '';
  private lastEmployee = -1;
  private lastColumns: RowRef['columns'] | undefined;
  private lastSheet = '';
  private lastPlace = 0;

  add(punch: PunchRow): void {
    if (this.length === this.employee.length) this.grow();
    const index = this.length++;
    this.employee[index] = this.employeeOf(punch.employeeId);
    this.day[index] = this.dayNumbers.of(punch.date);
    this.minuteOfDay[index] = punch.minuteOfDay;
    this.timeOfDay[index] = punch.timeOfDay === true ? 1 : 0;
    this.dayOffsets[index] = punch.dayOffset ?? NO_OFFSET;
    this.row[index] = punch.ref.row;
    this.placeOf[index] = this.placeOfRef(punch.ref);
    if (punch.source !== undefined) this.sources.set(index, punch.source);
  }

  build(): PunchLog {
    const { length } = this;
    return new PunchLog(
      length,
      this.employeeIds,
      this.employee.slice(0, length),
      this.day.slice(0, length),
      this.minuteOfDay.slice(0, length),
      this.timeOfDay.slice(0, length),
      this.dayOffsets.slice(0, length),
      this.row.slice(0, length),
      this.placeOf.slice(0, length),
      this.places,
      this.sources,
    );
  }

  private employeeOf(id: string): number {
    if (id === this.lastId) return this.lastEmployee;
    let index = this.employeeIndex.get(id);
    if (index === undefined) {
      index = this.employeeIds.length;
      this.employeeIds.push(id);
      this.employeeIndex.set(id, index);
    }
    this.lastId = id;
    this.lastEmployee = index;
    return index;
  }

  private placeOfRef(ref: RowRef): number {
    if (ref.columns === this.lastColumns && ref.sheet === this.lastSheet) return this.lastPlace;
    let index = this.places.findIndex((place) => place.sheet === ref.sheet && place.columns === ref.columns);
    if (index < 0) {
      index = this.places.length;
      this.places.push({ sheet: ref.sheet, columns: ref.columns });
    }
    this.lastColumns = ref.columns;
    this.lastSheet = ref.sheet;
    this.lastPlace = index;
    return index;
  }

  private grow(): void {
    const size = this.employee.length * 2;
    const grown = <T extends Int32Array | Int16Array | Int8Array | Uint8Array | Uint16Array>(from: T, to: T): T => {
      to.set(from);
      return to;
    };
    this.employee = grown(this.employee, new Int32Array(size));
    this.day = grown(this.day, new Int32Array(size));
    this.minuteOfDay = grown(this.minuteOfDay, new Int16Array(size));
    this.timeOfDay = grown(this.timeOfDay, new Uint8Array(size));
    this.dayOffsets = grown(this.dayOffsets, new Int8Array(size));
    this.row = grown(this.row, new Int32Array(size));
    this.placeOf = grown(this.placeOf, new Uint16Array(size));
  }
}
