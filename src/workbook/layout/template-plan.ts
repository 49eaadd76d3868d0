import { defaultPolicy } from '../../engine/default-policy';
import type { Lang } from '../../i18n/lang';
import { columnLetter, type CellValue } from '../grid';
import { policySheetDefinitions, policySheetNames } from '../policy/policy-sheet-definitions';
import { policySheets } from '../policy/policy-sheets';
import { inputSheet, inputSheets, templateColumns, type ColumnDefinition, type InputSheetDefinition } from '../schema';
import type { Month } from '../../engine/calendar';
import { scheduleSheetMonth } from '../read/read-schedule';
import { scheduleTemplate, type ScheduledPerson } from './schedule-template';
import type { ColumnSpec, SheetSpec, WritePlan } from '../sheet-spec';
import { timeSerial } from './excel-serial';
import { dateFormat, dateTimeFormat, monthFormat, timeFormat } from './number-formats';
import { existingNames } from './sheet-names';
import { headerStyle, tabColors } from './styles';
import { displayWidth } from './text-width';

/** Room for what people type under each kind of header: dates, times, names and notes. */
const minimumWidth: Readonly<Record<ColumnDefinition['kind'], number>> = { text: 12, date: 12, time: 9, dateTime: 17, number: 10, month: 10 };

function templateColumn(column: ColumnDefinition, lang: Lang): ColumnSpec {
  const width = Math.max(minimumWidth[column.kind], displayWidth(column[lang]) + 4);
  switch (column.kind) {
    case 'text':
      return { width, text: true };
    case 'date':
      return { width, numberFormat: dateFormat };
    case 'time':
      return { width, numberFormat: timeFormat };
    case 'dateTime':
      return { width, numberFormat: dateTimeFormat };
    case 'month':
      return { width, numberFormat: monthFormat };
    case 'number':
      return { width };
  }
}

/** The default shifts (SPEC §2), so the template says which codes the Shift column takes. */
function defaultShiftRows(definition: InputSheetDefinition, lang: Lang): CellValue[][] {
  return defaultPolicy.shifts.map((shift) => {
    const values: Record<string, CellValue> = {
      code: shift.code,
      name: shift.name[lang],
      start: timeSerial(shift.start),
      end: timeSerial(shift.end),
      breakMinutes: shift.breakMinutes,
    };
    return definition.columns.map((column) => values[column.field] ?? null);
  });
}

/** An input sheet with its headers in the language, each column formatted for what it holds. */
export function inputTemplate(definition: InputSheetDefinition, lang: Lang): SheetSpec {
  const columns = templateColumns(definition);
  const headers = columns.map((column) => column[lang]);
  const lastColumn = columnLetter(headers.length - 1);
  const rows = definition.key === 'shifts' ? defaultShiftRows(definition, lang) : [];
  return {
    name: definition[lang],
    visibility: 'visible',
    tabColor: tabColors.input,
    columns: columns.map((column) => templateColumn(column, lang)),
    rows: [headers, ...rows],
    styles: [{ range: `A1:${lastColumn}1`, style: headerStyle }],
    merges: [],
    freeze: { rows: 1, columns: 0 },
    autoFilter: `A1:${lastColumn}1`,
    conditionalFormats: [],
    hyperlinks: [],
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, fitToHeight: 0, repeatRows: { first: 1, last: 1 } },
  };
}

/** The time clock's sheets on request (SPEC §2.1): the Punches sheet, and the schedule of one month for these people. */
export interface TimeClockTemplates {
  readonly month: Month;
  readonly people: readonly ScheduledPerson[];
}

/** Sheets that only the time clock option adds. */
const timeClockSheets: ReadonlySet<string> = new Set(['punches', 'schedule']);

/**
 * What `init` and the task pane's "create templates" write (SPEC §6): the input sheets, the
 * shifts with their defaults and the policy sheets with the regulation's values, skipping
 * every sheet the workbook already has under any of its names: existing sheets are never
 * touched. With `timeClock`, also the Punches sheet and the month's schedule, unless the
 * workbook has a schedule for that month or one for every month.
 */
export function templatePlan(lang: Lang, existingSheets: readonly string[], timeClock?: TimeClockTemplates): WritePlan {
  const missing = (names: readonly string[]): boolean => existingNames(existingSheets, names).length === 0;
  const namesOf = (definition: InputSheetDefinition) => [definition.zh, definition.en, ...(definition.aliases ?? [])];
  const inputs = inputSheets
    .filter((definition) => !timeClockSheets.has(definition.key) && missing(namesOf(definition)))
    .map((definition) => inputTemplate(definition, lang));
  const clock: SheetSpec[] = [];
  if (timeClock !== undefined) {
    const punches = inputSheet('punches');
    if (missing(namesOf(punches))) clock.push(inputTemplate(punches, lang));
    const schedule = inputSheet('schedule');
    const monthSheet = existingSheets.some((name) => scheduleSheetMonth(name) === timeClock.month);
    if (!monthSheet && missing(namesOf(schedule))) clock.push(scheduleTemplate(timeClock.month, lang, timeClock.people));
  }
  const policies = policySheets(defaultPolicy, lang).filter((_, index) => missing(policySheetNames(policySheetDefinitions[index])));
  const sheets = [...inputs, ...clock, ...policies];
  return { sheets, remove: [], ...(sheets.length > 0 ? { activate: sheets[0].name } : {}) };
}
