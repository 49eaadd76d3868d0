import { isPackageError } from '../adapters/xlsx-package/package-error';
import type { WorkbookKind } from '../adapters/xlsx-package/read/open-package';
import type { Lang } from '../i18n/lang';
import type { WorkbookGrids } from '../workbook/grid';
import type { BrowserHost } from './host';
import type { PackageSession } from './package-session';
import { fileNameFor, workbookMimeTypes } from './workbook-kinds';

interface OpenFile {
  readonly name: string;
  readonly kind: WorkbookKind;
  /** Read once and reused until the next write. */
  grids?: WorkbookGrids;
}

/**
 * The pane as a plain web page: the workbook is a file the user opened, held as a package by a
 * session (in a worker, in the browser); the result goes back as a download with the name,
 * extension and MIME type of what it is. Nothing leaves the browser.
 */
export function browserHost(displayLanguage: Lang, newSession: () => PackageSession): BrowserHost {
  let file: OpenFile | undefined;
  let session: PackageSession | undefined;
  const sessionOf = (): PackageSession => (session ??= newSession());

  const current = (): OpenFile => {
    if (!file) throw new Error('no workbook is open');
    return file;
  };
  /** A problem with the file, in words the pane can show as they are. */
  const told = (error: unknown, name: string): unknown => (isPackageError(error) ? new Error(error.text(displayLanguage, name)) : error);

  return {
    kind: 'browser',
    displayLanguage,
    fileName: () => (file ? fileNameFor(file.name, file.kind) : undefined),
    open: async (blob, name) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      try {
        file = { name, kind: await sessionOf().open(bytes) };
      } catch (error) {
        throw told(error, name);
      }
    },
    startEmpty: async (name) => {
      file = { name, kind: await sessionOf().startEmpty() };
    },
    readGrids: async () => {
      const open = current();
      open.grids ??= await sessionOf().grids();
      return open.grids;
    },
    write: async (plan) => {
      const open = current();
      try {
        await sessionOf().write(plan);
      } catch (error) {
        throw told(error, open.name);
      }
      open.grids = undefined;
    },
    save: async () => {
      const open = current();
      return new Blob([(await sessionOf().bytes()) as BlobPart], { type: workbookMimeTypes[open.kind] });
    },
  };
}
