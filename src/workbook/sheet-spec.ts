import type { CellValue, Visibility } from './grid';

/**
 * A declarative description of a sheet to write. The workbook layer builds it once; each
 * adapter (the package writer for files, Office.js inside Excel) only renders it. Ranges are A1 strings
 * within the sheet (`A4:P40`, `C5`).
 */
export interface ColumnSpec {
  /** Width in characters, as Excel measures it. */
  readonly width: number;
  readonly numberFormat?: string;
  /** Literal text: the number format `@` is set before any value, so text never becomes a formula. */
  readonly text?: boolean;
  readonly hidden?: boolean;
}

export type HorizontalAlignment = 'left' | 'center' | 'right';

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Struck through, e.g. a voided item that still has to be listed. */
  readonly strike?: boolean;
  readonly fontSize?: number;
  /** `#RRGGBB`. */
  readonly fontColor?: string;
  readonly fill?: string;
  readonly horizontal?: HorizontalAlignment;
  readonly vertical?: 'top' | 'middle' | 'bottom';
  readonly wrap?: boolean;
  readonly border?: 'thin' | 'bottom' | 'top';
  readonly borderColor?: string;
  readonly numberFormat?: string;
}

export interface StyledRange {
  readonly range: string;
  readonly style: CellStyle;
}

export type ConditionalFormat =
  | {
      readonly kind: 'textEquals';
      readonly range: string;
      readonly text: string;
      readonly style: { readonly fill?: string; readonly fontColor?: string; readonly bold?: boolean };
    }
  | {
      readonly kind: 'lessThan';
      readonly range: string;
      readonly value: number;
      readonly style: { readonly fill?: string; readonly fontColor?: string; readonly bold?: boolean };
    }
  | { readonly kind: 'dataBar'; readonly range: string; readonly color: string };

export interface Hyperlink {
  readonly cell: string;
  /** Target inside the workbook. */
  readonly sheet: string;
  readonly targetCell: string;
  readonly text: string;
}

export interface PrintSetup {
  readonly orientation: 'landscape' | 'portrait';
  readonly paperSize: 'A4';
  readonly fitToWidth: number;
  /** 0: as many pages tall as needed. */
  readonly fitToHeight: number;
  /** Rows repeated at the top of every printed page, 1-based inclusive. */
  readonly repeatRows?: { readonly first: number; readonly last: number };
  readonly printArea?: string;
  readonly centerFooter?: string;
}

export interface ChartSpec {
  readonly kind: 'column' | 'bar' | 'pie';
  readonly title: string;
  readonly categories: string;
  readonly values: string;
  readonly seriesName: string;
  /** Top-left and bottom-right cells the chart covers. */
  readonly from: string;
  readonly to: string;
}

/** A row given its own height. Renderers never grow rows to fit wrapped text, so the layout says how tall. */
export interface RowHeight {
  /** 1-based. */
  readonly row: number;
  /** Points (the default row is 15). */
  readonly height: number;
}

export interface SheetSpec {
  readonly name: string;
  readonly visibility: Visibility;
  readonly tabColor?: string;
  readonly columns: readonly ColumnSpec[];
  /** Values from A1 down, row by row. Dates are serial numbers with a date format. */
  readonly rows: readonly (readonly CellValue[])[];
  /** Rows taller than the default, for wrapped text; rows not listed keep the default height. */
  readonly rowHeights?: readonly RowHeight[];
  readonly styles: readonly StyledRange[];
  readonly merges: readonly string[];
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly autoFilter?: string;
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly hyperlinks: readonly Hyperlink[];
  readonly print?: PrintSetup;
  readonly chart?: ChartSpec;
}

/**
 * What one compute writes: `sheets` replace any sheet of the same name (or are added),
 * `remove` names sheets to delete (the month's tabs in the other language). Input sheets are
 * never named in either. `activate` is the sheet to show afterwards.
 */
export interface WritePlan {
  readonly sheets: readonly SheetSpec[];
  readonly remove: readonly string[];
  readonly activate?: string;
}
