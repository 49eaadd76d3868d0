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
