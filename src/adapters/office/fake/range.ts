import { type Area, formatArea, overlaps, parseArea, quoteSheet } from './address';
import { cellAt, effectiveFormat, ensureCell, forEachCell, matrix, prune, readFormula, readValue, spread, writeValue } from './cells';
import { FakeClientObject, type FakeQueue } from './client-object';
import { FakeConditionalFormatCollection } from './conditional-formats';
import { fail, FakeErrorCode } from './errors';
import { columnState, FakeRangeFormat } from './range-format';
import { areaOnSheet, type RangeLocator, type RangeTarget, requireArea } from './range-target';
import type { SheetRef } from './sheet-ref';
import type { HyperlinkState, SheetState, WorkbookState } from './state';

type AreaOf = (state: WorkbookState, sheet: SheetState) => Area | undefined;

const RANGE_PROPERTIES = ['address', 'rowIndex', 'columnIndex', 'rowCount', 'columnCount', 'values', 'numberFormat', 'formulas'];

/** The merged area a cell lies in, if any. */
function mergedAreaAt(sheet: SheetState, row: number, column: number): Area | undefined {
  return sheet.merges.map(parseArea).find((area) => row >= area.top && row <= area.bottom && column >= area.left && column <= area.right);
}

/**
 * Writing into a merged area other than its top-left cell is not documented; Excel's UI refuses
 * it ("Cannot change part of a merged cell"), and the fake refuses it rather than guess what the
 * API would keep.
 */
function checkNotInsideMerge(sheet: SheetState, row: number, column: number): void {
  if (sheet.merges.length === 0) return;
  const merged = mergedAreaAt(sheet, row, column);
  if (merged && (merged.top !== row || merged.left !== column)) {
    fail(FakeErrorCode.invalidOperation, `Cannot change part of the merged cell ${formatArea(merged)}.`);
  }
}

/** `Excel.Range`: a rectangle on a sheet, found at sync time. */
export class FakeRange extends FakeClientObject implements RangeLocator {
  protected readonly typeName = 'Range';
  private formatProxy?: FakeRangeFormat;
  private formatsProxy?: FakeConditionalFormatCollection;

  constructor(
    queue: FakeQueue,
    path: string,
    readonly sheetRef: SheetRef,
    private readonly areaOf: AreaOf,
    via?: string,
  ) {
    super(queue, path, via);
  }

  /** Lets a range be handed to methods that take a range (areaOnSheet). */
  get locator(): RangeLocator {
    return this;
  }

  resolve(state: WorkbookState): RangeTarget {
    const sheet = this.sheetRef.get(state);
    return { sheet, area: this.areaOf(state, sheet) };
  }

  get format(): FakeRangeFormat {
    this.formatProxy ??= new FakeRangeFormat(this.queue, `${this.objectPath}.format`, this, this.reach('Range.format'));
    return this.formatProxy;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.formatsProxy ??= new FakeConditionalFormatCollection(this.queue, `${this.objectPath}.conditionalFormats`, this, this.reach('Range.conditionalFormats'));
    return this.formatsProxy;
  }

  get values(): unknown[][] { return this.loaded('values'); }
  /**
   * Entered as typed: "If the returned value starts with a plus ("+"), minus ("-"), or equal sign
   * ("="), Excel interprets this value as a formula" (JSDoc; cell-input.ts). A single value fills
   * the range ("If you specify a blank value for the `values` property of a range, the content of
   * the range is cleared", "Blank and null values in Excel add-ins"); `null` inside the array
   * leaves a cell as it is, `null` for the whole property is refused (same page).
   */
  set values(input: unknown[][]) {
    this.write('Range.values', input, (state) => {
      if (input === null || input === undefined) fail(FakeErrorCode.invalidArgument, '`values` cannot be set to null.');
      const { sheet, area } = this.target(state);
      const at = spread(input, area, 'values');
      forEachCell(area, (row, column) => {
        const value = at(row, column);
        if (value !== null && value !== '') checkNotInsideMerge(sheet, row, column);
        writeValue(sheet, row, column, value, state.date1904, state.calculationSuspended);
      });
    });
  }

  get numberFormat(): unknown[][] { return this.loaded('numberFormat'); }
  /** Cell by cell, on a bounded range only ("Read or write to an unbounded range"); a single format fills the range. */
  set numberFormat(input: unknown[][]) {
    this.write('Range.numberFormat', input, (state) => {
      if (input === null || input === undefined) fail(FakeErrorCode.invalidArgument, '`numberFormat` cannot be set to null.');
      const { sheet, area } = this.target(state);
      const at = spread(input, area, 'numberFormat');
      forEachCell(area, (row, column) => {
        const format = at(row, column);
        if (format === null) return;
        if (typeof format !== 'string') fail(FakeErrorCode.invalidArgument, `${String(format)} is not a number format.`);
        // "If you specify a blank value for the `numberFormat` property, the number format is reset to `General`."
        ensureCell(sheet, row, column).numberFormat = format === '' ? 'General' : format;
      });
    });
  }

  get formulas(): unknown[][] { return this.loaded('formulas'); }
  get address(): string { return this.loaded('address'); }
  get rowIndex(): number { return this.loaded('rowIndex'); }
  get columnIndex(): number { return this.loaded('columnIndex'); }
  get rowCount(): number { return this.loaded('rowCount'); }
  get columnCount(): number { return this.loaded('columnCount'); }

  get hyperlink(): HyperlinkState | null { return this.loaded('hyperlink'); }
  set hyperlink(link: HyperlinkState | null) {
    this.write('Range.hyperlink', link, (state) => {
      const { sheet, area } = this.target(state);
      if (link !== null && !link.address && !link.documentReference) {
        fail(FakeErrorCode.invalidArgument, 'A hyperlink needs an address or a document reference.');
      }
      forEachCell(area, (row, column) => {
        const cell = ensureCell(sheet, row, column);
        cell.hyperlink = link === null ? undefined : { ...link };
        if (link?.textToDisplay !== undefined) {
          // The text to display becomes the cell's text, as typed text never does: it is not parsed.
          cell.value = link.textToDisplay;
          cell.formula = undefined;
        }
        prune(sheet, row, column);
      });
    });
  }

  get columnHidden(): boolean { return this.loaded('columnHidden'); }
  /** A column property: "Represents if all columns in the current range are hidden" (JSDoc); whole columns allowed. */
  set columnHidden(hidden: boolean) {
    this.write('Range.columnHidden', hidden, (state) => {
      const { sheet, area } = this.target(state);
      for (let column = area.left; column <= area.right; column++) columnState(sheet, column).hidden = Boolean(hidden);
    });
  }

  /**
   * "Merge the range cells into one region in the worksheet"; `across`: "Set `true` to merge cells
   * in each row of the specified range as separate merged cells" (JSDoc). Nothing more is
   * documented. Excel's UI warns that merging keeps only the upper-left value, and refuses to
   * merge across part of a merged cell; the fake refuses both rather than guess (a merge over
   * values other than the upper-left one, or overlapping a merged area).
   */
  merge(across = false): void {
    this.call('Range.merge', [across], (state) => {
      const { sheet, area } = this.target(state);
      const pieces = across
        ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({ ...area, top: area.top + i, bottom: area.top + i }))
        : [area];
      for (const piece of pieces) {
        if (piece.left === piece.right && piece.top === piece.bottom) continue;
        if (sheet.merges.some((merged) => overlaps(parseArea(merged), piece))) {
          fail(FakeErrorCode.invalidOperation, `${formatArea(piece)} overlaps a merged area.`);
        }
        forEachCell(piece, (row, column) => {
          if (row === piece.top && column === piece.left) return;
          if (readValue(sheet, row, column) !== '') fail(FakeErrorCode.invalidOperation, `Merging ${formatArea(piece)} would drop the value in a cell other than its upper-left one.`);
        });
        sheet.merges.push(formatArea(piece));
      }
    });
  }

  /** "Selects the specified range in the Excel UI" (JSDoc); on a hidden sheet this is not documented, and the fake refuses it. */
  select(): void {
    this.call('Range.select', undefined, (state) => {
      const { sheet, area } = this.target(state);
      if (sheet.visibility !== 'Visible') fail(FakeErrorCode.invalidOperation, `Sheet ${sheet.name} is hidden.`);
      state.activeSheetId = sheet.id;
      sheet.selection = formatArea(area);
    });
  }

  /** A cell relative to the range's top-left corner. */
  getCell(row: number, column: number): FakeRange {
    const via = this.reach('Range.getCell', 'call');
    return new FakeRange(this.queue, `${this.objectPath}.getCell(${row},${column})`, this.sheetRef, (state, sheet) => {
      const area = requireArea({ sheet, area: this.areaOf(state, sheet) });
      return { top: area.top + row, left: area.left + column, bottom: area.top + row, right: area.left + column };
    }, via);
  }

  /** The cells this range shares with `other` (a range or an address on the same sheet); a null object when none. */
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
    const via = this.reach('Range.getIntersectionOrNullObject', 'call');
    const label = typeof other === 'string' ? other : other.objectPath;
    return new FakeRange(this.queue, `${this.objectPath}.getIntersectionOrNullObject(${label})`, this.sheetRef, (state, sheet) => {
      const area = requireArea({ sheet, area: this.areaOf(state, sheet) });
      const shared = areaOnSheet(state, sheet, other);
      if (!overlaps(area, shared)) return undefined;
      return {
        top: Math.max(area.top, shared.top),
        left: Math.max(area.left, shared.left),
        bottom: Math.min(area.bottom, shared.bottom),
        right: Math.min(area.right, shared.right),
      };
    }, via);
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    const via = this.reach('Range.getResizedRange', 'call');
    return new FakeRange(this.queue, `${this.objectPath}.getResizedRange(${deltaRows},${deltaColumns})`, this.sheetRef, (state, sheet) => {
      const area = requireArea({ sheet, area: this.areaOf(state, sheet) });
      const resized = { ...area, bottom: area.bottom + deltaRows, right: area.right + deltaColumns };
      if (resized.bottom < resized.top || resized.right < resized.left) fail(FakeErrorCode.invalidArgument, 'The resized range is empty.');
      return resized;
    }, via);
  }

  protected scalarProperties(): readonly string[] {
    return RANGE_PROPERTIES;
  }

  protected read(state: WorkbookState, names: readonly string[]): Map<string, unknown> {
    const { sheet, area } = this.resolve(state);
    if (!area) return new Map([['isNullObject', true]]);
    const values = new Map<string, unknown>([['isNullObject', false]]);
    for (const name of names) values.set(name, readProperty(sheet, area, name));
    return values;
  }

  private target(state: WorkbookState): { readonly sheet: SheetState; readonly area: Area } {
    const target = this.resolve(state);
    return { sheet: target.sheet, area: requireArea(target) };
  }
}

function readProperty(sheet: SheetState, area: Area, name: string): unknown {
  switch (name) {
    case 'values': return matrix(area, (row, column) => readValue(sheet, row, column));
    case 'numberFormat': return matrix(area, (row, column) => effectiveFormat(sheet, row, column));
    case 'formulas': return matrix(area, (row, column) => readFormula(sheet, row, column));
    case 'address': return `${quoteSheet(sheet.name)}!${formatArea(area)}`;
    case 'rowIndex': return area.top;
    case 'columnIndex': return area.left;
    case 'rowCount': return area.bottom - area.top + 1;
    case 'columnCount': return area.right - area.left + 1;
    case 'hyperlink': return cellAt(sheet, area.top, area.left)?.hyperlink ?? null;
    case 'columnHidden': {
      for (let column = area.left; column <= area.right; column++) if (!sheet.columns.get(column)?.hidden) return false;
      return true;
    }
    default:
      return fail(FakeErrorCode.invalidArgument, `The fake Excel cannot load Range.${name}.`);
  }
}
