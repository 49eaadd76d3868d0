import { FakeErrorCode, FakeOfficeError } from './errors';
import { type FakeExcelEngine, type QueuedOperation, utf8Length } from './engine';
import type { WorkbookState } from './state';

/** A request context: the queue of one batch, sent by `sync`. */
export class FakeQueue {
  private operations: QueuedOperation[] = [];

  constructor(readonly engine: FakeExcelEngine) {}

  enqueue(operation: QueuedOperation): void {
    this.operations.push(operation);
  }

  get pending(): number {
    return this.operations.length;
  }

  async send(): Promise<void> {
    const batch = this.operations;
    this.operations = [];
    await this.engine.execute(batch);
  }
}

type LoadOption = string | readonly string[] | { readonly select?: string | readonly string[] } | undefined;

function loadNames(option: LoadOption, defaults: readonly string[]): string[] {
  const text = typeof option === 'string' || Array.isArray(option) ? option : (option as { select?: string | string[] })?.select;
  if (text === undefined) return [...defaults];
  const list = Array.isArray(text) ? text : String(text).split(',');
  return list.map((name) => name.trim()).filter((name) => name !== '');
}

/**
 * What every proxy shares: `load` queues a read answered at `sync`; reading a property that was
 * neither loaded nor set throws PropertyNotLoaded, as Office.js does; writes queue operations.
 */
export abstract class FakeClientObject {
  private readonly known = new Map<string, unknown>();

  protected constructor(
    protected readonly queue: FakeQueue,
    readonly objectPath: string,
  ) {}

  get isNullObject(): boolean {
    return this.loaded<boolean>('isNullObject');
  }

  load(option?: LoadOption): this {
    const names = loadNames(option, this.scalarProperties());
    this.queue.enqueue({
      path: `${this.objectPath}.load`,
      args: names,
      apply: (state) => {
        const values = this.read(state, names);
        return {
          bytes: utf8Length(JSON.stringify([...values])),
          deliver: () => values.forEach((value, name) => this.deliver(name, value)),
        };
      },
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.known);
  }

  protected deliver(name: string, value: unknown): void {
    this.known.set(name, value);
  }

  protected loaded<T>(name: string): T {
    if (!this.known.has(name)) {
      throw new FakeOfficeError(
        FakeErrorCode.propertyNotLoaded,
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
      );
    }
    return this.known.get(name) as T;
  }

  /** A property write: known locally at once, applied to the workbook at sync. */
  protected write(name: string, value: unknown, apply: (state: WorkbookState) => void, requires?: string): void {
    this.known.set(name, value);
    this.queue.enqueue({ path: `${this.objectPath}.${name}`, args: value, requires, apply });
  }

  protected call(method: string, args: unknown, apply: (state: WorkbookState) => void, requires?: string): void {
    this.queue.enqueue({ path: `${this.objectPath}.${method}()`, args, requires, apply });
  }

  /** The loaded properties' values as the workbook holds them now. */
  protected abstract read(state: WorkbookState, names: readonly string[]): Map<string, unknown>;

  /** What `load()` without arguments loads. */
  protected abstract scalarProperties(): readonly string[];
}
