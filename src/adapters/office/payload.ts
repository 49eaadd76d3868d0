/**
 * Request sizes. Excel on the web refuses a request over 5 MB; each batch is kept under 4 MB
 * of estimated payload, which leaves room for Office.js's own framing of every operation.
 */
export const REQUEST_BUDGET_BYTES = 4 * 1024 * 1024;

/**
 * What a queued operation adds to the request besides its arguments (the object path with its
 * range address, the property or method). The in-memory Excel measures up to some 130 bytes;
 * real Office.js frames operations more verbosely and cannot be measured here, so the estimate
 * keeps a wide margin: a few more requests for a very large team, never a refused one.
 */
export const OPERATION_OVERHEAD_BYTES = 300;

/** Largest single values or formats write; larger blocks of rows are split. */
export const MAX_OPERATION_BYTES = 512 * 1024;

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

/** Estimated request bytes of `operations` calls carrying `payload` as arguments. */
export function estimateBytes(payload: unknown, operations: number): number {
  return utf8Length(JSON.stringify(payload) ?? '') + operations * OPERATION_OVERHEAD_BYTES;
}

/** A piece of the write: the operations it queues, and their estimated size. */
export interface WriteStep {
  readonly bytes: number;
  readonly queue: () => void;
  /** Whether the step enters formulas (the links), which calculation must not be suspended for. */
  readonly formulas?: boolean;
}

/**
 * Groups steps, in order, into batches that each stay within the budget; a batch closes only
 * when the next step would not fit. A step larger than the budget travels alone.
 */
export function packSteps<T extends { readonly bytes: number }>(steps: readonly T[], budget = REQUEST_BUDGET_BYTES): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const step of steps) {
    if (current.length > 0 && size + step.bytes > budget) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(step);
    size += step.bytes;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
