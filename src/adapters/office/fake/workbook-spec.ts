import { cellKey, parseArea } from './address';
import { checkSheetName } from './sheet-names';
import { emptySheet, newSheetId, type SheetVisibilityState, type WorkbookState } from './state';

type Cell = string | number | boolean | null;

/** A workbook to start from, written as data: each sheet's rows from A1, as a file would hold them. */
export interface FakeWorkbookSpec {
  readonly sheets: readonly {
    readonly name: string;
    readonly rows?: readonly (readonly Cell[])[];
    readonly visibility?: 'visible' | 'hidden' | 'veryHidden';
    /** Number formats by cell address, e.g. `{ A2: 'yyyy-mm-dd' }`. */
    readonly numberFormats?: Readonly<Record<string, string>>;
  }[];
  /** Name of the sheet on show; default the first visible one. */
  readonly activeSheet?: string;
  readonly date1904?: boolean;
  /** Whether the workbook's structure is protected (Review › Protect Workbook). */
  readonly protectedStructure?: boolean;
}

const VISIBILITY: Record<string, SheetVisibilityState> = { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' };

/**
 * The workbook state for a spec. Values are stored as they are (a string stays text even if it
 * starts with "="), as when Excel opens a file; only writes through the API are interpreted.
 */
export function workbookStateOf(spec: FakeWorkbookSpec): WorkbookState {
  const state: WorkbookState = {
    sheets: [],
    date1904: spec.date1904 ?? false,
    structureProtected: spec.protectedStructure ?? false,
    calculationSuspended: false,
    nextSheetNumber: 1,
  };
  for (const sheetSpec of spec.sheets) {
    const sheet = emptySheet(newSheetId(state), checkSheetName(state, sheetSpec.name));
    sheet.visibility = VISIBILITY[sheetSpec.visibility ?? 'visible'];
    (sheetSpec.rows ?? []).forEach((row, rowIndex) =>
      row.forEach((value, columnIndex) => {
        if (value !== null && value !== '') sheet.cells.set(cellKey(rowIndex, columnIndex), { value });
      }),
    );
    for (const [address, format] of Object.entries(sheetSpec.numberFormats ?? {})) {
      const area = parseArea(address);
      const key = cellKey(area.top, area.left);
      sheet.cells.set(key, { ...sheet.cells.get(key), numberFormat: format });
    }
    state.sheets.push(sheet);
  }
  const active = spec.activeSheet
    ? state.sheets.find((sheet) => sheet.name === spec.activeSheet)
    : state.sheets.find((sheet) => sheet.visibility === 'Visible');
  state.activeSheetId = active?.id;
  return state;
}
