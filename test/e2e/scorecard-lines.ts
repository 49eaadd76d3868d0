import type { WorkbookSnapshot } from '../../src/adapters/office/fake';
import { formulaResult } from '../../src/adapters/office/fake/cell-input';
import { labels } from '../../src/i18n/labels';
import type { Lang } from '../../src/i18n/lang';
import { columnIndex, type CellValue, type SheetGrid } from '../../src/workbook/grid';

export interface ScorecardLine {
  readonly score: number;
  readonly grade: string;
  readonly salary: number;
  readonly award: number;
}

/**
 * The scorecard tab's employee rows by ID, found through the column headers (as HR reads
 * them) rather than through positions, so the layout may move without breaking the test.
 */
export function scorecardLines(rows: readonly (readonly CellValue[])[], lang: Lang): Map<string, ScorecardLine> {
  const columns = labels(lang).scorecard.columns;
  const headerRow = rows.findIndex((row) => row.includes(columns.id) && row.includes(columns.score));
  if (headerRow < 0) throw new Error('no scorecard header row');
  const at = (name: string) => rows[headerRow].indexOf(name);
  const lines = new Map<string, ScorecardLine>();
  for (const row of rows.slice(headerRow + 1)) {
    const id = row[at(columns.id)];
    if (id === null || id === undefined || id === '') break;
    lines.set(String(id), {
      score: Number(row[at(columns.score)]),
      grade: String(row[at(columns.grade)]),
      salary: Number(row[at(columns.salaryAdjustment)]),
      award: Number(row[at(columns.award)]),
    });
  }
  return lines;
}

/** A sheet of the stand-in Excel as rows of values, as the adapters read sheets. */
export function snapshotRows(snapshot: WorkbookSnapshot, sheetName: string): CellValue[][] {
  const sheet = snapshot.sheets.find((candidate) => candidate.name === sheetName);
  if (!sheet) throw new Error(`no sheet ${sheetName}`);
  const rows: CellValue[][] = [];
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const match = /^([A-Z]+)(\d+)$/.exec(address);
    if (!match) continue;
    const row = Number(match[2]) - 1;
    const column = columnIndex(match[1]);
    rows[row] ??= [];
    // A link cell holds a HYPERLINK formula; what it shows is its text.
    const { value, formula } = cell as { value?: CellValue; formula?: string };
    rows[row][column] = formula === undefined ? (value ?? null) : formulaResult(formula);
  }
  return Array.from(rows, (row) => Array.from(row ?? [], (value) => value ?? null));
}

export function gridRows(grid: SheetGrid | undefined): readonly (readonly CellValue[])[] {
  if (!grid) throw new Error('no such sheet');
  return grid.rows;
}
