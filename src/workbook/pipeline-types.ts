import type { Month } from '../engine/calendar';
import type { EmployeeChange, MonthTotals } from '../engine/changes';
import type { Issue } from '../engine/issues';
import type { HistoryRow } from '../engine/records';
import type { MonthResult } from '../engine/results';
import type { Lang } from '../i18n/lang';
import type { WritePlan } from './sheet-spec';

/** Rows read for the month, per input sheet (employees: all rows of the sheet). */
export interface InputCounts {
  readonly employees: number;
  readonly attendance: number;
  readonly violations: number;
  readonly merits: number;
  readonly kpi: number;
  /** The month's punches (SPEC §2.1), void ones included; absent where no workbook was read. */
  readonly punches?: number;
  /** Shifts the month's schedule schedules in the month. */
  readonly schedule?: number;
}

export interface ComputeOptions {
  readonly month: Month;
  /** Sheet names and headers of the output; default: the language of the input sheets' names. */
  readonly lang?: Lang;
  readonly generatedAt: Date;
}

/** Everything one compute produced. `plan` is present only when there are no errors. */
export interface ComputeReport {
  readonly ok: boolean;
  readonly month: Month;
  readonly lang: Lang;
  /** Errors and warnings, in sheet and row order. */
  readonly issues: readonly Issue[];
  readonly counts: InputCounts;
  readonly result?: MonthResult;
  readonly plan?: WritePlan;
  /** The month had results before: this compute replaces them (SPEC §4.3). */
  readonly recompute: boolean;
  /** Against the results being replaced; empty for a first compute, and when there are errors. */
  readonly changes: readonly EmployeeChange[];
  /** Headcount and money of the results being replaced, and of the new ones (present with a result). */
  readonly totals?: { readonly before?: MonthTotals; readonly after: MonthTotals };
}

/** What the layout needs besides the engine's result to describe the output sheets. */
export interface LayoutContext {
  readonly lang: Lang;
  readonly generatedAt: Date;
  readonly counts: InputCounts;
  /** The input sheets' actual names in this workbook, for source links in the details tab. */
  readonly sheetNames: Readonly<Record<'employees' | 'attendance' | 'violations' | 'merits' | 'kpi', string | undefined>> &
    Partial<Readonly<Record<'punches' | 'schedule', string | undefined>>>;
  /** History rows of all other months already in the workbook. */
  readonly otherHistory: readonly HistoryRow[];
  /** Fingerprint of the month's input rows and policy, kept with the history to detect staleness. */
  readonly fingerprint: string;
  /** Names of the sheets the workbook holds now. */
  readonly existingSheets: readonly string[];
  /** Days judged from punches and the schedule (SPEC §3.1a), for the generation line. */
  readonly daysFromPunches?: number;
}

export type { MonthResult };
