import type { Policy } from '../../engine/policy';
import type { ItemBasis, ItemSource, LineItem, MonthResult, PunchUsed } from '../../engine/results';
import { cellOf } from '../../engine/issues';
import type { Lang } from '../../i18n/lang';
import { labels, type DetailsColumn, type Labels, type PunchWords } from '../../i18n/labels';
import { dayClockText } from '../../i18n/labels-text';
import { dayNumber } from '../../engine/calendar';
import type { CellValue } from '../grid';
import { dateSerial } from './excel-serial';

/** The details tab's columns, in order (SPEC §4: date, employee, code, rule, times, points, money, source, status). */
export const detailsColumns: readonly DetailsColumn[] = [
  'date',
  'employeeId',
  'name',
  'code',
  'rule',
  'category',
  'times',
  'pointsPerTime',
  'effect',
  'amount',
  'source',
  'status',
  'basis',
  'note',
];

export interface DetailItem {
  readonly item: LineItem;
  readonly name: string;
}

/** Where each source sheet comes in a day's items. */
const sourceOrder: Readonly<Record<ItemSource, number>> = { attendance: 0, punches: 0, violations: 1, merits: 2, kpi: 3, computed: 4 };

/** Dated items first by date; month-wide items (no date) after them; then by source sheet and row. */
function compareItems(a: LineItem, b: LineItem): number {
  const dateA = a.date ?? '\uffff';
  const dateB = b.date ?? '\uffff';
  if (dateA !== dateB) return dateA < dateB ? -1 : 1;
  const source = sourceOrder[a.source] - sourceOrder[b.source];
  if (source !== 0) return source;
  return (a.ref?.row ?? Number.MAX_SAFE_INTEGER) - (b.ref?.row ?? Number.MAX_SAFE_INTEGER);
}

/** One employee's items in the order the details tab lists them. */
export function employeeItemsInOrder(items: readonly LineItem[]): LineItem[] {
  return [...items].sort(compareItems);
}

/** Every item of the month: employees in rank order, each one's items by date, then source row. */
export function orderedItems(result: MonthResult): DetailItem[] {
  const ordered: DetailItem[] = [];
  for (const employee of result.employees) {
    for (const item of employeeItemsInOrder(employee.items)) ordered.push({ item, name: employee.name });
  }
  return ordered;
}

/** Points as they move the score: deductions negative, bonuses positive, adjustments as signed. */
export function effectOnScore(item: LineItem): number {
  switch (item.bucket) {
    case 'attendance':
    case 'violation':
      return item.points === 0 ? 0 : -item.points;
    case 'bonus':
    case 'adjustment':
      return item.points;
    case 'none':
      return 0;
  }
}

/** The field whose cell a source link lands on: the measure the item was derived from. */
const basisField: Readonly<Record<ItemBasis['kind'], string>> = {
  entered: 'code',
  late: 'clockIn',
  early: 'clockOut',
  lateAbsence: 'clockIn',
  earlyAbsence: 'clockOut',
  absentStatus: 'status',
  noPunch: 'status',
  kpiTop: 'workload',
  examScore: 'examScore',
  noComplaints: 'validComplaints',
  escalation: 'code',
};

export interface SourceCell {
  readonly sheet: string;
  readonly cell: string;
}

/** Sheet and cell an item came from, when it came from a row. */
export function sourceCell(item: LineItem): SourceCell | undefined {
  return item.ref ? { sheet: item.ref.sheet, cell: cellOf(item.ref, basisField[item.basis.kind]) } : undefined;
}

/** `考勤!` or `'My sheet'!`: how a reference to a cell of `sheet` begins, quoted as Excel does when the name needs it. */
function sheetPrefix(sheet: string): string {
  const plain = /^[\p{L}\p{N}_.]+$/u.test(sheet);
  return plain ? `${sheet}!` : `'${sheet.replace(/'/g, "''")}'!`;
}

function basisWords(basis: ItemBasis, policy: Policy, lang: Lang): string {
  const words = labels(lang).basis;
  // Each kind's wording takes its own kind of basis; the record is keyed by kind.
  const describe = words[basis.kind] as (value: ItemBasis, policy: Policy) => string;
  return describe(basis, policy);
}

/**
 * The two punches a day from punches was judged by, each with its row (SPEC §3.1a): the item
 * links to the schedule's cell, so the punches are named in words, with the day when it is not
 * the item's own.
 */
function punchesWords(item: LineItem, words: Labels, prefixOf: (sheet: string) => string): string | null {
  const { punches, date } = item;
  if (punches === undefined) return null;
  const dayOffset = (punch: PunchUsed): number => (date === undefined || punch.date === date ? 0 : dayNumber(punch.date) - dayNumber(date));
  const named = (punch: PunchUsed): PunchWords => ({
    time: dayClockText(dayOffset(punch) * 1440 + punch.minuteOfDay, words.details.dayMarks),
    cell: `${prefixOf(punch.ref.sheet)}${cellOf(punch.ref, 'punchTime')}`,
    source: punch.source,
  });
  return words.details.punchesUsed(named(punches.clockIn), named(punches.clockOut));
}

function statusWord(item: LineItem, lang: Lang): string {
  const status = labels(lang).details.status;
  if (item.voided) return status.voided;
  return item.source === 'violations' || item.source === 'merits' ? status.valid : status.derived;
}

/** The details table's body: a row of cells per item, and the cell each item links to. */
export interface DetailRows {
  readonly cells: CellValue[][];
  readonly sources: (SourceCell | undefined)[];
}

/** Where each column sits in a details row. */
const columnAt = Object.fromEntries(detailsColumns.map((column, index) => [column, index])) as Readonly<Record<DetailsColumn, number>>;

/**
 * The details table's rows, in `detailsColumns` order. What every row looks up the same way
 * (a rule's name, a source sheet's quoted name, a date's serial) is looked up once per table:
 * a large team's tab has tens of thousands of rows, each written straight into its array.
 */
export function detailRows(details: readonly DetailItem[], policy: Policy, lang: Lang): DetailRows {
  const words = labels(lang);
  const ruleNames = new Map<string, string>();
  // The first entry of a code names it, as `catalogEntry` finds it.
  for (const entry of [...policy.catalog].reverse()) ruleNames.set(entry.code, entry.name[lang]);
  const prefixes = new Map<string, string>();
  const prefixOf = (sheet: string): string => {
    let prefix = prefixes.get(sheet);
    if (prefix === undefined) prefixes.set(sheet, (prefix = sheetPrefix(sheet)));
    return prefix;
  };
  const serials = new Map<string, number>();
  const serialOf = (date: string): number => {
    let serial = serials.get(date);
    if (serial === undefined) serials.set(date, (serial = dateSerial(date)));
    return serial;
  };
  const cells: CellValue[][] = [];
  const sources: (SourceCell | undefined)[] = [];
  for (const detail of details) {
    const { item } = detail;
    const source = sourceCell(item);
    const row = new Array<CellValue>(detailsColumns.length);
    row[columnAt.date] = item.date === undefined ? null : serialOf(item.date);
    row[columnAt.employeeId] = item.employeeId;
    row[columnAt.name] = detail.name;
    row[columnAt.code] = item.code;
    row[columnAt.rule] = ruleNames.get(item.code) ?? item.code;
    row[columnAt.category] = words.categories[item.category];
    row[columnAt.times] = item.times;
    row[columnAt.pointsPerTime] = item.pointsPerTime;
    row[columnAt.effect] = effectOnScore(item);
    row[columnAt.amount] = item.amount ?? null;
    row[columnAt.source] = source ? `${prefixOf(source.sheet)}${source.cell}` : words.sources[item.source];
    row[columnAt.status] = statusWord(item, lang);
    row[columnAt.basis] = basisWords(item.basis, policy, lang);
    row[columnAt.note] = item.note ?? (item.punches ? punchesWords(item, words, prefixOf) : null);
    cells.push(row);
    sources.push(source);
  }
  return { cells, sources };
}
