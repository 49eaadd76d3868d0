import type { Issue } from '../../engine/issues';
import type { Lang } from '../../i18n/lang';
import type { CellValue, WorkbookGrids } from '../grid';
import { findHeader } from '../read/find-header';
import { findSheet } from '../read/find-sheet';
import { LOG_SHEET_NAMES, logColumnDefinitions } from './log-columns';

/** The compute log as the workbook holds it: every row as read, to be carried forward unchanged. */
export interface StoredLog {
  /** The sheet's actual name. */
  readonly name: string;
  /** The language of its name: the language its rows are written in. */
  readonly lang: Lang;
  /** Every row of the sheet, as read. */
  readonly rows: readonly (readonly CellValue[])[];
  /** The header row (0-based) and each column's 0-based index, when the header was recognised. */
  readonly header?: { readonly rowIndex: number; readonly columnIndex: Readonly<Record<string, number>> };
  readonly issues: readonly Issue[];
}

/**
 * The compute log, if the workbook has one. A log whose header is not recognised is still
 * kept whole: the new row then goes under it in the standard column order, with a warning.
 */
export function readLog(grids: WorkbookGrids): StoredLog | undefined {
  const found = findSheet(grids, LOG_SHEET_NAMES);
  if (!found) return undefined;
  const { grid, lang } = found;
  const search = findHeader(grid.rows, logColumnDefinitions);
  if (search.found) {
    const { rowIndex, columnIndex } = search.header;
    return { name: grid.name, lang, rows: grid.rows, header: { rowIndex, columnIndex }, issues: [] };
  }
  return {
    name: grid.name,
    lang,
    rows: grid.rows,
    issues: [{ severity: 'warning', code: 'UNREADABLE_LOG', sheet: grid.name, params: {} }],
  };
}
