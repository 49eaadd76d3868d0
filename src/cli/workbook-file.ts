import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { chmod, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { FileError } from './file-error';

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** Reads a workbook file without ever opening it for writing. */
export async function readWorkbookBytes(path: string): Promise<Uint8Array> {
  try {
    const bytes = await readFile(path);
    return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    throw new FileError(errorCode(error) === 'ENOENT' ? 'notFound' : 'unreadable', path, error);
  }
}

/**
 * The steps of writing a file in place, replaceable so that tests can fail any one of them:
 * create the new file beside the old, write, flush to disk, close, take the old file's
 * permissions, rename over it.
 */
export interface WriteSteps {
  readonly create: (path: string) => Promise<FileHandle>;
  readonly write: (handle: FileHandle, runs: readonly Uint8Array[]) => Promise<void>;
  readonly flush: (handle: FileHandle) => Promise<void>;
  readonly close: (handle: FileHandle) => Promise<void>;
  readonly copyMode: (from: string, to: string) => Promise<void>;
  readonly rename: (from: string, to: string) => Promise<void>;
}

export const writeSteps: WriteSteps = {
  // `wx`: never reuse an existing file, so a stray name clash cannot clobber anything.
  create: (path) => open(path, 'wx', 0o666),
  write: async (handle, runs) => {
    for (let at = 0; at < runs.length; at += 512) {
      const batch = runs.slice(at, at + 512);
      const { bytesWritten } = await handle.writev(batch as Uint8Array[]);
      const wanted = batch.reduce((sum, run) => sum + run.length, 0);
      if (bytesWritten !== wanted) throw Object.assign(new Error('short write'), { code: 'EIO' });
    }
  },
  flush: (handle) => handle.sync(),
  close: (handle) => handle.close(),
  copyMode: async (from, to) => {
    const existing = await stat(from).catch(() => undefined);
    if (existing) await chmod(to, existing.mode & 0o7777);
  },
  rename: (from, to) => rename(from, to),
};

function writeProblem(error: unknown): 'unwritable' | 'diskFull' | 'writeFailed' {
  const code = errorCode(error);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') return 'diskFull';
  if (code && ['EACCES', 'EPERM', 'EROFS', 'ENOENT', 'ENOTDIR', 'EISDIR', 'EBUSY', 'ETXTBSY', 'EEXIST'].includes(code)) return 'unwritable';
  return 'writeFailed';
}

/**
 * Writes a complete new file so that `target` is either all of it or exactly what it was: the
 * bytes go to a temporary file in the same folder, are flushed to disk, and the file is then
 * renamed over the target in one step, keeping the target's permissions. On any failure the
 * temporary file is removed and the target is untouched. Only the disk's and the system's
 * failures come here: the bytes were made before anything was touched.
 */
export async function writeWorkbookFile(target: string, runs: readonly Uint8Array[], steps: WriteSteps = writeSteps): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  try {
    handle = await steps.create(temporary);
    await steps.write(handle, runs);
    await steps.flush(handle);
    const closing = handle;
    handle = undefined;
    await steps.close(closing);
    await steps.copyMode(target, temporary);
    await steps.rename(temporary, target);
  } catch (error) {
    if (handle) await handle.close().catch(() => undefined);
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new FileError(writeProblem(error), target, error);
  }
}
