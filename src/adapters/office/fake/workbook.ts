import { FakeClientObject, FakeQueue } from './client-object';
import type { FakeExcelEngine } from './engine';
import { fail, FakeErrorCode } from './errors';
import { SheetRef } from './sheet-ref';
import { checkSheetName } from './sheet-names';
import { emptySheet, newSheetId, type WorkbookState } from './state';
import { FakeWorksheet, sheetProperty } from './worksheet';

const ITEM_PROPERTIES = ['id', 'name', 'position', 'visibility', 'tabColor'];

/** `Excel.WorksheetCollection`. */
export class FakeWorksheetCollection extends FakeClientObject {
  constructor(queue: FakeQueue, path: string) {
    super(queue, path);
  }

  get items(): FakeWorksheet[] { return this.loaded('items'); }

  /** Adds a sheet at the end of the tabs; Excel does not activate it. */
  add(name?: string): FakeWorksheet {
    const ref = SheetRef.pending(`new sheet ${name ?? ''}`);
    this.call('add', [name ?? null], (state) => {
      const id = newSheetId(state);
      const sheetName = name === undefined ? defaultSheetName(state) : checkSheetName(state, name);
      state.sheets.push(emptySheet(id, sheetName));
      ref.bind(id);
      state.activeSheetId ??= id;
    });
    return new FakeWorksheet(this.queue, `${this.objectPath}.add(${JSON.stringify(name ?? null)})`, ref);
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.queue, `${this.objectPath}.getItem(${JSON.stringify(key)})`, SheetRef.byKey(key));
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.queue, `${this.objectPath}.getItemOrNullObject(${JSON.stringify(key)})`, SheetRef.byKey(key), true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.queue, `${this.objectPath}.getActiveWorksheet()`, SheetRef.active());
  }

  protected scalarProperties(): readonly string[] {
    return ['items'];
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
      const proxy = new FakeWorksheet(this.queue, `${this.objectPath}.getItem(${JSON.stringify(entry.id)})`, SheetRef.byId(entry.id));
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

/** `Excel.Application`: only the suspensions the adapter uses. */
export class FakeApplication {
  constructor(private readonly queue: FakeQueue) {}

  suspendApiCalculationUntilNextSync(): void {
    this.queue.enqueue({ path: 'application.suspendApiCalculationUntilNextSync()', requires: '1.6', apply: () => undefined });
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.queue.enqueue({ path: 'application.suspendScreenUpdatingUntilNextSync()', requires: '1.9', apply: () => undefined });
  }
}

/**
 * `Excel.Workbook`. `use1904DateSystem` exists only when the simulated Office.js knows it, as
 * the property is missing from the production library's older builds.
 */
export class FakeWorkbook extends FakeClientObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly application: FakeApplication;

  constructor(queue: FakeQueue, private readonly knows1904: boolean) {
    super(queue, 'workbook');
    this.worksheets = new FakeWorksheetCollection(queue, 'worksheets');
    this.application = new FakeApplication(queue);
    if (knows1904) {
      Object.defineProperty(this, 'use1904DateSystem', { enumerable: true, get: () => this.loaded<boolean>('use1904DateSystem') });
    }
  }

  protected scalarProperties(): readonly string[] {
    return this.knows1904 ? ['use1904DateSystem'] : [];
  }

  protected read(state: WorkbookState, names: readonly string[]): Map<string, unknown> {
    return new Map(
      names.map((name) => {
        if (name === 'use1904DateSystem' && this.knows1904) return [name, state.date1904];
        return fail(FakeErrorCode.invalidArgument, `The property '${name}' is not available on Workbook.`);
      }),
    );
  }
}

/** `Excel.RequestContext`. */
export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  private readonly queue: FakeQueue;

  constructor(engine: FakeExcelEngine, knows1904: boolean) {
    this.queue = new FakeQueue(engine);
    this.workbook = new FakeWorkbook(this.queue, knows1904);
  }

  get pendingOperations(): number {
    return this.queue.pending;
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    await this.queue.send();
    return passThroughValue;
  }
}
