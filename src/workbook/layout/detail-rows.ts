import type { Policy } from '../../engine/policy';
import { catalogEntry } from '../../engine/policy';
import type { ItemBasis, ItemSource, LineItem, MonthResult } from '../../engine/results';
import { cellOf } from '../../engine/issues';
import type { Lang } from '../../i18n/lang';
import { labels, type DetailsColumn } from '../../i18n/labels';
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

const sourceOrder: readonly ItemSource[] = ['attendance', 'violations', 'merits', 'kpi', 'computed'];

/** Dated items first by date; month-wide items (no date) after them; then by source sheet and row. */
function compareItems(a: LineItem, b: LineItem): number {
  const dateA = a.date ?? '\uffff';
  const dateB = b.date ?? '\uffff';
  if (dateA !== dateB) return dateA < dateB ? -1 : 1;
  const source = sourceOrder.indexOf(a.source) - sourceOrder.indexOf(b.source);
  if (source !== 0) return source;
  return (a.ref?.row ?? Number.MAX_SAFE_INTEGER) - (b.ref?.row ?? Number.MAX_SAFE_INTEGER);
}

/** Every item of the month: employees in rank order, each one's items by date, then source row. */
export function orderedItems(result: MonthResult): DetailItem[] {
  return result.employees.flatMap((employee) =>
    [...employee.items].sort(compareItems).map((item) => ({ item, name: employee.name })),
  );
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
  kpiTop: 'workload',
  examScore: 'examScore',
  noComplaints: 'validComplaints',
  escalation: 'code',
};

/** Sheet and cell an item came from, when it came from a row. */
export function sourceCell(item: LineItem): { sheet: string; cell: string } | undefined {
  return item.ref ? { sheet: item.ref.sheet, cell: cellOf(item.ref, basisField[item.basis.kind]) } : undefined;
}

/** `考勤!D12`: the quoted form Excel uses when the name needs it. */
export function sourceText(sheet: string, cell: string): string {
  const plain = /^[\p{L}\p{N}_.]+$/u.test(sheet);
  return plain ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

function basisWords(basis: ItemBasis, policy: Policy, lang: Lang): string {
  const words = labels(lang).basis;
  // Each kind's wording takes its own kind of basis; the record is keyed by kind.
  const describe = words[basis.kind] as (value: ItemBasis, policy: Policy) => string;
  return describe(basis, policy);
}

function statusWord(item: LineItem, lang: Lang): string {
  const status = labels(lang).details.status;
  if (item.voided) return status.voided;
  return item.source === 'violations' || item.source === 'merits' ? status.valid : status.derived;
}

/** One row of the details table, in `detailsColumns` order. */
export function detailRow(detail: DetailItem, policy: Policy, lang: Lang): CellValue[] {
  const { item } = detail;
  const words = labels(lang);
  const source = sourceCell(item);
  const values: Record<DetailsColumn, CellValue> = {
    date: item.date === undefined ? null : dateSerial(item.date),
    employeeId: item.employeeId,
    name: detail.name,
    code: item.code,
    rule: catalogEntry(policy, item.code)?.name[lang] ?? item.code,
    category: words.categories[item.category],
    times: item.times,
    pointsPerTime: item.pointsPerTime,
    effect: effectOnScore(item),
    amount: item.amount ?? null,
    source: source ? sourceText(source.sheet, source.cell) : words.sources[item.source],
    status: statusWord(item, lang),
    basis: basisWords(item.basis, policy, lang),
    note: item.note ?? null,
  };
  return detailsColumns.map((column) => values[column]);
}
