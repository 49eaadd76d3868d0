import type { RowRef } from './records';

/**
 * Problems found in the data, as typed values with a code and a location (after Zod's issue
 * model). Every code's parameters are typed here; the zh and en message catalogues must
 * cover every code, or the build fails.
 */
export type Severity = 'error' | 'warning';

type Text = string;
type Num = number;

export interface IssueParams {
  // Reading cells (src/workbook).
  MISSING_SHEET: { sheet: Text };
  MISSING_COLUMN: { column: Text };
  MISSING_VALUE: { column: Text };
  INVALID_DATE: { value: Text };
  INVALID_TIME: { value: Text };
  INVALID_NUMBER: { value: Text };
  INVALID_MONTH: { value: Text };
  INVALID_STATUS: { value: Text };
  INVALID_ENTRY_STATUS: { value: Text };
  INVALID_ROLE: { value: Text };
  INVALID_POLICY_VALUE: { value: Text; expected: Text };
  INVALID_POLICY_TABLE: { problem: Text };
  UNREADABLE_HISTORY: { value: Text };
  // Employees.
  DUPLICATE_EMPLOYEE: { id: Text; first: Text };
  LEAVE_BEFORE_HIRE: { id: Text };
  // Attendance.
  UNKNOWN_EMPLOYEE: { id: Text };
  NOT_EMPLOYED: { id: Text; date: Text };
  DUPLICATE_ATTENDANCE: { id: Text; date: Text; first: Text };
  MISSING_STATUS: { id: Text; date: Text };
  MISSING_SHIFT: { id: Text; date: Text };
  /** `sharedBy`: the codes of the shifts that share the name written without times. */
  UNKNOWN_SHIFT: { shift: Text; sharedBy?: Text };
  /** `punch`: the lone punch of a day judged from punches (SPEC §3.1a), as `08:29 (打卡!B12)`. */
  MISSING_CLOCK_IN: { id: Text; date: Text; punch?: Text };
  MISSING_CLOCK_OUT: { id: Text; date: Text; punch?: Text };
  // Punches and the schedule (SPEC §3.1a).
  INVALID_DATETIME: { value: Text };
  DUPLICATE_SCHEDULE: { id: Text; date: Text; first: Text };
  ATTENDANCE_OUTSIDE_EMPLOYMENT: { id: Text; date: Text };
  PUNCH_OUTSIDE_SCHEDULE: { id: Text; time: Text };
  UNKNOWN_PUNCH_ID: { id: Text; count: Num };
  // Violations and merits.
  UNKNOWN_CODE: { code: Text };
  POINTS_REQUIRED: { code: Text; min: Num; max: Num };
  POINTS_OUT_OF_RANGE: { code: Text; min: Num; max: Num; value: Num };
  POINTS_NOT_FIXED: { code: Text; expected: Num; value: Num };
  INVALID_TIMES: { value: Text };
  ADJ_NOT_TEAM_LEAD: { id: Text };
  ADJ_NOTE_REQUIRED: Record<string, never>;
  ADJ_OUT_OF_RANGE: { id: Text; total: Num; min: Num; max: Num };
  COMPUTED_CODE_ENTERED: { code: Text };
  DERIVED_CODE_ENTERED: { code: Text; kpi: Text };
  CODE_IN_OTHER_SHEET: { code: Text; expected: Text };
  // KPI.
  DUPLICATE_KPI: { id: Text; month: Text; first: Text };
  EXAM_SCORE_OUT_OF_RANGE: { value: Num };
  INVALID_COUNT: { value: Num };
  // The month as a whole.
  NO_HISTORY_PREVIOUS_MONTH: { month: Text };
  LATER_MONTHS_COMPUTED: { months: Text };
  NO_EMPLOYEES_IN_MONTH: { month: Text };
  // Quarters and years (SPEC §4.2).
  MONTH_NOT_COMPUTED: { period: Text; months: Text };
  NO_MONTH_COMPUTED: { period: Text };
  FLAGS_NOT_RECORDED: { months: Text };
  // The compute log (SPEC §4.3).
  UNREADABLE_LOG: Record<string, never>;
}

export type IssueCode = keyof IssueParams;

export type Issue = {
  [C in IssueCode]: {
    readonly severity: Severity;
    readonly code: C;
    /** The sheet's actual name in the workbook; absent for month-wide issues. */
    readonly sheet?: string;
    /** A1 reference within `sheet`. */
    readonly cell?: string;
    readonly params: IssueParams[C];
  };
}[IssueCode];

/** The cell of `field` on the row `ref` points at; the row's first known column when the field has none. */
export function cellOf(ref: RowRef, field: string): string {
  const column = ref.columns[field] ?? Object.values(ref.columns)[0] ?? 'A';
  return `${column}${ref.row}`;
}

export function issueAt<C extends IssueCode>(
  severity: Severity,
  code: C,
  ref: RowRef,
  field: string,
  params: IssueParams[C],
): Issue {
  return { severity, code, sheet: ref.sheet, cell: cellOf(ref, field), params } as Issue;
}

export function monthIssue<C extends IssueCode>(severity: Severity, code: C, params: IssueParams[C]): Issue {
  return { severity, code, params } as Issue;
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}
