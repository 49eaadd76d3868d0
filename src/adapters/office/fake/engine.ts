import { FakeErrorCode, FakeOfficeError } from './errors';
import { type Access, type ApiMember, compareVersions } from './requirement-sets';
import type { WorkbookState } from './state';

/** What a load hands to its proxy, once the whole batch has succeeded. */
export interface Delivery {
  readonly bytes: number;
  readonly deliver: () => void;
}

/** One queued call or property write, as it travels in a request. */
export interface QueuedOperation {
  readonly path: string;
  readonly args?: unknown;
  /**
   * The ExcelApi version the operation needs: its member's set (from the typings) and every set
   * on the path to the object it acts on, whichever is newest.
   */
  readonly requires: string;
  /** The member the operation uses, when it is one (loads name theirs through `requires`). */
  readonly member?: ApiMember;
  readonly apply: (state: WorkbookState) => Delivery | void;
}

export interface SyncRecord {
  readonly index: number;
  /** UTF-8 bytes of the request: every queued operation with its arguments, as JSON. */
  readonly requestBytes: number;
  responseBytes: number;
  readonly operations: number;
  readonly suspendedCalculation: boolean;
  readonly suspendedScreenUpdating: boolean;
  failed?: string;
}

interface InjectedFailure {
  readonly atSync: number;
  readonly afterOperations: number;
  readonly code: string;
}

interface OperationFailure {
  readonly matches: (path: string) => boolean;
  readonly code: string;
}

export interface EngineLimits {
  /** Highest ExcelApi requirement set the simulated host supports, e.g. "1.9". */
  readonly apiVersion: string;
  readonly requestLimitBytes: number;
  readonly responseLimitBytes: number;
}

/** Excel on the web rejects requests and responses above 5 MB. */
export const WEB_PAYLOAD_LIMIT = 5 * 1024 * 1024;

export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code < 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

export { compareVersions };

/**
 * Runs batches against the workbook state the way Excel does: a request is sized first (and
 * refused whole when too big), then its operations run in order; the first that fails stops
 * the batch, leaving the ones before it applied. Loads deliver only when the batch succeeds.
 */
export class FakeExcelEngine {
  readonly syncs: SyncRecord[] = [];
  /** Every member used through the fake, with how: the list of what the add-in calls. */
  readonly membersUsed = new Map<ApiMember, Set<Access>>();
  private failures: InjectedFailure[] = [];
  private operationFailures: OperationFailure[] = [];

  constructor(
    readonly state: WorkbookState,
    readonly limits: EngineLimits,
  ) {}

  recordUse(member: ApiMember, access: Access): void {
    let uses = this.membersUsed.get(member);
    if (!uses) this.membersUsed.set(member, (uses = new Set()));
    uses.add(access);
  }

  supports(version: string): boolean {
    return compareVersions(this.limits.apiVersion, version) >= 0;
  }

  /** Makes the `n`th sync from now (1: the next one) fail after `afterOperations` of its operations. */
  failOnSync(n: number, options: { readonly afterOperations?: number; readonly code?: string } = {}): void {
    this.failures.push({
      atSync: this.syncs.length + n,
      afterOperations: options.afterOperations ?? 0,
      code: options.code ?? FakeErrorCode.generalException,
    });
  }

  /** Makes the next operation whose path matches fail (once). */
  failOnOperation(match: string | RegExp, code: string = FakeErrorCode.generalException): void {
    const matches = (path: string) => (typeof match === 'string' ? path.includes(match) : match.test(path));
    this.operationFailures.push({ matches, code });
  }

  async execute(operations: readonly QueuedOperation[]): Promise<void> {
    const request = JSON.stringify(operations.map((op) => (op.args === undefined ? { p: op.path } : { p: op.path, a: op.args })));
    const record: SyncRecord = {
      index: this.syncs.length + 1,
      requestBytes: utf8Length(request),
      responseBytes: 0,
      operations: operations.length,
      suspendedCalculation: operations.some((op) => op.path.endsWith('suspendApiCalculationUntilNextSync()')),
      suspendedScreenUpdating: operations.some((op) => op.path.endsWith('suspendScreenUpdatingUntilNextSync()')),
    };
    this.syncs.push(record);
    await Promise.resolve();
    try {
      if (record.requestBytes > this.limits.requestLimitBytes) {
        throw new FakeOfficeError(
          'RequestPayloadSizeLimitExceeded',
          `The request payload size (${record.requestBytes} bytes) has exceeded the limit.`,
        );
      }
      const deliveries = this.run(record.index, operations);
      record.responseBytes = deliveries.reduce((sum, delivery) => sum + delivery.bytes, 0);
      if (record.responseBytes > this.limits.responseLimitBytes) {
        throw new FakeOfficeError(
          FakeErrorCode.responsePayloadSizeLimitExceeded,
          `The response payload size (${record.responseBytes} bytes) has exceeded the limit.`,
        );
      }
      for (const delivery of deliveries) delivery.deliver();
    } catch (error) {
      record.failed = error instanceof FakeOfficeError ? error.code : FakeErrorCode.generalException;
      throw error;
    }
  }

  private run(syncIndex: number, operations: readonly QueuedOperation[]): Delivery[] {
    const injected = this.failures.find((failure) => failure.atSync === syncIndex);
    this.failures = this.failures.filter((failure) => failure !== injected);
    const deliveries: Delivery[] = [];
    this.state.calculationSuspended = operations.some((op) => op.member === 'Application.suspendApiCalculationUntilNextSync');
    try {
      this.runOperations(syncIndex, operations, injected, deliveries);
    } finally {
      this.state.calculationSuspended = false;
    }
    if (injected) throw new FakeOfficeError(injected.code, `Injected failure in sync ${syncIndex}.`, 'end of batch');
    return deliveries;
  }

  private runOperations(syncIndex: number, operations: readonly QueuedOperation[], injected: InjectedFailure | undefined, deliveries: Delivery[]): void {
    operations.forEach((op, position) => {
      if (injected && position === injected.afterOperations) {
        throw new FakeOfficeError(injected.code, `Injected failure in sync ${syncIndex}.`, op.path);
      }
      const operationFailure = this.operationFailures.find((failure) => failure.matches(op.path));
      if (operationFailure) {
        this.operationFailures = this.operationFailures.filter((failure) => failure !== operationFailure);
        throw new FakeOfficeError(operationFailure.code, `Injected failure at ${op.path}.`, op.path);
      }
      // A host runs only the requirement sets it supports; Office.js lists `ApiNotFound` ("The
      // requested API isn't available") among Excel's error codes (Excel.ErrorCodes).
      if (!this.supports(op.requires)) {
        throw new FakeOfficeError(FakeErrorCode.apiNotFound, `${op.path} needs ExcelApi ${op.requires}; this host has ${this.limits.apiVersion}.`, op.path);
      }
      try {
        const delivery = op.apply(this.state);
        if (delivery) deliveries.push(delivery);
      } catch (error) {
        if (error instanceof FakeOfficeError) throw new FakeOfficeError(error.code, error.message, op.path);
        throw new FakeOfficeError(FakeErrorCode.generalException, String(error), op.path);
      }
    });
  }
}
