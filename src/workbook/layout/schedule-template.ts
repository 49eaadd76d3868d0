import { dayNumber, firstDayOf, lastDayOf, type Month } from '../../engine/calendar';
import type { Lang } from '../../i18n/lang';
import { columnLetter, type CellValue } from '../grid';
import { inputSheet } from '../schema';
import type { SheetSpec, StyledRange } from '../sheet-spec';
import { dateSerial } from './excel-serial';
import { headerStyle, tabColors } from './styles';

/** Someone to schedule: the rows the template starts with. */
export interface ScheduledPerson {
  readonly id: string;
  readonly name: string;
}

const weekdays: Readonly<Record<Lang, readonly string[]>> = {
  zh: ['日', '一', '二', '三', '四', '五', '六'],
  en: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
};

const weekdayStyle = { horizontal: 'center', fontColor: '#595959', fontSize: 9 } as const;
const weekendFill = '#F2F2F2';

/** `排班 2026-11` / `Schedule 2026-11`: the sheet of one month's schedule (SPEC §2.1). */
export function scheduleSheetName(month: Month, lang: Lang): string {
  return `${inputSheet('schedule')[lang]} ${month}`;
}

/**
 * A month's schedule to fill in (SPEC §2.1): a row of weekdays, then the header, 工号 / Employee
 * ID and 姓名 / Name followed by each day of the month as a date cell showing its day number;
 * a row for each person given, and weekends shaded. A cell takes a shift code; blank or 休 is
 * a day off.
 */
export function scheduleTemplate(month: Month, lang: Lang, people: readonly ScheduledPerson[]): SheetSpec {
  const definition = inputSheet('schedule');
  const first = dayNumber(firstDayOf(month));
  const days = dayNumber(lastDayOf(month)) - first + 1;
  const dayColumns = Array.from({ length: days }, (_, index) => first + index);
  const weekdayOf = (day: number) => (day + 4) % 7;
  const lastColumn = columnLetter(1 + days);
  const lastRow = 2 + Math.max(people.length, 1);
  const weekdayRow: CellValue[] = [null, null, ...dayColumns.map((day) => weekdays[lang][weekdayOf(day)])];
  const header: CellValue[] = [definition.columns[0][lang], definition.columns[1][lang], ...dayColumns.map((day) => dateSerial(firstDayOf(month)) + day - first)];
  const weekends: StyledRange[] = dayColumns.flatMap((day, index) => {
    const weekday = weekdayOf(day);
    const column = columnLetter(2 + index);
    return weekday === 0 || weekday === 6 ? [{ range: `${column}3:${column}${lastRow}`, style: { fill: weekendFill } }] : [];
  });
  return {
    name: scheduleSheetName(month, lang),
    visibility: 'visible',
    tabColor: tabColors.input,
    columns: [{ width: 10, text: true }, { width: 10, text: true }, ...dayColumns.map(() => ({ width: 4.5 }))],
    rows: [weekdayRow, header, ...people.map((person) => [person.id, person.name])],
    styles: [
      { range: `C1:${lastColumn}1`, style: weekdayStyle },
      { range: `A2:${lastColumn}2`, style: headerStyle },
      { range: `C2:${lastColumn}2`, style: { ...headerStyle, numberFormat: 'd' } },
      { range: `C3:${lastColumn}${lastRow}`, style: { horizontal: 'center' } },
      ...weekends,
    ],
    merges: [],
    freeze: { rows: 2, columns: 2 },
    conditionalFormats: [],
    hyperlinks: [],
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, fitToHeight: 0, repeatRows: { first: 1, last: 2 } },
  };
}
