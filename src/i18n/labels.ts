import type { Month } from '../engine/calendar';
import type { CatalogEntry, Category, GradeBand, Policy } from '../engine/policy';
import type { Flag, ItemBasis, ItemSource } from '../engine/results';
import type { Lang } from './lang';
import type { DayMarks } from './labels-text';
import { labelsEn } from './labels.en';
import { labelsZh } from './labels.zh';

/** The scorecard tab's columns (SPEC §4). */
export type ScorecardColumn =
  | 'rank'
  | 'id'
  | 'name'
  | 'team'
  | 'base'
  | 'attendanceDeduction'
  | 'violationDeduction'
  | 'bonus'
  | 'adjustment'
  | 'score'
  | 'grade'
  | 'salaryAdjustment'
  | 'award'
  | 'probation'
  | 'flags';

/** The details tab's columns: one row per line item, traceable to its source row (SPEC §4). */
export type DetailsColumn =
  | 'date'
  | 'employeeId'
  | 'name'
  | 'code'
  | 'rule'
  | 'category'
  | 'times'
  | 'pointsPerTime'
  | 'effect'
  | 'amount'
  | 'source'
  | 'status'
  | 'basis'
  | 'note';

/** Language-neutral ids of the single values on the policy parameters sheet (SPEC §3). */
export type PolicyParameterKey =
  | 'score.base'
  | 'score.max'
  | 'score.min'
  | 'salary.pivotScore'
  | 'salary.perPoint'
  | 'salary.limit'
  | 'salary.probationMonths'
  | 'attendance.graceMinutes'
  | 'attendance.checkInOpensMinutes'
  | 'attendance.checkOutClosesMinutes'
  | 'attendance.absenceDaysFlag'
  | 'escalation.moderateOccurrences'
  | 'escalation.minorOccurrences'
  | 'adjustment.min'
  | 'adjustment.max'
  | 'kpi.perfectExamScore'
  | 'kpi.failingExamBelow'
  | 'flags.scoreBelow'
  | 'flags.lastPlaceBelow';

export type PolicySheetKey = 'parameters' | 'catalog' | 'grades' | 'lateTiers' | 'award';

/** What a policy cell must hold, as an INVALID_POLICY_VALUE issue says it. */
export type ExpectedValue = 'number' | 'nonNegative' | 'wholeFrom0' | 'wholeFrom1' | 'yesNo' | 'text';

/** Structural problems of the policy sheets, as an INVALID_POLICY_TABLE issue says them. */
export interface PolicyProblems {
  readonly unknownKey: (key: string) => string;
  readonly duplicateKey: (key: string) => string;
  readonly outOfOrder: (lower: string, higher: string) => string;
  readonly duplicateCode: (code: string) => string;
  readonly minAboveMax: (code: string) => string;
  readonly unknownCategory: (word: string) => string;
  readonly ruleCodeMissing: (code: string) => string;
  readonly ruleCodeCategory: (code: string) => string;
  readonly duplicateGrade: (grade: string) => string;
  readonly boundsNotDescending: string;
  readonly fallbackMissing: string;
  readonly fallbackNotLast: string;
  readonly noBands: string;
  readonly tiersNotAscending: string;
  readonly noTiers: string;
  readonly tierOutsideRange: (code: string, range: string) => string;
  readonly noAwards: string;
  readonly awardMonthOutOfSequence: (expected: number) => string;
}

type BasisWords = {
  readonly [K in ItemBasis['kind']]: (basis: Extract<ItemBasis, { kind: K }>, policy: Policy) => string;
};

/**
 * One input sheet's name and what was read from it, for the generation line: its rows, or for
 * the time clock's sheets the punches read and the days judged from them.
 */
export interface SheetCount {
  readonly sheet: string;
  readonly rows: number;
  readonly unit?: 'rows' | 'punches' | 'daysFromPunches';
}

/** A punch a day was judged by, as the details tab names it. */
export interface PunchWords {
  /** `08:37`, with a mark when it is not on the item's day. */
  readonly time: string;
  /** `打卡!B12`. */
  readonly cell: string;
  readonly source?: string;
}

/**
 * Every word the generated tabs and policy sheets show. Both catalogues are typed with this
 * interface, so a label missing from either one fails to compile.
 */
export interface Labels {
  readonly sheets: {
    readonly scorecard: (month: Month) => string;
    readonly details: (month: Month) => string;
    readonly policy: Readonly<Record<PolicySheetKey, string>>;
  };
  readonly yes: string;
  readonly no: string;
  /** Joins a list of words inside one cell. */
  readonly listSeparator: string;
  readonly generated: (at: string, counts: readonly SheetCount[]) => string;
  /** The policy line above the scorecard table: the values HR asks about most, and where the rest are. */
  readonly policyInBrief: (policy: Policy, detailsSheet: string) => string;

  readonly scorecard: {
    readonly title: (month: Month, teams: readonly string[]) => string;
    readonly columns: Readonly<Record<ScorecardColumn, string>>;
    readonly footer: (month: Month) => string;
    readonly summary: {
      readonly title: string;
      readonly headcount: string;
      readonly averageScore: string;
      readonly distribution: string;
      readonly grade: string;
      readonly count: string;
      readonly share: string;
      readonly totalSalaryAdjustment: string;
      readonly totalAward: string;
      readonly flagged: string;
    };
    /** The policy the month was computed under, one line per group of values, after the summary. */
    readonly policyTitle: string;
    readonly policyLines: (policy: Policy) => readonly string[];
  };

  readonly details: {
    readonly title: (month: Month, teams: readonly string[]) => string;
    readonly columns: Readonly<Record<DetailsColumn, string>>;
    readonly footer: (month: Month) => string;
    readonly status: { readonly valid: string; readonly voided: string; readonly derived: string };
    /** The two punches a day from punches was judged by (SPEC §3.1a). */
    readonly punchesUsed: (clockIn: PunchWords, clockOut: PunchWords) => string;
    readonly dayMarks: DayMarks;
    readonly catalogTitle: string;
    readonly catalogColumns: { readonly code: string; readonly name: string; readonly category: string; readonly points: string };
  };

  readonly flags: { readonly [F in Flag]: (policy: Policy) => string };
  readonly categories: Readonly<Record<Category, string>>;
  readonly sources: Readonly<Record<ItemSource, string>>;
  readonly basis: BasisWords;

  readonly policySheets: {
    readonly parameterColumns: { readonly key: string; readonly item: string; readonly value: string; readonly note: string };
    readonly parameters: { readonly [K in PolicyParameterKey]: { readonly label: string; readonly note: string } };
    readonly catalogColumns: {
      readonly code: string;
      readonly category: string;
      readonly nameZh: string;
      readonly nameEn: string;
      readonly min: string;
      readonly max: string;
      readonly note: string;
    };
    /** Why a code is special, for the codes the rules derive or restrict; '' for the others. */
    readonly catalogNote: (entry: CatalogEntry) => string;
    readonly gradeColumns: { readonly grade: string; readonly lowerBound: string; readonly included: string; readonly note: string };
    readonly gradeNote: (band: GradeBand) => string;
    readonly fallbackGradeNote: string;
    readonly lateTierColumns: { readonly upToMinutes: string; readonly points: string; readonly note: string };
    readonly lateTierNote: (fromMinutes: number, toMinutes: number) => string;
    readonly awardColumns: { readonly month: string; readonly amount: string; readonly note: string };
    readonly awardNote: (month: number, last: boolean) => string;
    readonly expected: Readonly<Record<ExpectedValue, string>>;
    readonly problems: PolicyProblems;
  };
}

export function labels(lang: Lang): Labels {
  return lang === 'zh' ? labelsZh : labelsEn;
}
