/// <reference lib="webworker" />
import { isPackageError } from '../adapters/xlsx-package/package-error';
import { packageSession } from './package-session';
import type { SessionAnswer, SessionRequest } from './session-messages';

/**
 * The workbook worker of the plain web page: it inflates, scans and writes the package off the
 * page's thread, so the page keeps answering while a large workbook is read or written.
 */
const session = packageSession();
const scope = self as unknown as DedicatedWorkerGlobalScope;

async function answer(request: SessionRequest): Promise<SessionAnswer> {
  try {
    switch (request.kind) {
      case 'open':
        return { id: request.id, ok: true, value: await session.open(request.bytes) };
      case 'startEmpty':
        return { id: request.id, ok: true, value: await session.startEmpty() };
      case 'grids':
        return { id: request.id, ok: true, value: await session.grids() };
      case 'write':
        await session.write(request.plan);
        return { id: request.id, ok: true, value: undefined };
      case 'bytes':
        return { id: request.id, ok: true, value: (await session.bytes()).slice() };
    }
  } catch (error) {
    if (isPackageError(error)) return { id: request.id, ok: false, problem: error.problem, detail: error.detail, message: error.message };
    return { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

scope.onmessage = (event: MessageEvent<SessionRequest>) => {
  void answer(event.data).then((reply) => {
    const value = reply.ok ? reply.value : undefined;
    scope.postMessage(reply, value instanceof Uint8Array ? [value.buffer] : []);
  });
};
