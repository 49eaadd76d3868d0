import { type Area, MAX_COLUMNS, MAX_ROWS, parseArea } from './address';
import { usedArea } from './cells';
import { FakeClientObject, type FakeQueue } from './client-object';
import { fail, FakeErrorCode } from './errors';
import { FakeRange } from './range';
import { FakeRangeAreas } from './range-areas';
import { checkColor, checkOneOf } from './range-target';
import { FakeAutoFilter, FakeChartCollection, FakeFreezePanes, FakePageLayout } from './sheet-features';
import type { SheetRef } from './sheet-ref';
import { checkSheetName } from './sheet-names';
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
  readonly freezePanes: FakeFreezePanes;
  readonly autoFilter: FakeAutoFilter;
  readonly pageLayout: FakePageLayout;
  readonly charts: FakeChartCollection;

  constructor(queue: FakeQueue, path: string, readonly sheetRef: SheetRef, private readonly nullable = false) {
    super(queue, path);
    this.freezePanes = new FakeFreezePanes(queue, `${path}.freezePanes`, sheetRef);
    this.autoFilter = new FakeAutoFilter(queue, `${path}.autoFilter`, sheetRef);
    this.pageLayout = new FakePageLayout(queue, `${path}.pageLayout`, sheetRef);
    this.charts = new FakeChartCollection(queue, `${path}.charts`, sheetRef);
  }

  get id(): string { return this.loaded('id'); }

  get name(): string { return this.loaded('name'); }
  set name(name: string) {
    this.write('name', name, (state) => {
      const sheet = this.sheetRef.get(state);
      sheet.name = checkSheetName(state, name, sheet.id);
    });
  }

  get visibility(): SheetVisibilityState { return this.loaded('visibility'); }
  set visibility(value: SheetVisibilityState) {
    this.write('visibility', value, (state) => {
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
  set position(value: number) {
    this.write('position', value, (state) => {
      const sheet = this.sheetRef.get(state);
      if (!Number.isInteger(value) || value < 0 || value >= state.sheets.length) {
        fail(FakeErrorCode.invalidArgument, `Position ${value} is outside 0…${state.sheets.length - 1}.`);
      }
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      state.sheets.splice(value, 0, sheet);
    });
  }

  get tabColor(): string { return this.loaded('tabColor'); }
  set tabColor(value: string) {
    this.write('tabColor', value, (state) => {
      this.sheetRef.get(state).tabColor = value === '' ? '' : checkColor(value);
    }, '1.7');
  }

  activate(): void {
    this.call('activate', undefined, (state) => {
      const sheet = this.sheetRef.get(state);
      if (sheet.visibility !== 'Visible') fail(FakeErrorCode.invalidOperation, `Sheet ${sheet.name} is hidden and cannot be activated.`);
      state.activeSheetId = sheet.id;
    });
  }

  delete(): void {
    this.call('delete', undefined, (state) => {
      const sheet = this.sheetRef.get(state);
      if (sheet.visibility === 'Visible' && visibleSheets(state).length === 1) {
        fail(FakeErrorCode.invalidOperation, 'The only visible sheet of a workbook cannot be deleted.');
      }
      moveActiveAwayFrom(state, sheet);
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
    });
  }

  getRange(address?: string): FakeRange {
    const area: Area = address === undefined ? { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLUMNS - 1 } : parseArea(address);
    return new FakeRange(this.queue, `${this.objectPath}.getRange(${address ?? ''})`, this.sheetRef, () => area);
  }

  /** ExcelApi 1.9; the address is checked when the request runs (range-areas.ts). */
  getRanges(address?: string): FakeRangeAreas {
    return new FakeRangeAreas(this.queue, `${this.objectPath}.getRanges(${address ?? ''})`, this.sheetRef, address);
  }

  getRangeByIndexes(row: number, column: number, rowCount: number, columnCount: number): FakeRange {
    if (rowCount < 1 || columnCount < 1) fail(FakeErrorCode.invalidArgument, 'A range has at least one row and one column.');
    const area = { top: row, left: column, bottom: row + rowCount - 1, right: column + columnCount - 1 };
    return new FakeRange(this.queue, `${this.objectPath}.getRangeByIndexes(${row},${column},${rowCount},${columnCount})`, this.sheetRef, () => area);
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.queue, `${this.objectPath}.getUsedRangeOrNullObject(${valuesOnly})`, this.sheetRef, (_, sheet) =>
      usedArea(sheet, valuesOnly),
    );
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.queue, `${this.objectPath}.getUsedRange(${valuesOnly})`, this.sheetRef, (_, sheet) =>
      usedArea(sheet, valuesOnly) ?? { top: 0, left: 0, bottom: 0, right: 0 },
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
    case 'tabColor': return sheet.tabColor;
    default: return fail(FakeErrorCode.invalidArgument, `The fake Excel cannot load Worksheet.${name}.`);
  }
}
