/// <reference lib="webworker" />
import { WorkbookProtected } from '../adapters/office/write-errors';
import { isPackageError } from '../adapters/xlsx-package/package-error';
import { fileSession, type FileSession } from './file-session';
import type { SessionAnswer, SessionFailure, SessionRequest } from './session-messages';

/**
 * The workbook worker of the plain web page: the whole of the pane's work on the file (inflate,
 * scan, the rules of a compute, Preview and roll-up, the write) runs here, off the page's thread,
 * so the page keeps answering however large the workbook. Only what the pane shows goes back
 * (compute-run.ts: the shown report).
 */
const scope = self as unknown as DedicatedWorkerGlobalScope;
let session: FileSession | undefined;
/** The replace questions waiting for the page's answer, by the id of their compute. */
const questions = new Map<number, (replace: boolean) => void>();

const post = (message: SessionAnswer, transfer: Transferable[] = []): void => scope.postMessage(message, transfer);

function opened(): FileSession {
  if (!session) throw new Error('no workbook is open');
  return session;
}

function failure(error: unknown): SessionFailure {
  if (isPackageError(error)) return { problem: error.problem, detail: error.detail, message: error.message };
  if (error instanceof WorkbookProtected) return { protected: true, message: error.message };
  return { message: error instanceof Error ? error.message : String(error) };
}

async function work(request: Exclude<SessionRequest, { kind: 'replace' }>): Promise<unknown> {
  switch (request.kind) {
    case 'open': {
      const next = session ?? fileSession(request.lang);
      const kind = await next.open(request.bytes, request.name);
      session = next;
      return kind;
    }
    case 'startEmpty':
      session ??= fileSession(request.lang);
      return session.startEmpty(request.name);
    case 'inspect':
      return opened().inspect(request.month);
    case 'compute':
      return opened().compute(request.month, request.mode, {
        onStep: (step) => post({ id: request.id, kind: 'step', step }),
        confirmReplace: (tabs, report) =>
          new Promise<boolean>((resolve) => {
            questions.set(request.id, resolve);
            post({ id: request.id, kind: 'confirm', tabs, report });
          }),
      });
    case 'rollup':
      return opened().rollup(request.period);
    case 'addTemplates':
      return opened().addTemplates(request.lang, request.timeClockMonth);
    case 'bytes':
      return (await opened().bytes()).slice();
  }
}

scope.onmessage = (event: MessageEvent<SessionRequest>) => {
  const request = event.data;
  if (request.kind === 'replace') {
    questions.get(request.id)?.(request.replace);
    questions.delete(request.id);
    return;
  }
  work(request).then(
    (value) => post({ id: request.id, kind: 'done', value }, value instanceof Uint8Array ? [value.buffer] : []),
    (error: unknown) => post({ id: request.id, kind: 'failed', ...failure(error) }),
  );
};
