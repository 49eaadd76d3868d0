import { PackageError } from '../adapters/xlsx-package/package-error';
import type { WorkbookKind } from '../adapters/xlsx-package/read/open-package';
import type { WorkbookGrids } from '../workbook/grid';
import type { PackageSession } from './package-session';
import type { SessionAnswer, SessionRequest } from './session-messages';

type Pending = { resolve: (value: SessionAnswer) => void };
type Request = SessionRequest extends infer Each ? (Each extends SessionRequest ? Omit<Each, 'id'> : never) : never;

/**
 * A package session run in a Web Worker (webpack bundles `workbook-worker.ts` as a chunk of its
 * own, loaded only in a plain browser). Requests are answered in order; the file's bytes travel
 * to the worker without a copy.
 */
export function workerSession(): PackageSession {
  const worker = new Worker(/* webpackChunkName: "workbook-worker" */ new URL('./workbook-worker.ts', import.meta.url));
  const pending = new Map<number, Pending>();
  let nextId = 1;
  worker.onmessage = (event: MessageEvent<SessionAnswer>) => {
    pending.get(event.data.id)?.resolve(event.data);
    pending.delete(event.data.id);
  };
  const ask = async (request: Request, transfer: Transferable[] = []): Promise<unknown> => {
    const id = nextId++;
    const reply = await new Promise<SessionAnswer>((resolve) => {
      pending.set(id, { resolve });
      worker.postMessage({ ...request, id }, transfer);
    });
    if (reply.ok) return reply.value;
    throw reply.problem ? new PackageError(reply.problem, reply.detail) : new Error(reply.message);
  };
  return {
    open: (bytes) => ask({ kind: 'open', bytes }, [bytes.buffer]) as Promise<WorkbookKind>,
    startEmpty: () => ask({ kind: 'startEmpty' }) as Promise<WorkbookKind>,
    grids: () => ask({ kind: 'grids' }) as Promise<WorkbookGrids>,
    write: async (plan) => {
      await ask({ kind: 'write', plan });
    },
    bytes: () => ask({ kind: 'bytes' }) as Promise<Uint8Array>,
  };
}
