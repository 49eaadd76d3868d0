import {
  applyPlan,
  emptyWorkbookBytes,
  joined,
  openPackage,
  PackageError,
  readGrids,
  type DeflateCodec,
  type WorkbookKind,
  type WorkbookPackage,
} from '../adapters/xlsx-package/workbook-package';
import { webCodec } from '../adapters/xlsx-package/zip/web-codec';
import { readsCellsOf } from '../workbook/content-sheets';
import type { WorkbookGrids } from '../workbook/grid';
import type { WritePlan } from '../workbook/sheet-spec';

/**
 * The workbook file the plain web page holds, as a package: opened from the user's bytes,
 * read into grids, written with a plan, handed back as bytes. The same in a worker and on the
 * page's own thread; `worker-session.ts` runs it in a worker.
 */
export interface PackageSession {
  /** Opens a file's bytes; the file open before stays open if these are not a usable workbook. */
  open(bytes: Uint8Array): Promise<WorkbookKind>;
  /** A new, empty workbook. */
  startEmpty(): Promise<WorkbookKind>;
  /** The cells of the sheets a compute reads, the names of all (as in Excel). */
  grids(): Promise<WorkbookGrids>;
  /** All of the plan or, on failure, none of it: the file changes only once the new one is complete. */
  write(plan: WritePlan): Promise<void>;
  /** The file as it is now. */
  bytes(): Promise<Uint8Array>;
}

export function packageSession(codec: DeflateCodec = webCodec()): PackageSession {
  let current: WorkbookPackage | undefined;
  const open = (): WorkbookPackage => {
    if (!current) throw new Error('no workbook is open');
    return current;
  };
  return {
    async open(bytes) {
      const opened = await openPackage(bytes, codec);
      // Nothing could be written into it: say so now rather than after a compute.
      if (opened.workbook.structureLocked) throw new PackageError('structureProtected');
      current = opened;
      return current.kind;
    },
    async startEmpty() {
      current = await openPackage(await emptyWorkbookBytes(codec, new Date()), codec);
      return current.kind;
    },
    grids: () => readGrids(open(), codec, readsCellsOf),
    async write(plan) {
      const runs = await applyPlan(open(), plan, codec, new Date());
      current = await openPackage(joined(runs), codec);
    },
    bytes: async () => open().bytes,
  };
}
