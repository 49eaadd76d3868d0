import type { Month } from './calendar';
import { cellAddress } from './cell-address';
import { issueAt, type Issue } from './issues';
import type { Ledger } from './ledger';
import { RuleCode } from './policy';
import type { KpiRow } from './records';
import type { ItemBasis, LineItem } from './results';
import { ownerIn, type Roster } from './roster';
import type { RuleBook } from './rule-book';
import { inSheetOrder } from './sheet-order';

/** A KPI row that may derive codes: its employee is known and employed, and it is their first row of the month. */
interface Measures {
  readonly row: KpiRow;
  readonly examScore?: number;
  readonly validComplaints?: number;
}

/** Checks each row and keeps the measures that are valid (SPEC §2 KPI: exam 0 to 100, complaints a count). */
function validMeasures(rows: readonly KpiRow[], month: Month, roster: Roster, book: RuleBook) {
  const issues: Issue[] = [];
  const measures: Measures[] = [];
  const firstRow = new Map<string, KpiRow>();
  const perfect = book.policy.kpi.perfectExamScore;
  for (const row of inSheetOrder(rows.filter((candidate) => candidate.month === month))) {
    const owner = ownerIn(roster, row.employeeId, row.month, row.ref);
    if (owner.issue !== undefined) issues.push(owner.issue);
    const first = firstRow.get(row.employeeId);
    if (first === undefined) firstRow.set(row.employeeId, row);
    else {
      const params = { id: row.employeeId, month: row.month, first: cellAddress(first.ref, 'employeeId') };
      issues.push(issueAt('error', 'DUPLICATE_KPI', row.ref, 'employeeId', params));
    }

    const { examScore, validComplaints } = row;
    // The exam is marked out of the perfect score (100 by default).
    const examValid = examScore === undefined || (examScore >= 0 && examScore <= perfect);
    if (examScore !== undefined && !examValid) {
      issues.push(issueAt('error', 'EXAM_SCORE_OUT_OF_RANGE', row.ref, 'examScore', { value: examScore }));
    }
    const countValid = validComplaints === undefined || (Number.isInteger(validComplaints) && validComplaints >= 0);
    if (validComplaints !== undefined && !countValid) {
      issues.push(issueAt('error', 'INVALID_COUNT', row.ref, 'validComplaints', { value: validComplaints }));
    }

    if (owner.employee === undefined || first !== undefined) continue;
    measures.push({ row, examScore: examValid ? examScore : undefined, validComplaints: countValid ? validComplaints : undefined });
  }
  return { issues, measures };
}

function derivedItem(book: RuleBook, row: KpiRow, code: string, basis: ItemBasis): LineItem {
  const entry = book.wired(code);
  return {
    employeeId: row.employeeId,
    code: entry.code,
    category: entry.category,
    bucket: entry.category === 'bonus' ? 'bonus' : 'violation',
    times: 1,
    pointsPerTime: entry.min,
    points: entry.min,
    voided: false,
    source: 'kpi',
    basis,
    ref: row.ref,
  };
}

/** The month's highest value of a measure over the rows that have it (blank measures are not eligible). */
function highest(measures: readonly Measures[], pick: (row: KpiRow) => number | undefined): number | undefined {
  let top: number | undefined;
  for (const { row } of measures) {
    const value = pick(row);
    if (value !== undefined && (top === undefined || value > top)) top = value;
  }
  return top;
}

/**
 * Codes derived from the KPI sheet (SPEC §3.4): B02 for a perfect exam, M07 for an exam below
 * the pass mark, B05 for no valid complaints, and B01 for each employee at the top of both
 * workload and quality (ties share) with no deduction of any kind this month. Call after the
 * attendance and entries are in the ledger, since B01 depends on them.
 */
export function assessKpi(
  rows: readonly KpiRow[],
  month: Month,
  roster: Roster,
  book: RuleBook,
  ledger: Ledger,
): { readonly derived: readonly LineItem[]; readonly issues: readonly Issue[] } {
  const { issues, measures } = validMeasures(rows, month, roster, book);
  const { perfectExamScore, failingExamBelow } = book.policy.kpi;
  const derived: LineItem[] = [];
  const failed = new Set<string>();
  for (const { row, examScore, validComplaints } of measures) {
    if (examScore === perfectExamScore) derived.push(derivedItem(book, row, RuleCode.perfectExam, { kind: 'examScore', score: examScore }));
    if (examScore !== undefined && examScore < failingExamBelow) {
      derived.push(derivedItem(book, row, RuleCode.failedExam, { kind: 'examScore', score: examScore }));
      failed.add(row.employeeId);
    }
    if (validComplaints === 0) derived.push(derivedItem(book, row, RuleCode.noComplaints, { kind: 'noComplaints' }));
  }

  const topWorkload = highest(measures, (row) => row.workload);
  const topQuality = highest(measures, (row) => row.quality);
  for (const { row } of measures) {
    const { workload, quality, employeeId } = row;
    if (workload === undefined || quality === undefined || workload !== topWorkload || quality !== topQuality) continue;
    if (failed.has(employeeId) || ledger.hasDeduction(employeeId)) continue;
    derived.push(derivedItem(book, row, RuleCode.topPerformer, { kind: 'kpiTop', workload, quality }));
  }
  return { derived, issues };
}
