import { FakeErrorCode, FakeOfficeError } from './errors';
import { type FakeExcelEngine, type QueuedOperation, utf8Length } from './engine';
import { type Access, type ApiMember, isApiMember, newer, requiredVersion } from './requirement-sets';
import type { WorkbookState } from './state';

/** A request context: the queue of one batch, sent by `sync`. */
export class FakeQueue {
  private operations: QueuedOperation[] = [];

  constructor(readonly engine: FakeExcelEngine) {}

  enqueue(operation: QueuedOperation): void {
    this.operations.push(operation);
  }

  /** Records a use of a member, for the list of members the add-in calls. */
  use(member: ApiMember, access: Access): void {
    this.engine.recordUse(member, access);
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

/** The oldest set any proxy can be reached through: ExcelApi 1.1, where the object model starts. */
export const ROOT_SET = '1.1';

/** The property or method name of `Type.member`. */
export function memberName(member: ApiMember): string {
  return member.slice(member.indexOf('.') + 1);
}

/**
 * What every proxy shares: its queue, its object path, and the newest requirement set on the
 * way to it (`via`): an operation through a proxy needs its own member's set and every set the
 * path to the proxy needed (`sheet.getRanges(…).format.font.color` needs ExcelApi 1.9 although
 * `RangeFont.color` is 1.1). Each use is looked up in the table derived from the typings.
 */
export abstract class FakeProxy {
  protected constructor(
    protected readonly queue: FakeQueue,
    readonly objectPath: string,
    protected readonly via: string = ROOT_SET,
  ) {}

  /** The set a use of `member` through this proxy needs; the use is recorded. */
  protected need(member: ApiMember, access: Access): string {
    this.queue.use(member, access);
    return newer(this.via, requiredVersion(member, access));
  }

  /** The `via` of a proxy reached through `member` (a navigation property or a method). */
  protected reach(member: ApiMember, access: Access = 'read'): string {
    return this.need(member, access);
  }

  /** A property write, applied to the workbook at sync. */
  protected enqueueWrite(member: ApiMember, value: unknown, apply: (state: WorkbookState) => void): void {
    this.queue.enqueue({ path: `${this.objectPath}.${memberName(member)}`, args: value, requires: this.need(member, 'write'), member, apply });
  }

  /** A method call, applied to the workbook at sync. */
  protected enqueueCall(member: ApiMember, args: unknown, apply: (state: WorkbookState) => void): void {
    this.queue.enqueue({ path: `${this.objectPath}.${memberName(member)}()`, args, requires: this.need(member, 'call'), member, apply });
  }
}

type LoadOption = string | readonly string[] | { readonly select?: string | readonly string[] } | undefined;

function loadNames(option: LoadOption, defaults: readonly string[]): string[] {
  const text = typeof option === 'string' || Array.isArray(option) ? option : (option as { select?: string | string[] })?.select;
  if (text === undefined) return [...defaults];
  const list = Array.isArray(text) ? text : String(text).split(',');
  return list.map((name) => name.trim()).filter((name) => name !== '');
}

export function unknownMember(name: string): never {
  throw new FakeOfficeError(FakeErrorCode.invalidArgument, `The fake Excel does not implement ${name}.`);
}

/**
 * A proxy whose properties can be loaded: `load` queues a read answered at `sync`; reading a
 * property that was neither loaded nor set throws PropertyNotLoaded, as Office.js does.
 */
export abstract class FakeClientObject extends FakeProxy {
  private readonly known = new Map<string, unknown>();

  /** The typings' name of the object's type, e.g. `Worksheet`: members are `Worksheet.name`. */
  protected abstract readonly typeName: string;

  get isNullObject(): boolean {
    return this.loaded<boolean>('isNullObject');
  }

  /** The members a load of `name` reads; `items/name` of a collection reads two. */
  protected loadedMembers(name: string): ApiMember[] {
    const member = `${this.typeName}.${name}`;
    return isApiMember(member) ? [member] : unknownMember(member);
  }

  load(option?: LoadOption): this {
    const names = loadNames(option, this.scalarProperties());
    const requires = names.flatMap((name) => this.loadedMembers(name)).reduce((set, member) => newer(set, this.need(member, 'read')), this.via);
    this.queue.enqueue({
      path: `${this.objectPath}.load`,
      args: names,
      requires,
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
  protected write(member: ApiMember, value: unknown, apply: (state: WorkbookState) => void): void {
    this.known.set(memberName(member), value);
    this.enqueueWrite(member, value, apply);
  }

  protected call(member: ApiMember, args: unknown, apply: (state: WorkbookState) => void): void {
    this.enqueueCall(member, args, apply);
  }

  /** The loaded properties' values as the workbook holds them now. */
  protected abstract read(state: WorkbookState, names: readonly string[]): Map<string, unknown>;

  /** What `load()` without arguments loads. */
  protected abstract scalarProperties(): readonly string[];
}
