import { MINUTES_PER_DAY } from '../../engine/calendar';
import type { Issue } from '../../engine/issues';
import type { ShiftDefinition } from '../../engine/policy';
import type { SheetGrid } from '../grid';
import { inputSheet } from '../schema';
import { fieldReaderFor, type SheetRead } from './field-reader';
import { codeFromText } from './read-code';

/**
 * 班次 / Shifts (SPEC §2): code, name, start, end and break minutes (blank: 0). Start and
 * end are times of day; an end before the start is on the next day, which the rules know.
 * Break minutes must lie within a day.
 */
export function readShifts(grid: SheetGrid, issues: Issue[]): SheetRead<ShiftDefinition> {
  const reader = fieldReaderFor(grid, inputSheet('shifts'), issues);
  const records: ShiftDefinition[] = [];
  if (!reader) return { records, rowCount: 0 };
  let rowCount = 0;
  for (let rowIndex = reader.firstDataRow; rowIndex < reader.endRow; rowIndex++) {
    if (!reader.moveTo(rowIndex)) continue;
    rowCount++;
    const code = codeFromText(reader.requiredText('code'));
    const name = reader.text('name') ?? code;
    const start = reader.clock('start', true);
    const end = reader.clock('end', true);
    const breakMinutes = reader.number('breakMinutes') ?? 0;
    if (breakMinutes < 0 || breakMinutes >= MINUTES_PER_DAY) reader.reject('breakMinutes', 'INVALID_NUMBER');
    if (reader.failed || code === undefined || name === undefined || start === undefined || end === undefined) continue;
    records.push({ code, name: { zh: name, en: name }, start: start.minuteOfDay, end: end.minuteOfDay, breakMinutes });
  }
  return { records, rowCount };
}
