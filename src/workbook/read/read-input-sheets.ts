import type { Month } from '../../engine/calendar';
import type { Issue } from '../../engine/issues';
import type { ShiftDefinition } from '../../engine/policy';
import { PunchLog } from '../../engine/punch-log';
import type { AttendanceRow, Employee, EntryRow, KpiRow, ScheduleRow } from '../../engine/records';
import type { Lang } from '../../i18n/lang';
import type { SheetGrid, WorkbookGrids } from '../grid';
import type { InputCounts } from '../pipeline-types';
import { inputSheet, inputSheets, type InputSheetKey } from '../schema';
import { findSheet, type FoundSheet } from './find-sheet';
import { readAttendance } from './read-attendance';
import { readEmployees } from './read-employees';
import { readEntries } from './read-entries';
import { readKpi } from './read-kpi';
import { readPunches } from './read-punches';
import { readSchedule } from './read-schedule';
import { readShifts } from './read-shifts';

export interface InputRead {
  readonly employees: Employee[];
  readonly attendance: AttendanceRow[];
  /** Violations, then merits. */
  readonly entries: EntryRow[];
  readonly kpi: KpiRow[];
  /** From the 班次 / Shifts sheet when it exists and has rows: it replaces the default shift table. */
  readonly shifts?: ShiftDefinition[];
  /** The punches that may fall in the month's shift windows (SPEC §2.1). */
  readonly punches: PunchLog;
  /** The month's schedule rows, with the days beside the month where a schedule has them. */
  readonly schedule: ScheduleRow[];
  /**
   * IDs of employee rows left out for an error in another cell. Rules that then find no such
   * employee report a consequence of that error, not a problem of their own.
   */
  readonly unreadableEmployeeIds: string[];
  /** Reading problems only, in sheet then row order. */
  readonly issues: Issue[];
  readonly counts: InputCounts;
  /** The input sheets' actual names in the workbook. */
  readonly sheetNames: Record<InputSheetKey, string | undefined>;
  /** 'en' when most input sheets were found by English names. */
  readonly language: Lang;
}

/**
 * Reads the input sheets of a workbook for one month (SPEC §2). Employees and shifts are
 * read whole; attendance, violations, merits and KPI only for `month`. A row with an error
 * yields no record; every problem is collected, none stops the reading.
 */
export function readInputSheets(grids: WorkbookGrids, month: Month): InputRead {
  const issues: Issue[] = [];
  const found = new Map<InputSheetKey, FoundSheet>();
  // Sheets are read in the order of their definitions, so issues come in sheet order.
  // The schedule is looked for first: with a schedule for the month, Attendance is optional (SPEC §2).
  const scheduleIssues: Issue[] = [];
  const schedule = readSchedule(grids, month, scheduleIssues);
  const read = <R>(key: InputSheetKey, reader: (grid: SheetGrid) => R, absent: R, required = inputSheet(key).required): R => {
    const definition = inputSheet(key);
    const sheet = findSheet(grids, definition);
    if (sheet) {
      found.set(key, sheet);
      return reader(sheet.grid);
    }
    if (required) issues.push({ severity: 'error', code: 'MISSING_SHEET', params: { sheet: `${definition.zh} / ${definition.en}` } });
    return absent;
  };
  const none = { records: [], rowCount: 0 };
  const employees = read('employees', (grid) => readEmployees(grid, issues), { ...none, unreadableIds: [] });
  const attendance = read('attendance', (grid) => readAttendance(grid, month, issues), none, schedule.sheet === undefined);
  const violations = read('violations', (grid) => readEntries(grid, 'violations', month, issues), none);
  const merits = read('merits', (grid) => readEntries(grid, 'merits', month, issues), none);
  const kpi = read('kpi', (grid) => readKpi(grid, month, issues), none);
  const shifts = read('shifts', (grid) => readShifts(grid, issues), none);
  const punches = read('punches', (grid) => readPunches(grid, month, issues), { punches: PunchLog.empty, rowCount: 0 });
  if (schedule.sheet) found.set('schedule', schedule.sheet);
  issues.push(...scheduleIssues);

  const sheetNames = Object.fromEntries(inputSheets.map((definition) => [definition.key, found.get(definition.key)?.grid.name])) as Record<InputSheetKey, string | undefined>;
  return {
    employees: employees.records,
    attendance: attendance.records,
    entries: [...violations.records, ...merits.records],
    kpi: kpi.records,
    shifts: shifts.rowCount > 0 ? shifts.records : undefined,
    punches: punches.punches,
    schedule: schedule.rows,
    unreadableEmployeeIds: employees.unreadableIds,
    issues,
    counts: {
      employees: employees.rowCount,
      attendance: attendance.rowCount,
      violations: violations.rowCount,
      merits: merits.rowCount,
      kpi: kpi.rowCount,
      punches: punches.rowCount,
      schedule: schedule.shiftCount,
    },
    sheetNames,
    language: languageOf([...found.values()]),
  };
}

/** The language of the workbook's input sheets' names, as a compute defaults to it. */
export function workbookLanguage(grids: WorkbookGrids): Lang {
  return languageOf(inputSheets.flatMap((definition) => findSheet(grids, definition) ?? []));
}

function languageOf(sheets: readonly FoundSheet[]): Lang {
  const english = sheets.filter((sheet) => sheet.lang === 'en').length;
  return english > sheets.length - english ? 'en' : 'zh';
}
