import { cellOfKey, formatArea, letters } from './address';
import type { CellState, ColumnState, SheetState, WorkbookState } from './state';

export interface SheetSnapshot {
  readonly id: string;
  readonly name: string;
  readonly visibility: string;
  readonly tabColor: string;
  /** Cells that hold a value or any formatting, by A1 address, in row then column order. */
  readonly cells: Readonly<Record<string, CellState>>;
  readonly columns: Readonly<Record<string, ColumnState>>;
  /** Row heights in points, by 1-based row number. */
  readonly rowHeights: Readonly<Record<string, number>>;
  readonly merges: readonly string[];
  readonly conditionalFormats: readonly unknown[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly autoFilter?: string;
  readonly pageLayout: unknown;
  readonly charts: readonly unknown[];
  readonly selection?: string;
}

export interface WorkbookSnapshot {
  readonly activeSheet?: string;
  readonly date1904: boolean;
  readonly sheets: readonly SheetSnapshot[];
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

function sheetSnapshot(sheet: SheetState): SheetSnapshot {
  const cells: Record<string, CellState> = {};
  for (const key of [...sheet.cells.keys()].sort((a, b) => a - b)) {
    const { row, column } = cellOfKey(key);
    cells[formatArea({ top: row, left: column, bottom: row, right: column })] = sheet.cells.get(key) as CellState;
  }
  const columns: Record<string, ColumnState> = {};
  for (const column of [...sheet.columns.keys()].sort((a, b) => a - b)) {
    columns[letters(column)] = sheet.columns.get(column) as ColumnState;
  }
  const rowHeights: Record<string, number> = {};
  for (const row of [...sheet.rowHeights.keys()].sort((a, b) => a - b)) rowHeights[String(row + 1)] = sheet.rowHeights.get(row) as number;
  // One deep copy of the whole sheet at the end: the snapshot shares nothing with the state.
  return clone({
    id: sheet.id,
    name: sheet.name,
    visibility: sheet.visibility,
    tabColor: sheet.tabColor,
    cells,
    columns,
    rowHeights,
    merges: sheet.merges,
    conditionalFormats: sheet.conditionalFormats,
    freeze: sheet.freeze,
    autoFilter: sheet.autoFilter,
    pageLayout: sheet.pageLayout,
    charts: sheet.charts,
    selection: sheet.selection,
  });
}

/** Everything the workbook holds, as plain data, for before-and-after comparisons. */
export function snapshotWorkbook(state: WorkbookState): WorkbookSnapshot {
  return {
    activeSheet: state.sheets.find((sheet) => sheet.id === state.activeSheetId)?.name,
    date1904: state.date1904,
    sheets: state.sheets.map(sheetSnapshot),
  };
}
