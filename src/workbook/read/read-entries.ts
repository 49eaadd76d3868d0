import { monthOf, type Month } from '../../engine/calendar';
import type { Issue } from '../../engine/issues';
import type { EntryRow, EntrySheet } from '../../engine/records';
import type { SheetGrid } from '../grid';
import { entryStatusWords, inputSheet } from '../schema';
import { fieldReaderFor, type SheetRead } from './field-reader';
import { codeFromText } from './read-code';
import { wordLookup } from './word-lookup';

const statusOf = wordLookup(entryStatusWords);

/**
 * 违规 / Violations and 加分 / Merits (SPEC §2, same columns): the chosen month's rows.
 * Times, points and amounts are read as written; whether they fit the code is for the rules.
 * A blank status is valid; a void row is kept, marked voided, for the details tab.
 */
export function readEntries(grid: SheetGrid, sheet: EntrySheet, month: Month, issues: Issue[]): SheetRead<EntryRow> {
  const reader = fieldReaderFor(grid, inputSheet(sheet), issues);
  const records: EntryRow[] = [];
  if (!reader) return { records, rowCount: 0 };
  let rowCount = 0;
  for (let rowIndex = reader.firstDataRow; rowIndex < reader.endRow; rowIndex++) {
    if (!reader.moveTo(rowIndex)) continue;
    const date = reader.date('date', true);
    if (date === undefined || monthOf(date) !== month) continue;
    rowCount++;
    const employeeId = reader.id('employeeId');
    const code = codeFromText(reader.requiredText('code'));
    const times = reader.number('times');
    const points = reader.number('points');
    const amount = reader.number('amount');
    const note = reader.text('note');
    const recordedBy = reader.text('recordedBy');
    const status = reader.word('status', statusOf, 'INVALID_ENTRY_STATUS', 'error');
    if (reader.failed || employeeId === undefined || code === undefined) continue;
    records.push({ sheet, date, employeeId, code, times, points, amount, note, recordedBy, voided: status === 'void', ref: reader.ref });
  }
  return { records, rowCount };
}
