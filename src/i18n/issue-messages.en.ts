import type { IssueMessages } from './issue-messages';

/** Entry sheets as the engine names them (CODE_IN_OTHER_SHEET), by their template names. */
const entrySheetName: Readonly<Record<string, string>> = { violations: 'Violations', merits: 'Merits' };

export const issueMessagesEn: IssueMessages = {
  MISSING_SHEET: ({ sheet }) => `Sheet "${sheet}" not found. Add the sheet with its header row, or rename an existing sheet to this name.`,
  MISSING_COLUMN: ({ column }) => `Column "${column}" missing. Add it to the header row (within the first 10 rows).`,
  MISSING_VALUE: ({ column }) => `"${column}" is blank. Fill in this cell, or delete the row.`,
  INVALID_DATE: ({ value }) => `"${value}" is not a date. Enter a valid date such as 2026-11-05.`,
  INVALID_TIME: ({ value }) => `"${value}" is not a time. Enter a time such as 08:31, or a date and time such as 2026-11-05 08:31.`,
  INVALID_NUMBER: ({ value }) => `"${value}" is not a number. Enter a plain number such as 2 or 1.5.`,
  INVALID_MONTH: ({ value }) => `"${value}" is not a month. Enter the month as 2026-11.`,
  INVALID_STATUS: ({ value }) =>
    `Unknown attendance status "${value}". Enter present, leave, rest or absent; it may stay blank on a worked day with clock times.`,
  INVALID_ENTRY_STATUS: ({ value }) => `Unknown status "${value}". Enter valid or leave it blank; enter void for a record cancelled after an upheld appeal.`,
  INVALID_ROLE: ({ value }) => `Unknown role "${value}", ignored this time. Enter agent, team lead, trainer or reception.`,
  INVALID_POLICY_VALUE: ({ value, expected }) => `Policy value "${value}" is not valid; expected: ${expected}. Correct the cell, or restore the default.`,
  INVALID_POLICY_TABLE: ({ problem }) => `Policy table problem: ${problem}. Correct the table, or restore the default.`,
  UNREADABLE_HISTORY: ({ value }) =>
    `Unreadable history entry ("${value}"): the row is ignored, so the consecutive-month rules may be off. Recompute that month to rebuild its history.`,
  DUPLICATE_EMPLOYEE: ({ id, first }) => `Employee ID ${id} appears twice (first at ${first}). Delete the duplicate row, or correct the ID.`,
  LEAVE_BEFORE_HIRE: ({ id }) => `Employee ${id}: the leave date is before the hire date. Correct one of the two dates.`,
  UNKNOWN_EMPLOYEE: ({ id }) => `Employee ID ${id} is not on the Employees sheet. Add the employee there, or correct the ID.`,
  NOT_EMPLOYED: ({ id, date }) =>
    `Employee ${id} was not employed at ${date} (before the hire date or after the leave date). Check this date, or the hire and leave dates on the Employees sheet.`,
  DUPLICATE_ATTENDANCE: ({ id, date, first }) =>
    `More than one attendance row for employee ${id} on ${date} (the first at ${first}). Keep one row per employee per day: delete or merge the others.`,
  MISSING_STATUS: ({ id, date }) =>
    `Neither a status nor clock times (employee ${id}, ${date}). Enter the status (present, leave, rest or absent), or the clock times.`,
  MISSING_SHIFT: ({ id, date }) => `Shift missing (employee ${id}, ${date}). A worked day needs a shift code from the shifts table.`,
  UNKNOWN_SHIFT: ({ shift, sharedBy }) =>
    sharedBy === undefined
      ? `Unknown shift "${shift}". Enter a code or name from the shifts table (by default D, N, E or L), or add this shift to the table.`
      : `The shift name "${shift}" belongs to more than one shift (${sharedBy}). Enter the shift's code, or its name followed by its start and end, such as "${shift} 16:00-01:00".`,
  MISSING_CLOCK_IN: ({ id, date, punch }) =>
    punch === undefined
      ? `Clock-in missing (employee ${id}, ${date}). Enter the clock-in time, or set the status to leave, rest or absent.`
      : `Only one punch for employee ${id}'s shift on ${date}: ${punch}, after the shift's midpoint, so it is the clock-out and the clock-in is missing. Add the make-up punch to the Punches sheet, or write the day into Attendance.`,
  MISSING_CLOCK_OUT: ({ id, date, punch }) =>
    punch === undefined
      ? `Clock-out missing (employee ${id}, ${date}). Enter the clock-out time, or set the status to leave, rest or absent.`
      : `Only one punch for employee ${id}'s shift on ${date}: ${punch}, before the shift's midpoint, so it is the clock-in and the clock-out is missing. Add the make-up punch to the Punches sheet, or write the day into Attendance.`,
  INVALID_DATETIME: ({ value }) =>
    `"${value}" is not a punch time. Enter a date and time such as 2026-11-03 08:29, or a time such as 08:29 with the work day in the Date column.`,
  DUPLICATE_SCHEDULE: ({ id, date, first }) =>
    `Employee ${id} is scheduled twice on ${date} (first at ${first}). Schedule one shift per person per day: clear one of the two.`,
  ATTENDANCE_OUTSIDE_EMPLOYMENT: ({ id, date }) =>
    `Employee ${id} is scheduled on ${date} but not employed then (before the hire date or after the leave date). Clear this cell, or check the hire and leave dates on the Employees sheet.`,
  PUNCH_OUTSIDE_SCHEDULE: ({ id, time }) =>
    `Punch of employee ${id} at ${time} is in no scheduled shift's punch window and was ignored. If the employee worked that day, schedule the shift, or write the day into Attendance.`,
  UNKNOWN_PUNCH_ID: ({ id, count }) =>
    `Employee ID ${id} is not on the Employees sheet; their ${count} punches this month were ignored (a time clock may serve other teams too). If they belong to this team, add them to Employees.`,
  UNKNOWN_CODE: ({ code }) => `Unknown code "${code}". Enter a code from the catalogue, such as L01, M03, S02, B04 or ADJ.`,
  POINTS_REQUIRED: ({ code, min, max }) => `Code ${code} needs its points per time (${min} to ${max}). Enter them in the Points column.`,
  POINTS_OUT_OF_RANGE: ({ code, min, max, value }) => `Points ${value} are out of range for code ${code} (${min} to ${max}). Enter points within the range.`,
  POINTS_NOT_FIXED: ({ code, expected, value }) =>
    `Code ${code} is worth ${expected} points, not ${value}. Leave the points blank, or enter ${expected}.`,
  INVALID_TIMES: ({ value }) => `Times "${value}" is not valid. Enter a whole number of 1 or more, or leave it blank for once.`,
  ADJ_NOT_TEAM_LEAD: ({ id }) => `Employee ${id} is not a team lead, and ADJ is for team leads only. Use another code, or check the role on the Employees sheet.`,
  ADJ_NOTE_REQUIRED: () => `An ADJ adjustment needs its reason in the Note column. Enter the reason.`,
  ADJ_OUT_OF_RANGE: ({ id, total, min, max }) =>
    `Employee ${id}: this month's adjustments total ${total}, outside ${min} to ${max}. Change them so that the total is within range.`,
  COMPUTED_CODE_ENTERED: ({ code }) => `Code ${code} is computed, never entered. Delete this row.`,
  DERIVED_CODE_ENTERED: ({ code, kpi }) => `Code ${code} is already derived from the KPI sheet (${kpi}); entering it too would count it twice. Delete this row.`,
  CODE_IN_OTHER_SHEET: ({ code, expected }) => `Code ${code} belongs on the ${entrySheetName[expected] ?? expected} sheet. Move this row there.`,
  DUPLICATE_KPI: ({ id, month, first }) =>
    `More than one KPI row for employee ${id} in ${month} (the first at ${first}). Keep one row per employee per month: delete or merge the others.`,
  EXAM_SCORE_OUT_OF_RANGE: ({ value }) => `Exam score ${value} is outside 0 to 100. Correct the score.`,
  INVALID_COUNT: ({ value }) => `Valid complaints ${value} is not valid. Enter a whole number of 0 or more.`,
  NO_HISTORY_PREVIOUS_MONTH: ({ month }) =>
    `No results for the month before (${month}) in this workbook, so the consecutive-month rules (first-place award runs, last place twice) assume none. For exact results, compute ${month} first.`,
  LATER_MONTHS_COMPUTED: ({ months }) =>
    `Later months (${months}) are already computed; their consecutive-month rules depend on this month and may now be out of date. Recompute them in order.`,
  NO_EMPLOYEES_IN_MONTH: ({ month }) => `No one was employed in ${month}, so there is no one to score. Check the month chosen, or the hire and leave dates on the Employees sheet.`,
  MONTH_NOT_COMPUTED: ({ period, months }) =>
    `Not computed yet, so not in ${period}: ${months}. The summary covers the months computed so far; compute the others and summarise again for the whole period.`,
  NO_MONTH_COMPUTED: ({ period }) => `No month of ${period} has been computed in this workbook, so there is nothing to sum up. Compute the months first.`,
  FLAGS_NOT_RECORDED: ({ months }) =>
    `The results of ${months} were computed before review flags were kept with them, so flagged months leave those months out. Compute them again to count their flags.`,
  UNREADABLE_LOG: () =>
    'The compute log has no header row this version recognises; its rows were kept as they are and the new row was added below them.',
};
