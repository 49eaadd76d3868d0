import { isPackageError } from '../adapters/xlsx-package/package-error';
import type { WorkbookKind } from '../adapters/xlsx-package/read/open-package';
import type { Lang } from '../i18n/lang';
import type { WorkbookGrids } from '../workbook/grid';
import type { WorkbookWork } from './host';
import { localWork } from './local-work';
import { packageSession, type PackageSession } from './package-session';

/**
 * The web page's workbook file and all the work on it, in one place: the package session and the
 * runs of local-work.ts over it. `workbook-worker.ts` runs one in the worker; tests run one here.
 */
export interface FileSession extends WorkbookWork {
  /** Opens a file's bytes; the file open before stays open if these are not a usable workbook. */
  readonly open: (bytes: Uint8Array, name: string) => Promise<WorkbookKind>;
  readonly startEmpty: (name: string) => Promise<WorkbookKind>;
  /** The file as it is now. */
  readonly bytes: () => Promise<Uint8Array>;
}

/** Nothing to wait for between steps: no page to paint here, and the steps go out as messages. */
const noPause = (): Promise<void> => Promise.resolve();

/** `lang`: the words of a problem with the file, told as the pane shows it. */
export function fileSession(lang: Lang, packages: PackageSession = packageSession()): FileSession {
  let name = '';
  /** Read once and reused until the next write: inspecting then computing reads the file once. */
  let grids: WorkbookGrids | undefined;
  const work = localWork(
    {
      readGrids: async () => (grids ??= await packages.grids()),
      write: async (plan) => {
        try {
          await packages.write(plan);
        } catch (error) {
          throw isPackageError(error) ? new Error(error.textWithDetail(lang, name)) : error;
        } finally {
          grids = undefined;
        }
      },
    },
    noPause,
  );
  return {
    ...work,
    open: async (bytes, opened) => {
      const kind = await packages.open(bytes);
      name = opened;
      grids = undefined;
      return kind;
    },
    startEmpty: async (started) => {
      const kind = await packages.startEmpty();
      name = started;
      grids = undefined;
      return kind;
    },
    bytes: () => packages.bytes(),
  };
}
