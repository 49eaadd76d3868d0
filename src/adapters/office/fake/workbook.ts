import { FakeClientObject, FakeProxy, FakeQueue, unknownMember } from './client-object';
import type { FakeExcelEngine } from './engine';
import { fail, FakeErrorCode } from './errors';
import { dateSerial } from './date-function';
import { isApiMember, type ApiMember } from './requirement-sets';
import { SheetRef } from './sheet-ref';
import { checkSheetName, checkStructureUnprotected } from './sheet-names';
import { emptySheet, newSheetId, type WorkbookState } from './state';
import { FakeWorksheet, sheetProperty } from './worksheet';

const ITEM_PROPERTIES = ['id', 'name', 'position', 'visibility', 'tabColor'];

/** `Excel.WorksheetCollection`. */
export class FakeWorksheetCollection extends FakeClientObject {
  protected readonly typeName = 'WorksheetCollection';

  constructor(queue: FakeQueue, path: string, via: string) {
    super(queue, path, via);
  }

  get items(): FakeWorksheet[] { return this.loaded('items'); }

  /**
   * "Adds a new worksheet to the workbook. The worksheet will be added at the end of existing
   * worksheets. If you wish to activate the newly added worksheet, call `.activate()` on it"
   * (JSDoc): the new sheet is not activated. Refused under structure protection.
   */
  add(name?: string): FakeWorksheet {
    const ref = SheetRef.pending(`new sheet ${name ?? ''}`);
    this.call('WorksheetCollection.add', [name ?? null], (state) => {
      checkStructureUnprotected(state, 'add a sheet');
      const id = newSheetId(state);
      const sheetName = name === undefined ? defaultSheetName(state) : checkSheetName(state, name);
      state.sheets.push(emptySheet(id, sheetName));
      ref.bind(id);
      state.activeSheetId ??= id;
    });
    return new FakeWorksheet(this.queue, `${this.objectPath}.add(${JSON.stringify(name ?? null)})`, ref, false, this.via);
  }

  getItem(key: string): FakeWorksheet {
    const via = this.reach('WorksheetCollection.getItem', 'call');
    return new FakeWorksheet(this.queue, `${this.objectPath}.getItem(${JSON.stringify(key)})`, SheetRef.byKey(key), false, via);
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    const via = this.reach('WorksheetCollection.getItemOrNullObject', 'call');
    return new FakeWorksheet(this.queue, `${this.objectPath}.getItemOrNullObject(${JSON.stringify(key)})`, SheetRef.byKey(key), true, via);
  }

  getActiveWorksheet(): FakeWorksheet {
    const via = this.reach('WorksheetCollection.getActiveWorksheet', 'call');
    return new FakeWorksheet(this.queue, `${this.objectPath}.getActiveWorksheet()`, SheetRef.active(), false, via);
  }

  protected scalarProperties(): readonly string[] {
    return ['items'];
  }

  /** `items` loads the collection; `items/name` also loads `Worksheet.name` of every item. */
  protected override loadedMembers(name: string): ApiMember[] {
    if (name === 'items') return ['WorksheetCollection.items', ...ITEM_PROPERTIES.map((property) => `Worksheet.${property}` as ApiMember)];
    const property = name.startsWith('items/') ? `Worksheet.${name.slice('items/'.length)}` : `WorksheetCollection.${name}`;
    return isApiMember(property) ? ['WorksheetCollection.items', property] : unknownMember(property);
  }

  protected read(state: WorkbookState, names: readonly string[]): Map<string, unknown> {
    const wanted = names.flatMap((name) => {
      if (name === 'items') return ITEM_PROPERTIES;
      if (name.startsWith('items/')) return [name.slice('items/'.length)];
      return fail(FakeErrorCode.invalidArgument, `The fake Excel cannot load WorksheetCollection.${name}.`);
    });
    const items = state.sheets.map((sheet) => ({
      id: sheet.id,
      values: wanted.map((name) => [name, sheetProperty(state, sheet, name)] as const),
    }));
    return new Map<string, unknown>([['items', items]]);
  }

  protected override deliver(name: string, value: unknown): void {
    if (name !== 'items') return super.deliver(name, value);
    const entries = value as { id: string; values: (readonly [string, unknown])[] }[];
    const proxies = entries.map((entry) => {
      const proxy = new FakeWorksheet(this.queue, `${this.objectPath}.getItem(${JSON.stringify(entry.id)})`, SheetRef.byId(entry.id), false, this.via);
      for (const [property, loaded] of entry.values) proxy.receive(property, loaded);
      return proxy;
    });
    super.deliver('items', proxies);
  }
}

function defaultSheetName(state: WorkbookState): string {
  for (let n = 1; ; n++) {
    const name = `Sheet${n}`;
    if (!state.sheets.some((sheet) => sheet.name.toLowerCase() === name.toLowerCase())) return name;
  }
}

const CALCULATION_TYPES = ['Recalculate', 'Full', 'FullRebuild'];

/** `Excel.Application`: the suspensions and the recalculation. */
export class FakeApplication extends FakeProxy {
  constructor(queue: FakeQueue, via: string) {
    super(queue, 'application', via);
  }

  /**
   * "Suspends calculation until the next `context.sync()` is called. Once set, it is the
   * developer's responsibility to re-calc the workbook, to ensure that any dependencies are
   * propagated" (JSDoc). So formulas entered in a request that suspends calculation stay
   * uncalculated (`CellState.uncalculated`) until `calculate` runs; nothing recalculates them at
   * the next request. The whole request counts as suspended, wherever in it the call is queued:
   * the documentation does not say otherwise, and the adapter queues it first.
   */
  suspendApiCalculationUntilNextSync(): void {
    this.enqueueCall('Application.suspendApiCalculationUntilNextSync', undefined, () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.enqueueCall('Application.suspendScreenUpdatingUntilNextSync', undefined, () => undefined);
  }

  /** "Recalculate all currently opened workbooks in Excel" (JSDoc): every formula left uncalculated is calculated. */
  calculate(calculationType: string): void {
    this.enqueueCall('Application.calculate', [calculationType], (state) => {
      if (!CALCULATION_TYPES.includes(calculationType)) fail(FakeErrorCode.invalidArgument, `"${calculationType}" is not a calculation type.`);
      for (const sheet of state.sheets) for (const cell of sheet.cells.values()) delete cell.uncalculated;
    });
  }
}

/** `Excel.FunctionResult`: a worksheet function's value or error, evaluated when loaded. */
export class FakeFunctionResult extends FakeClientObject {
  protected readonly typeName = 'FunctionResult';

  constructor(queue: FakeQueue, path: string, via: string, private readonly evaluate: (state: WorkbookState) => { value: number | null; error: string }) {
    super(queue, path, via);
  }

  get value(): number | null { return this.loaded('value'); }
  get error(): string { return this.loaded('error'); }

  protected scalarProperties(): readonly string[] {
    return ['value', 'error'];
  }

  protected read(state: WorkbookState, names: readonly string[]): Map<string, unknown> {
    const result = this.evaluate(state);
    return new Map(names.map((name) => [name, name === 'value' ? result.value : result.error]));
  }
}

/** `Excel.Functions`: only DATE, which the add-in asks to learn the workbook's date system. */
export class FakeFunctions extends FakeProxy {
  constructor(queue: FakeQueue, via: string) {
    super(queue, 'functions', via);
  }

  /**
   * "Returns the number that represents the date in Microsoft Excel date-time code", its year "a
   * number from 1900 or 1904 (depending on the workbook's date system) to 9999" (JSDoc): evaluated
   * in the workbook's date system (date-function.ts).
   */
  date(year: number, month: number, day: number): FakeFunctionResult {
    const via = this.reach('Functions.date', 'call');
    return new FakeFunctionResult(this.queue, `${this.objectPath}.date(${year},${month},${day})`, via, (state) => dateSerial(year, month, day, state.date1904));
  }
}

/** `Excel.WorkbookProtection`. */
export class FakeWorkbookProtection extends FakeClientObject {
  protected readonly typeName = 'WorkbookProtection';

  constructor(queue: FakeQueue, via: string) {
    super(queue, 'protection', via);
  }

  /** "Specifies if the workbook is protected" (JSDoc). */
  get protected(): boolean { return this.loaded('protected'); }

  protected scalarProperties(): readonly string[] {
    return ['protected'];
  }

  protected read(state: WorkbookState, names: readonly string[]): Map<string, unknown> {
    return new Map(names.map((name) => [name, state.structureProtected]));
  }
}

/** `Excel.Workbook`: its navigation properties, each reached through its own member. */
export class FakeWorkbook extends FakeProxy {
  private parts: { worksheets?: FakeWorksheetCollection; application?: FakeApplication; functions?: FakeFunctions; protection?: FakeWorkbookProtection } = {};

  constructor(queue: FakeQueue) {
    super(queue, 'workbook');
  }

  get worksheets(): FakeWorksheetCollection {
    return (this.parts.worksheets ??= new FakeWorksheetCollection(this.queue, 'worksheets', this.reach('Workbook.worksheets')));
  }

  get application(): FakeApplication {
    return (this.parts.application ??= new FakeApplication(this.queue, this.reach('Workbook.application')));
  }

  get functions(): FakeFunctions {
    return (this.parts.functions ??= new FakeFunctions(this.queue, this.reach('Workbook.functions')));
  }

  get protection(): FakeWorkbookProtection {
    return (this.parts.protection ??= new FakeWorkbookProtection(this.queue, this.reach('Workbook.protection')));
  }
}

/** `Excel.RequestContext`. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private readonly queue: FakeQueue;

  constructor(engine: FakeExcelEngine) {
    this.queue = new FakeQueue(engine);
    this.workbook = new FakeWorkbook(this.queue);
  }

  get pendingOperations(): number {
    return this.queue.pending;
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    await this.queue.send();
    return passThroughValue;
  }
}
