/**
 * The policy in force: every number and table of SPEC §3 as one typed value (parameters as
 * data, after OpenFisca). `defaultPolicy` holds the regulation's values; HR may override any
 * of them from the workbook's policy sheets.
 */
export type Category = 'minor' | 'moderate' | 'severe' | 'dismissal' | 'bonus' | 'adjustment';

export interface LocalText {
  readonly zh: string;
  readonly en: string;
}

export interface CatalogEntry {
  readonly code: string;
  readonly category: Category;
  readonly name: LocalText;
  /** Points per time. A fixed code has `min === max`; dismissal codes carry 0. */
  readonly min: number;
  readonly max: number;
}

/** A lateness band: minutes from the previous band's limit + 1 up to `upToMinutes` cost `points`. */
export interface LatenessTier {
  readonly upToMinutes: number;
  readonly points: number;
}

export interface ShiftDefinition {
  readonly code: string;
  readonly name: LocalText;
  /** Minutes after midnight. An end before the start is on the next day. */
  readonly start: number;
  readonly end: number;
  readonly breakMinutes: number;
}

/** Bands are checked from the first: a score belongs to the first band it reaches. */
export interface GradeBand {
  readonly grade: string;
  readonly min: number;
  /** true: score ≥ min; false: score > min. */
  readonly inclusive: boolean;
}

export interface Policy {
  readonly score: {
    readonly base: number;
    readonly max: number;
    readonly min: number;
  };
  readonly attendance: {
    readonly graceMinutes: number;
    /** A shift's punch window opens this many minutes before its start (SPEC §3.1a). */
    readonly checkInOpensMinutes: number;
    /** … and closes this many minutes after its end. */
    readonly checkOutClosesMinutes: number;
    /** Ascending by `upToMinutes`; lateness beyond the last tier is an absence. */
    readonly lateTiers: readonly LatenessTier[];
    /** Absence days in a month that raise ABSENCE_DAYS. */
    readonly absenceDaysFlag: number;
  };
  readonly escalation: {
    readonly moderateOccurrences: number;
    readonly minorOccurrences: number;
  };
  readonly adjustment: {
    readonly min: number;
    readonly max: number;
  };
  readonly catalog: readonly CatalogEntry[];
  readonly grades: {
    readonly bands: readonly GradeBand[];
    readonly fallback: string;
  };
  readonly salary: {
    readonly pivotScore: number;
    readonly perPoint: number;
    readonly limit: number;
    /** Months of service (the hire month is month 1) with no salary adjustment. */
    readonly probationMonths: number;
  };
  readonly award: {
    /** Amount for the 1st, 2nd, … consecutive month at rank 1; the last repeats. */
    readonly amounts: readonly number[];
  };
  readonly kpi: {
    readonly perfectExamScore: number;
    readonly failingExamBelow: number;
  };
  readonly flags: {
    readonly scoreBelow: number;
    readonly lastPlaceBelow: number;
  };
  readonly shifts: readonly ShiftDefinition[];
}

/** Codes whose meaning is wired into the rules themselves (SPEC §3.1–3.4). */
export const RuleCode = {
  lateOrEarly: 'L04',
  absence: 'S01',
  escalation: 'S05',
  adjustment: 'ADJ',
  topPerformer: 'B01',
  perfectExam: 'B02',
  noComplaints: 'B05',
  failedExam: 'M07',
} as const;

export function catalogEntry(policy: Policy, code: string): CatalogEntry | undefined {
  return policy.catalog.find((entry) => entry.code === code);
}
