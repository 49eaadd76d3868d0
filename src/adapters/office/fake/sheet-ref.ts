import { fail, FakeErrorCode } from './errors';
import { findSheetById, findSheetByName, type SheetState, type WorkbookState } from './state';

/**
 * How a proxy finds its worksheet at sync time. Found once, it stays bound to that sheet's id
 * (so a rename later in the batch does not lose it), as Office.js objects do.
 */
export class SheetRef {
  private boundId?: string;

  private constructor(
    private readonly lookup: (state: WorkbookState) => SheetState | undefined,
    readonly label: string,
  ) {}

  /** `getItem(key)`: a name (ignoring case) or an id. */
  static byKey(key: string): SheetRef {
    return new SheetRef((state) => findSheetByName(state, key) ?? findSheetById(state, key), `'${key}'`);
  }

  static byId(id: string): SheetRef {
    return new SheetRef((state) => findSheetById(state, id), id);
  }

  static active(): SheetRef {
    return new SheetRef((state) => (state.activeSheetId ? findSheetById(state, state.activeSheetId) : undefined), 'active');
  }

  /** A sheet that `add` creates: bound when the add runs. */
  static pending(label: string): SheetRef {
    return new SheetRef(() => undefined, label);
  }

  bind(id: string): void {
    this.boundId = id;
  }

  find(state: WorkbookState): SheetState | undefined {
    if (this.boundId !== undefined) return findSheetById(state, this.boundId);
    const sheet = this.lookup(state);
    if (sheet) this.boundId = sheet.id;
    return sheet;
  }

  get(state: WorkbookState): SheetState {
    return this.find(state) ?? fail(FakeErrorCode.itemNotFound, `The worksheet ${this.label} does not exist.`);
  }
}
