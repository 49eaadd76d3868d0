/**
 * The fake workbook's contents: plain data that the proxies read and the queued operations
 * change at `sync`. Names follow Excel's object model (the values Office.js would report).
 */
export type SheetVisibilityState = 'Visible' | 'Hidden' | 'VeryHidden';

export interface FontState {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  underline?: string;
  strikethrough?: boolean;
}

export interface BorderState {
  style: string;
  weight?: string;
  color?: string;
}

export interface CellBorders {
  top?: BorderState;
  bottom?: BorderState;
  left?: BorderState;
  right?: BorderState;
}

export interface HyperlinkState {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

export interface CellState {
  /** The constant a cell holds; undefined when empty or when it holds a formula. */
  value?: string | number | boolean;
  formula?: string;
  numberFormat?: string;
  font?: FontState;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: CellBorders;
  hyperlink?: HyperlinkState;
  /** A formula entered while calculation was suspended and not recalculated since. */
  uncalculated?: boolean;
  /** What an uncalculated formula's cell still shows: the value it had before. */
  staleValue?: string | number | boolean;
}

export interface ColumnState {
  /** Points. */
  width?: number;
  hidden?: boolean;
  numberFormat?: string;
}

export interface ConditionalFormatState {
  type: string;
  range: string;
  rule?: Record<string, unknown>;
  format?: { fill?: string; fontColor?: string; bold?: boolean };
  dataBar?: { fillColor?: string; gradientFill?: boolean; lowerBound?: string };
}

export interface ChartSeriesState {
  name?: string;
  values: string;
  xAxisValues?: string;
}

export interface ChartState {
  type: string;
  source: string;
  seriesBy?: string;
  title?: string;
  legendVisible?: boolean;
  from?: string;
  to?: string;
  series: ChartSeriesState[];
}

export interface PageLayoutState {
  orientation?: string;
  paperSize?: string;
  zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  centerHorizontally?: boolean;
  leftMargin?: number;
  rightMargin?: number;
  topMargin?: number;
  bottomMargin?: number;
  headerMargin?: number;
  footerMargin?: number;
  printTitleRows?: string;
  printArea?: string;
  centerFooter?: string;
}

export interface SheetState {
  readonly id: string;
  name: string;
  visibility: SheetVisibilityState;
  tabColor: string;
  cells: Map<number, CellState>;
  columns: Map<number, ColumnState>;
  /** Heights in points of rows given one, by 0-based row. */
  rowHeights: Map<number, number>;
  merges: string[];
  conditionalFormats: ConditionalFormatState[];
  freeze?: { rows: number; columns: number };
  autoFilter?: string;
  pageLayout: PageLayoutState;
  charts: ChartState[];
  selection?: string;
}

export interface WorkbookState {
  sheets: SheetState[];
  activeSheetId?: string;
  date1904: boolean;
  /** Whether the request running now suspended calculation (`suspendApiCalculationUntilNextSync`). */
  calculationSuspended: boolean;
  /** Whether the workbook's structure is protected (Review › Protect Workbook). */
  structureProtected: boolean;
  /** Source of sheet ids and default names; never reused, as in Excel. */
  nextSheetNumber: number;
}

export function emptySheet(id: string, name: string): SheetState {
  return {
    id,
    name,
    visibility: 'Visible',
    tabColor: '',
    cells: new Map(),
    columns: new Map(),
    rowHeights: new Map(),
    merges: [],
    conditionalFormats: [],
    pageLayout: {},
    charts: [],
  };
}

export function newSheetId(state: WorkbookState): string {
  const n = state.nextSheetNumber++;
  return `{00000000-0001-0000-0000-${String(n).padStart(12, '0')}}`;
}

export function findSheetByName(state: WorkbookState, name: string): SheetState | undefined {
  const wanted = name.toLowerCase();
  return state.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
}

export function findSheetById(state: WorkbookState, id: string): SheetState | undefined {
  return state.sheets.find((sheet) => sheet.id === id);
}
