import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import { chmod, open, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { WorkbookGrids } from '../../workbook/grid';
import { FileError } from './file-error';
import { gridsFromExcelJs } from './read-grids';
import { xlsxBytes } from './xlsx-bytes';

/** The steps of a save, replaceable so that tests can make one fail part way. */
export interface SaveSteps {
  /** The workbook as .xlsx bytes, built in memory before any file is touched. */
  readonly serialise: (workbook: ExcelJS.Workbook) => Promise<Uint8Array>;
  /** Writes the bytes to a new file at `path` and flushes them to disk. */
  readonly writeNewFile: (path: string, bytes: Uint8Array) => Promise<void>;
}

async function serialise(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return xlsxBytes(workbook);
}

async function writeNewFile(path: string, bytes: Uint8Array): Promise<void> {
  // `wx`: never reuse an existing file, so a stray name clash cannot clobber anything.
  const handle = await open(path, 'wx');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export const defaultSaveSteps: SaveSteps = { serialise, writeNewFile };

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** Reads an .xlsx file without ever opening it for writing. */
export async function readWorkbookFile(path: string): Promise<ExcelJS.Workbook> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    throw new FileError(errorCode(error) === 'ENOENT' ? 'notFound' : 'unreadable', path, error);
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new FileError('notWorkbook', path, error);
  }
  return workbook;
}

/** Reads an .xlsx file and its sheets as grids of plain values, for the pipeline. */
export async function loadWorkbookFile(path: string): Promise<{ workbook: ExcelJS.Workbook; grids: WorkbookGrids }> {
  const workbook = await readWorkbookFile(path);
  return { workbook, grids: gridsFromExcelJs(workbook) };
}

/**
 * Saves a workbook so that `target` is either the complete new file or exactly what it was:
 * the bytes go to a temporary file beside it (same directory, so the same filesystem), which
 * is then renamed over the target in one atomic step. On any failure the temporary file is
 * removed and the target is untouched.
 */
export async function saveWorkbookFile(
  workbook: ExcelJS.Workbook,
  target: string,
  steps: SaveSteps = defaultSaveSteps,
): Promise<void> {
  const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const bytes = await steps.serialise(workbook);
    await steps.writeNewFile(temporary, bytes);
    const existing = await stat(target).catch(() => undefined);
    if (existing) await chmod(temporary, existing.mode & 0o7777);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw new FileError('unwritable', target, error);
  }
}
