import type { IsoDate, Month } from './calendar';
import type { Flag } from './results';

/**
 * Where a record came from: the sheet's actual name, its 1-based row, and the column letter
 * of each field, so that rules can point an issue at the exact cell without knowing Excel.
 */
export interface RowRef {
  readonly sheet: string;
  readonly row: number;
  readonly columns: Readonly<Record<string, string>>;
}

export type Role = 'agent' | 'teamLead' | 'trainer' | 'reception';

export interface Employee {
  readonly id: string;
  readonly name: string;
  readonly team?: string;
  readonly role?: Role;
  readonly hireDate: IsoDate;
  readonly leaveDate?: IsoDate;
  readonly ref: RowRef;
}

export type AttendanceStatus = 'present' | 'leave' | 'rest' | 'absent';

/** A punch: a time of day, or a full date and time when the cell held one. */
export interface Clock {
  readonly minuteOfDay: number;
  readonly date?: IsoDate;
}

export interface AttendanceRow {
  readonly date: IsoDate;
  readonly employeeId: string;
  readonly shift?: string;
  readonly clockIn?: Clock;
  readonly clockOut?: Clock;
  /** Absent when the cell is blank: present if clock times are given (SPEC §2). */
  readonly status?: AttendanceStatus;
  readonly note?: string;
  readonly ref: RowRef;
}

/**
 * One punch of the 打卡 / Punches sheet (SPEC §2.1). A date-and-time punch is that instant; a
 * time of day was given with its work day (考勤日期), and which calendar day it falls on is
 * decided by the shift scheduled on that work day (SPEC §3.1a), unless 次日 or 昨日 said so.
 * Void punches are left out by the reader.
 */
export interface PunchRow {
  readonly employeeId: string;
  /** The calendar date of a date-and-time punch; the work day of a time of day. */
  readonly date: IsoDate;
  /** Minutes after midnight, seconds dropped. */
  readonly minuteOfDay: number;
  /** True when only a time of day was given, with `date` as its work day. */
  readonly timeOfDay?: boolean;
  /** For a time of day written with 次日 (+1) or 昨日 (−1): its day relative to the work day. */
  readonly dayOffset?: number;
  /** The device or app it came from (打卡设备 / 来源), e.g. 自助补卡 for a make-up punch. */
  readonly source?: string;
  readonly ref: RowRef;
}

/** One cell of the 排班 / Schedule matrix that schedules a shift (SPEC §2.1). */
export interface ScheduledShift {
  readonly date: IsoDate;
  /** The cell's text: a shift code, a name, or a name with its times. */
  readonly shift: string;
  /** The cell's column letter on the row of `ScheduleRow.ref`. */
  readonly column: string;
}

/** One employee's row of a schedule sheet, with the days it schedules a shift. */
export interface ScheduleRow {
  readonly employeeId: string;
  /** The row; `columns.employeeId` is the ID's column. */
  readonly ref: RowRef;
  readonly shifts: readonly ScheduledShift[];
}

export type EntrySheet = 'violations' | 'merits';

/** One row of the Violations or Merits sheet (same columns, SPEC §2). */
export interface EntryRow {
  readonly sheet: EntrySheet;
  readonly date: IsoDate;
  readonly employeeId: string;
  readonly code: string;
  /** As read; undefined when blank (default 1). Validated by the rules. */
  readonly times?: number;
  readonly points?: number;
  readonly amount?: number;
  readonly note?: string;
  readonly recordedBy?: string;
  readonly voided: boolean;
  readonly ref: RowRef;
}

export interface KpiRow {
  readonly month: Month;
  readonly employeeId: string;
  readonly workload?: number;
  readonly quality?: number;
  readonly examScore?: number;
  readonly validComplaints?: number;
  readonly ref: RowRef;
}

/** One employee's outcome for one month, kept in the workbook for the run-based rules. */
export interface HistoryRow {
  readonly month: Month;
  readonly employeeId: string;
  readonly name: string;
  readonly score: number;
  readonly grade: string;
  readonly rank: number;
  readonly lastPlace: boolean;
  /** Consecutive months at rank 1 ending with this month; 0 when not first. */
  readonly firstPlaceRun: number;
  readonly award: number;
  readonly salaryAdjustment: number;
  /** The team as the Employees sheet gave it that month; absent in histories written before it was kept. */
  readonly team?: string;
  /**
   * The month's review flags, for the quarter and year roll-ups (SPEC §4.2); undefined when the
   * history was written before flags were kept (so unknown, which is not the same as none).
   */
  readonly flags?: readonly Flag[];
}
