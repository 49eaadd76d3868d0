import { HISTORY_SHEET } from './history/history-columns';
import { LOG_SHEET_NAMES } from './log/log-columns';
import { policySheetDefinitions, policySheetNames } from './policy/policy-sheet-definitions';
import { normalizeText } from './read/normalize-text';
import { scheduleSheetMonth } from './read/read-schedule';
import { inputSheets } from './schema';

const namesRead: ReadonlySet<string> = new Set(
  [
    ...inputSheets.flatMap((definition) => [definition.zh, definition.en, ...(definition.aliases ?? [])]),
    ...policySheetDefinitions.flatMap(policySheetNames),
    HISTORY_SHEET,
    LOG_SHEET_NAMES.zh,
    LOG_SHEET_NAMES.en,
  ].map(normalizeText),
);

/**
 * Whether computing or inspecting a month reads the cells of the sheet named `name`: the input
 * and policy sheets (by any of their names, SPEC §2), the history, and the compute log (whose
 * rows a compute carries forward to append its own, SPEC §4.3). Every other sheet — the
 * tabs of earlier months, the team's own sheets — counts by its name only, so a host that pays
 * for every cell it reads (Office.js) can leave their cells where they are.
 */
export function readsCellsOf(name: string): boolean {
  return namesRead.has(normalizeText(name)) || scheduleSheetMonth(name) !== undefined;
}
