import { type Area, cellOfKey, formatArea, isWholeColumns, overlaps, parseArea, quoteSheet } from './address';
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

/** `Excel.Range`: a rectangle on a sheet, found at sync time. */
export class FakeRange extends FakeClientObject implements RangeLocator {
  private formatProxy?: FakeRangeFormat;
  private formatsProxy?: FakeConditionalFormatCollection;

  constructor(
    queue: FakeQueue,
    path: string,
    readonly sheetRef: SheetRef,
    private readonly areaOf: AreaOf,
  ) {
    super(queue, path);
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
    this.formatProxy ??= new FakeRangeFormat(this.queue, `${this.objectPath}.format`, this);
    return this.formatProxy;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.formatsProxy ??= new FakeConditionalFormatCollection(this.queue, `${this.objectPath}.conditionalFormats`, this);
    return this.formatsProxy;
  }

  get values(): unknown[][] { return this.loaded('values'); }
  set values(input: unknown[][]) {
    this.write('values', input, (state) => {
      const { sheet, area } = this.target(state);
      const at = spread(input, area, 'values');
      forEachCell(area, (row, column) => writeValue(sheet, row, column, at(row, column), state.date1904));
    });
  }

  get numberFormat(): unknown[][] { return this.loaded('numberFormat'); }
  set numberFormat(input: unknown[][]) {
    this.write('numberFormat', input, (state) => {
      const { sheet, area } = this.target(state);
      if (isWholeColumns(area)) {
        if (typeof input !== 'string') fail(FakeErrorCode.invalidArgument, 'A whole column takes a single number format.');
        for (let column = area.left; column <= area.right; column++) {
          columnState(sheet, column).numberFormat = input;
          for (const [row, cell] of cellsInColumn(sheet, column)) {
            cell.numberFormat = undefined;
            prune(sheet, row, column);
          }
        }
        return;
      }
      const at = spread(input, area, 'numberFormat');
      forEachCell(area, (row, column) => {
        const format = at(row, column);
        if (format === null) return;
        if (typeof format !== 'string') fail(FakeErrorCode.invalidArgument, `${String(format)} is not a number format.`);
        ensureCell(sheet, row, column).numberFormat = format;
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
    this.write('hyperlink', link, (state) => {
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
  set columnHidden(hidden: boolean) {
    this.write('columnHidden', hidden, (state) => {
      const { sheet, area } = this.target(state);
      for (let column = area.left; column <= area.right; column++) columnState(sheet, column).hidden = Boolean(hidden);
    });
  }

  merge(across = false): void {
    this.call('merge', [across], (state) => {
      const { sheet, area } = this.target(state);
      const pieces = across
        ? Array.from({ length: area.bottom - area.top + 1 }, (_, i) => ({ ...area, top: area.top + i, bottom: area.top + i }))
        : [area];
      for (const piece of pieces) {
        if (piece.left === piece.right && piece.top === piece.bottom) continue;
        if (sheet.merges.some((merged) => overlaps(parseArea(merged), piece))) {
          fail(FakeErrorCode.invalidOperation, `${formatArea(piece)} overlaps a merged area.`);
        }
        // A merged area keeps its top-left value only, as in Excel.
        forEachCell(piece, (row, column) => {
          const cell = cellAt(sheet, row, column);
          if (!cell || (row === piece.top && column === piece.left)) return;
          cell.value = undefined;
          cell.formula = undefined;
          prune(sheet, row, column);
        });
        sheet.merges.push(formatArea(piece));
      }
    });
  }

  select(): void {
    this.call('select', undefined, (state) => {
      const { sheet, area } = this.target(state);
      if (sheet.visibility !== 'Visible') fail(FakeErrorCode.invalidOperation, `Sheet ${sheet.name} is hidden.`);
      state.activeSheetId = sheet.id;
      sheet.selection = formatArea(area);
    });
  }

  /** A cell relative to the range's top-left corner. */
  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.queue, `${this.objectPath}.getCell(${row},${column})`, this.sheetRef, (state, sheet) => {
      const area = requireArea({ sheet, area: this.areaOf(state, sheet) });
      return { top: area.top + row, left: area.left + column, bottom: area.top + row, right: area.left + column };
    });
  }

  /** The cells this range shares with `other` (a range or an address on the same sheet); a null object when none. */
  getIntersectionOrNullObject(other: FakeRange | string): FakeRange {
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
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return new FakeRange(this.queue, `${this.objectPath}.getResizedRange(${deltaRows},${deltaColumns})`, this.sheetRef, (state, sheet) => {
      const area = requireArea({ sheet, area: this.areaOf(state, sheet) });
      const resized = { ...area, bottom: area.bottom + deltaRows, right: area.right + deltaColumns };
      if (resized.bottom < resized.top || resized.right < resized.left) fail(FakeErrorCode.invalidArgument, 'The resized range is empty.');
      return resized;
    });
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

function cellsInColumn(sheet: SheetState, column: number) {
  return [...sheet.cells]
    .map(([key, cell]) => ({ ...cellOfKey(key), cell }))
    .filter((entry) => entry.column === column)
    .map((entry) => [entry.row, entry.cell] as const);
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
