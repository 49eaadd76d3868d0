import {
  applyPlan,
  emptyWorkbookBytes,
  isPackageError,
  joined,
  openPackage,
  PackageError,
  readGrids,
  type WorkbookPackage,
} from '../adapters/xlsx-package/workbook-package';
import type { WorkbookGrids } from '../workbook/grid';
import type { WritePlan } from '../workbook/sheet-spec';
import { FileError } from './file-error';
import { nodeCodec } from './node-codec';
import { readWorkbookBytes, writeWorkbookFile, type WriteSteps } from './workbook-file';

/** A workbook file as the commands use it: the package, opened, and where it came from. */
export interface WorkbookOnDisk {
  readonly path: string;
  readonly pkg: WorkbookPackage;
}

/** What the file holds is told apart from the disk's failures, with the file's path. */
async function naming<T>(path: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isPackageError(error)) throw new FileError('package', path, error);
    throw error;
  }
}

/**
 * Opens a workbook file as a package. `forWriting` refuses, before any work, a workbook whose
 * structure is protected: no tab could be added to it.
 */
export async function openWorkbookFile(path: string, options: { readonly forWriting?: boolean } = {}): Promise<WorkbookOnDisk> {
  const bytes = await readWorkbookBytes(path);
  const pkg = await naming(path, () => openPackage(bytes, nodeCodec));
  if (options.forWriting && pkg.workbook.structureLocked) throw new FileError('package', path, new PackageError('structureProtected'));
  return { path, pkg };
}

/** A new, empty workbook that `path` will hold once a plan is saved into it. */
export async function newWorkbook(path: string, now: Date): Promise<WorkbookOnDisk> {
  return { path, pkg: await openPackage(await emptyWorkbookBytes(nodeCodec, now), nodeCodec) };
}

/** The grids of the sheets `readsCells` names (all, by default); the others by name. */
export function workbookGrids(workbook: WorkbookOnDisk, readsCells?: (sheetName: string) => boolean): Promise<WorkbookGrids> {
  return naming(workbook.path, () => readGrids(workbook.pkg, nodeCodec, readsCells));
}

/** The workbook with the plan written into it, in memory. */
export async function withPlan(workbook: WorkbookOnDisk, plan: WritePlan, now: Date): Promise<WorkbookOnDisk> {
  const runs = await naming(workbook.path, () => applyPlan(workbook.pkg, plan, nodeCodec, now));
  return { path: workbook.path, pkg: await openPackage(joined(runs), nodeCodec) };
}

/**
 * Writes the plan into the workbook and saves the result at `target` (the workbook's own path,
 * or another with `--out`), in place only once the new file is complete (SPEC §4.1).
 */
export async function savePlan(workbook: WorkbookOnDisk, plan: WritePlan, target: string, now: Date, steps?: WriteSteps): Promise<void> {
  const runs = await naming(workbook.path, () => applyPlan(workbook.pkg, plan, nodeCodec, now));
  await writeWorkbookFile(target, runs, steps);
}

/** Saves the workbook as it is (its bytes were made by `withPlan`). */
export async function saveWorkbook(workbook: WorkbookOnDisk, target: string, steps?: WriteSteps): Promise<void> {
  await writeWorkbookFile(target, [workbook.pkg.bytes], steps);
}
