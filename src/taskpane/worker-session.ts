import { WorkbookProtected } from '../adapters/office/write-errors';
import { PackageError } from '../adapters/xlsx-package/package-error';
import type { WorkbookKind } from '../adapters/xlsx-package/read/open-package';
import type { Lang } from '../i18n/lang';
import type { ComputeCallbacks, ComputeOutcome } from './compute-run';
import type { FileSession } from './file-session';
import type { PaneInspection } from './host';
import type { RollupOutcome } from './rollup-run';
import type { SessionAnswer, SessionFailure, SessionRequest } from './session-messages';

type Request = SessionRequest extends infer Each ? (Each extends SessionRequest ? Omit<Each, 'id'> : never) : never;

/** The error a failed request stands for, as the thread that threw it would have had it. */
function errorOf(failure: SessionFailure): Error {
  if (failure.problem) return new PackageError(failure.problem, failure.detail);
  if (failure.protected) return new WorkbookProtected();
  return new Error(failure.message);
}

/**
 * A file session run in a Web Worker (webpack bundles `workbook-worker.ts` as a chunk of its
 * own, loaded only in a plain browser): the page only asks and shows. A compute's steps come
 * back as they happen, and its replace question is put to `callbacks` here, on the page, and
 * answered before the worker writes anything. The file's bytes travel without a copy.
 */
export function workerSession(lang: Lang): FileSession {
  const worker = new Worker(/* webpackChunkName: "workbook-worker" */ new URL('./workbook-worker.ts', import.meta.url));
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void; callbacks?: ComputeCallbacks }>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<SessionAnswer>) => {
    const answer = event.data;
    const waiting = pending.get(answer.id);
    if (!waiting) return;
    switch (answer.kind) {
      case 'step':
        waiting.callbacks?.onStep(answer.step);
        return;
      case 'confirm':
        void waiting.callbacks
          ?.confirmReplace(answer.tabs, answer.report)
          .then((replace) => worker.postMessage({ id: answer.id, kind: 'replace', replace } satisfies SessionRequest));
        return;
      case 'done':
        pending.delete(answer.id);
        waiting.resolve(answer.value);
        return;
      case 'failed':
        pending.delete(answer.id);
        waiting.reject(errorOf(answer));
        return;
    }
  };
  // The worker itself failed (its script did not load, or it ran out of memory): nothing it was
  // asked will be answered, so every question still open fails now rather than wait for ever.
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault();
    const error = new Error(event.message || 'the workbook worker stopped');
    for (const waiting of pending.values()) waiting.reject(error);
    pending.clear();
  };
  const ask = (request: Request, transfer: Transferable[] = [], callbacks?: ComputeCallbacks): Promise<unknown> => {
    const id = nextId++;
    return new Promise((resolve, reject) => {
      pending.set(id, { resolve, reject, callbacks });
      worker.postMessage({ ...request, id }, transfer);
    });
  };
  return {
    open: (bytes, name) => ask({ kind: 'open', bytes, name, lang }, [bytes.buffer]) as Promise<WorkbookKind>,
    startEmpty: (name) => ask({ kind: 'startEmpty', name, lang }) as Promise<WorkbookKind>,
    inspect: (month) => ask({ kind: 'inspect', month }) as Promise<PaneInspection>,
    compute: (month, mode, callbacks) => ask({ kind: 'compute', month, mode }, [], callbacks) as Promise<ComputeOutcome>,
    rollup: (period) => ask({ kind: 'rollup', period }) as Promise<RollupOutcome>,
    addTemplates: async (templateLang, timeClockMonth) => {
      await ask({ kind: 'addTemplates', lang: templateLang, timeClockMonth });
    },
    bytes: () => ask({ kind: 'bytes' }) as Promise<Uint8Array>,
  };
}
