import { type Area, MAX_COLUMNS, MAX_ROWS, parseArea } from './address';
import { usedArea } from './cells';
import { FakeClientObject, type FakeQueue } from './client-object';
import { fail, FakeErrorCode } from './errors';
import { FakeRange } from './range';
import { FakeRangeAreas } from './range-areas';
import { checkColor, checkOneOf } from './range-target';
import { FakeAutoFilter, FakeChartCollection, FakeFreezePanes, FakePageLayout } from './sheet-features';
import type { SheetRef } from './sheet-ref';
import { checkSheetName, checkStructureUnprotected } from './sheet-names';
import type { SheetState, SheetVisibilityState, WorkbookState } from './state';

const VISIBILITIES: readonly SheetVisibilityState[] = ['Visible', 'Hidden', 'VeryHidden'];

function visibleSheets(state: WorkbookState): SheetState[] {
  return state.sheets.filter((sheet) => sheet.visibility === 'Visible');
}

/** When the active sheet goes away or is hidden, Excel shows the nearest visible one. */
function moveActiveAwayFrom(state: WorkbookState, sheet: SheetState): void {
  if (state.activeSheetId !== sheet.id) return;
  const index = state.sheets.indexOf(sheet);
  const candidates = [...state.sheets.slice(index + 1), ...state.sheets.slice(0, index).reverse()];
  state.activeSheetId = candidates.find((other) => other.visibility === 'Visible')?.id;
}

/** `Excel.Worksheet`. */
export class FakeWorksheet extends FakeClientObject {
  protected readonly typeName = 'Worksheet';
  private parts: { freezePanes?: FakeFreezePanes; autoFilter?: FakeAutoFilter; pageLayout?: FakePageLayout; charts?: FakeChartCollection } = {};

  constructor(queue: FakeQueue, path: string, readonly sheetRef: SheetRef, private readonly nullable = false, via?: string) {
    super(queue, path, via);
  }

  get freezePanes(): FakeFreezePanes {
    return (this.parts.freezePanes ??= new FakeFreezePanes(this.queue, `${this.objectPath}.freezePanes`, this.sheetRef, this.reach('Worksheet.freezePanes')));
  }

  get autoFilter(): FakeAutoFilter {
    return (this.parts.autoFilter ??= new FakeAutoFilter(this.queue, `${this.objectPath}.autoFilter`, this.sheetRef, this.reach('Worksheet.autoFilter')));
  }

  get pageLayout(): FakePageLayout {
    return (this.parts.pageLayout ??= new FakePageLayout(this.queue, `${this.objectPath}.pageLayout`, this.sheetRef, this.reach('Worksheet.pageLayout')));
  }

  get charts(): FakeChartCollection {
    return (this.parts.charts ??= new FakeChartCollection(this.queue, `${this.objectPath}.charts`, this.sheetRef, this.reach('Worksheet.charts')));
  }

  get id(): string { return this.loaded('id'); }

  get name(): string { return this.loaded('name'); }
  /**
   * `Worksheet.name`: "The name must be fewer than 32 characters" (JSDoc); the other rules are
   * Excel's own (sheet-names.ts). Renaming is refused in a workbook whose structure is protected.
   */
  set name(name: string) {
    this.write('Worksheet.name', name, (state) => {
      checkStructureUnprotected(state, 'rename a sheet');
      const sheet = this.sheetRef.get(state);
      sheet.name = checkSheetName(state, name, sheet.id);
    });
  }

  get visibility(): SheetVisibilityState { return this.loaded('visibility'); }
  /**
   * The last visible sheet cannot be hidden: Microsoft's own sample for `Excel.SheetVisibility`
   * checks `visibleSheets.length > 1` and otherwise logs "Cannot hide the only visible worksheet"
   * (learn.microsoft.com/javascript/api/excel/excel.sheetvisibility). Hiding or showing sheets is
   * refused in a structure-protected workbook.
   */
  set visibility(value: SheetVisibilityState) {
    this.write('Worksheet.visibility', value, (state) => {
      checkStructureUnprotected(state, 'hide or show a sheet');
      const sheet = this.sheetRef.get(state);
      const visibility = checkOneOf(value, VISIBILITIES, 'visibility');
      if (visibility !== 'Visible' && sheet.visibility === 'Visible' && visibleSheets(state).length === 1) {
        fail(FakeErrorCode.invalidOperation, 'A workbook must keep at least one visible sheet.');
      }
      sheet.visibility = visibility;
      if (visibility !== 'Visible') moveActiveAwayFrom(state, sheet);
    });
  }

  get position(): number { return this.loaded('position'); }
  /** "The zero-based position of the worksheet within the workbook" (JSDoc); moving is refused under structure protection. */
  set position(value: number) {
    this.write('Worksheet.position', value, (state) => {
      checkStructureUnprotected(state, 'move a sheet');
      const sheet = this.sheetRef.get(state);
      if (!Number.isInteger(value) || value < 0 || value >= state.sheets.length) {
        fail(FakeErrorCode.invalidArgument, `Position ${value} is outside 0…${state.sheets.length - 1}.`);
      }
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      state.sheets.splice(value, 0, sheet);
    });
  }

  get tabColor(): string { return this.loaded('tabColor'); }
  /** "When setting the color, use an empty-string to set an "auto" color, or a real color otherwise" (JSDoc). */
  set tabColor(value: string) {
    this.write('Worksheet.tabColor', value, (state) => {
      this.sheetRef.get(state).tabColor = value === '' ? '' : checkColor(value);
    });
  }

  /**
   * "Activate the worksheet in the Excel UI" (JSDoc). Whether a hidden sheet can be activated is
   * not documented; the fake refuses it rather than guess.
   */
  activate(): void {
    this.call('Worksheet.activate', undefined, (state) => {
      const sheet = this.sheetRef.get(state);
      if (sheet.visibility !== 'Visible') fail(FakeErrorCode.invalidOperation, `Sheet ${sheet.name} is hidden and cannot be activated.`);
      state.activeSheetId = sheet.id;
    });
  }

  /**
   * `Worksheet.delete`: "if the worksheet's visibility is set to "VeryHidden", the delete
   * operation will fail with an `InvalidOperation` exception. You should first change its
   * visibility to hidden or visible before deleting it" (JSDoc). The last visible sheet cannot go
   * either (Microsoft's sample deletes a sheet "as long as it's not the only sheet in the
   * workbook", and a workbook keeps a visible sheet, see `visibility`); nor can any under
   * structure protection.
   */
  delete(): void {
    this.call('Worksheet.delete', undefined, (state) => {
      checkStructureUnprotected(state, 'delete a sheet');
      const sheet = this.sheetRef.get(state);
      if (sheet.visibility === 'VeryHidden') {
        fail(FakeErrorCode.invalidOperation, `Sheet ${sheet.name} is very hidden: make it hidden or visible before deleting it.`);
      }
      if (sheet.visibility === 'Visible' && visibleSheets(state).length === 1) {
        fail(FakeErrorCode.invalidOperation, 'The only visible sheet of a workbook cannot be deleted.');
      }
      moveActiveAwayFrom(state, sheet);
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
    });
  }

  getRange(address?: string): FakeRange {
    const via = this.reach('Worksheet.getRange', 'call');
    const area: Area = address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } : parseArea(address);
    return new FakeRange(this.queue, `${this.objectPath}.getRange(${address ?? ''})`, this.sheetRef, () => area, via);
  }

  /** The address is checked when the request runs (range-areas.ts). */
  getRanges(address?: string): FakeRangeAreas {
    const via = this.reach('Worksheet.getRanges', 'call');
    return new FakeRangeAreas(this.queue, `${this.objectPath}.getRanges(${address ?? ''})`, this.sheetRef, address, via);
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    const via = this.reach('Worksheet.getRangeByIndexes', 'call');
    if (rowCount < 1 || columnCount < 1) fail(FakeErrorCode.invalidArgument, 'A range has at least one row and one column.');
    const area = { top: row, left: column, bottom: row + rowCount - 1, right: column + columnCount - 1 };
    return new FakeRange(this.queue, `${this.objectPath}.getRangeByIndexes(${row},${column},${rowCount},${columnCount})`, this.sheetRef, () => area, via);
  }

  getCell(row: number, column: number): FakeRange {
    const via = this.reach('Worksheet.getCell', 'call');
    const area = { top: row, left: column, bottom: row, right: column };
    return new FakeRange(this.queue, `${this.objectPath}.getCell(${row},${column})`, this.sheetRef, () => area, via);
  }

  /** "If the entire worksheet is blank, then this method returns an object with its `isNullObject` property set to `true`" (JSDoc). */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    const via = this.reach('Worksheet.getUsedRangeOrNullObject', 'call');
    return new FakeRange(this.queue, `${this.objectPath}.getUsedRangeOrNullObject(${valuesOnly})`, this.sheetRef, (_, sheet) => usedArea(sheet, valuesOnly), via);
  }

  /** "If the entire worksheet is blank, this function will return the top left cell (i.e. it will *not* throw an error)" (JSDoc). */
  getUsedRange(valuesOnly = false): FakeRange {
    const via = this.reach('Worksheet.getUsedRange', 'call');
    return new FakeRange(
      this.queue,
      `${this.objectPath}.getUsedRange(${valuesOnly})`,
      this.sheetRef,
      (_, sheet) => usedArea(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
      via,
    );
  }

  protected scalarProperties(): readonly string[] {
    return ['id', 'name', 'position', 'visibility', 'tabColor'];
  }

  protected read(state: WorkbookState, names: readonly string[]): Map<string, unknown> {
    const sheet = this.nullable ? this.sheetRef.find(state) : this.sheetRef.get(state);
    if (!sheet) return new Map([['isNullObject', true]]);
    return new Map([['isNullObject', false], ...names.map((name) => [name, sheetProperty(state, sheet, name)] as const)]);
  }

  /** Lets the collection hand over what it loaded for this item. */
  receive(name: string, value: unknown): void {
    this.deliver(name, value);
  }
}

export function sheetProperty(state: WorkbookState, sheet: SheetState, name: string): unknown {
  switch (name) {
    case 'id': return sheet.id;
    case 'name': return sheet.name;
    case 'position': return state.sheets.indexOf(sheet);
    case 'visibility': return sheet.visibility;
    // "When retrieving the tab color, if the worksheet is invisible, the value will be `null`" (JSDoc).
    case 'tabColor': return sheet.visibility === 'Visible' ? sheet.tabColor : null;
    default: return fail(FakeErrorCode.invalidArgument, `The fake Excel cannot load Worksheet.${name}.`);
  }
}
