import type { IsoDate, Month } from './calendar';
import type { Issue } from './issues';
import type { Category, Policy } from './policy';
import type { PunchLog } from './punch-log';
import type { AttendanceRow, Employee, EntryRow, HistoryRow, KpiRow, Role, RowRef, ScheduleRow } from './records';

/** Why an item exists: what was measured or entered, in data rather than words. */
export type ItemBasis =
  | { readonly kind: 'entered' }
  | { readonly kind: 'late'; readonly minutes: number }
  | { readonly kind: 'early'; readonly minutes: number }
  | { readonly kind: 'lateAbsence'; readonly minutes: number }
  | { readonly kind: 'earlyAbsence'; readonly minutes: number }
  | { readonly kind: 'absentStatus' }
  /** No punch in the shift's window, which runs `from` to `to`, in minutes from the day's midnight (SPEC §3.1a). */
  | { readonly kind: 'noPunch'; readonly from: number; readonly to: number }
  | { readonly kind: 'kpiTop'; readonly workload: number; readonly quality: number }
  | { readonly kind: 'examScore'; readonly score: number }
  | { readonly kind: 'noComplaints' }
  | { readonly kind: 'escalation'; readonly moderate: number; readonly minor: number };

/** Which total of the scorecard an item counts towards. */
export type Bucket = 'attendance' | 'violation' | 'bonus' | 'adjustment' | 'none';

/** `punches`: a day judged from punches and the schedule (SPEC §3.1a); its `ref` is the schedule's cell. */
export type ItemSource = 'attendance' | 'punches' | 'violations' | 'merits' | 'kpi' | 'computed';

/** A punch a day was judged by: its instant, where it came from, and its row. */
export interface PunchUsed {
  readonly date: IsoDate;
  readonly minuteOfDay: number;
  readonly source?: string;
  readonly ref: RowRef;
}

/** The clock-in and clock-out of a day judged from punches. */
export interface PunchesUsed {
  readonly clockIn: PunchUsed;
  readonly clockOut: PunchUsed;
}

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
  /** For a day judged from punches: the two punches it was judged by. */
  readonly punches?: PunchesUsed;
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
  /** The Punches rows that may fall in the month's shift windows (SPEC §2.1); none without a Punches sheet. */
  readonly punches?: PunchLog;
  /**
   * The schedule's rows for the month, and for the days just before and after it when a
   * schedule has them: those only shape the windows at the month's edges.
   */
  readonly schedule?: readonly ScheduleRow[];
}

export interface MonthResult {
  readonly month: Month;
  readonly policy: Policy;
  /** Ordered by rank, then employee ID. */
  readonly employees: readonly EmployeeResult[];
  /** The month's rows for the history sheet, one per scored employee. */
  readonly history: readonly HistoryRow[];
  readonly warnings: readonly Issue[];
  /** Days judged from punches and the schedule (SPEC §3.1a); absent when the month has no schedule. */
  readonly daysFromPunches?: number;
}

/** A result rather than an exception (after Zod): errors mean nothing may be written. */
export type ComputeOutcome =
  | { readonly ok: true; readonly result: MonthResult }
  | { readonly ok: false; readonly issues: readonly Issue[] };
