import { isPackageError } from '../adapters/xlsx-package/package-error';
import type { WorkbookKind } from '../adapters/xlsx-package/read/open-package';
import type { Lang } from '../i18n/lang';
import type { FileSession } from './file-session';
import type { BrowserHost } from './host';
import { fileNameFor, workbookMimeTypes } from './workbook-kinds';

interface OpenFile {
  readonly name: string;
  readonly kind: WorkbookKind;
}

/**
 * The pane as a plain web page: the workbook is a file the user opened, held with all the work
 * on it by a session (in a worker, in the browser); the result goes back as a download with the
 * name, extension and MIME type of what it is. Nothing leaves the browser.
 */
export function browserHost(displayLanguage: Lang, newSession: (lang: Lang) => FileSession): BrowserHost {
  let file: OpenFile | undefined;
  let session: FileSession | undefined;
  const sessionOf = (): FileSession => (session ??= newSession(displayLanguage));

  /** The session, once a file is open. */
  const withFile = (): FileSession => {
    if (!file) throw new Error('no workbook is open');
    return sessionOf();
  };
  /** A problem with the file, in words the pane can show as they are (a damaged file's detail on a line of its own). */
  const told = (error: unknown, name: string): unknown => (isPackageError(error) ? new Error(error.textWithDetail(displayLanguage, name)) : error);

  return {
    kind: 'browser',
    displayLanguage,
    fileName: () => (file ? fileNameFor(file.name, file.kind) : undefined),
    open: async (blob, name) => {
      const bytes = new Uint8Array(await blob.arrayBuffer());
      try {
        file = { name, kind: await sessionOf().open(bytes, name) };
      } catch (error) {
        throw told(error, name);
      }
    },
    startEmpty: async (name) => {
      file = { name, kind: await sessionOf().startEmpty(name) };
    },
    inspect: async (month) => withFile().inspect(month),
    compute: async (month, mode, callbacks) => withFile().compute(month, mode, callbacks),
    rollup: async (period) => withFile().rollup(period),
    addTemplates: async (lang, timeClockMonth) => withFile().addTemplates(lang, timeClockMonth),
    save: async () => {
      const kind = file?.kind;
      const bytes = await withFile().bytes();
      return new Blob([bytes as BlobPart], { type: workbookMimeTypes[kind ?? 'xlsx'] });
    },
  };
}
