import type { IsoDate, Month } from './calendar';
import type { Issue } from './issues';
import type { Category, Policy } from './policy';
import type { AttendanceRow, Employee, EntryRow, HistoryRow, KpiRow, Role, RowRef } from './records';

/** Why an item exists: what was measured or entered, in data rather than words. */
export type ItemBasis =
  | { readonly kind: 'entered' }
  | { readonly kind: 'late'; readonly minutes: number }
  | { readonly kind: 'early'; readonly minutes: number }
  | { readonly kind: 'lateAbsence'; readonly minutes: number }
  | { readonly kind: 'earlyAbsence'; readonly minutes: number }
  | { readonly kind: 'absentStatus' }
  | { readonly kind: 'kpiTop'; readonly workload: number; readonly quality: number }
  | { readonly kind: 'examScore'; readonly score: number }
  | { readonly kind: 'noComplaints' }
  | { readonly kind: 'escalation'; readonly moderate: number; readonly minor: number };

/** Which total of the scorecard an item counts towards. */
export type Bucket = 'attendance' | 'violation' | 'bonus' | 'adjustment' | 'none';

export type ItemSource = 'attendance' | 'violations' | 'merits' | 'kpi' | 'computed';

export interface LineItem {
  readonly employeeId: string;
  readonly date?: IsoDate;
  readonly code: string;
  readonly category: Category;
  readonly bucket: Bucket;
  readonly times: number;
  readonly pointsPerTime: number;
  /** Points × times, always ≥ 0 for deductions and bonuses; signed for adjustments. 0 when voided. */
  readonly points: number;
  readonly amount?: number;
  readonly voided: boolean;
  readonly source: ItemSource;
  readonly basis: ItemBasis;
  readonly ref?: RowRef;
  readonly note?: string;
}

export type Flag = 'SCORE_BELOW_60' | 'LAST_PLACE_TWICE' | 'ABSENCE_DAYS' | 'DISMISSAL_OFFENCE';

export interface EmployeeResult {
  readonly id: string;
  readonly name: string;
  readonly team?: string;
  readonly role?: Role;
  readonly base: number;
  readonly attendanceDeduction: number;
  readonly violationDeduction: number;
  readonly bonus: number;
  readonly adjustment: number;
  /** Before the cap and floor. */
  readonly rawScore: number;
  readonly score: number;
  readonly grade: string;
  readonly rank: number;
  readonly lastPlace: boolean;
  readonly salaryAdjustment: number;
  readonly award: number;
  readonly firstPlaceRun: number;
  readonly probation: boolean;
  /** The hire month is month 1. */
  readonly serviceMonth: number;
  readonly absenceDays: number;
  readonly flags: readonly Flag[];
  readonly items: readonly LineItem[];
}

export interface MonthInput {
  readonly month: Month;
  readonly policy: Policy;
  readonly employees: readonly Employee[];
  readonly attendance: readonly AttendanceRow[];
  readonly entries: readonly EntryRow[];
  readonly kpi: readonly KpiRow[];
  readonly history: readonly HistoryRow[];
}

export interface MonthResult {
  readonly month: Month;
  readonly policy: Policy;
  /** Ordered by rank, then employee ID. */
  readonly employees: readonly EmployeeResult[];
  /** The month's rows for the history sheet, one per scored employee. */
  readonly history: readonly HistoryRow[];
  readonly warnings: readonly Issue[];
}

/** A result rather than an exception (after Zod): errors mean nothing may be written. */
export type ComputeOutcome =
  | { readonly ok: true; readonly result: MonthResult }
  | { readonly ok: false; readonly issues: readonly Issue[] };
