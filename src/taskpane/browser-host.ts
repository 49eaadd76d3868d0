import type { Workbook } from 'exceljs';
import type { Lang } from '../i18n/lang';
import type { BrowserHost } from './host';

type WorkbookFile = typeof import('./workbook-file');

interface OpenFile {
  readonly name: string;
  bytes: ArrayBuffer;
  /** Parsed once and reused for reading until the next write. */
  parsed?: Workbook;
}

/**
 * The pane as a plain web page: the workbook is a file the user opened, held in memory; the
 * result goes back as a download. Nothing leaves the browser.
 */
export function browserHost(displayLanguage: Lang): BrowserHost {
  let file: OpenFile | undefined;
  let workbookFile: Promise<WorkbookFile> | undefined;
  const exceljs = (): Promise<WorkbookFile> => (workbookFile ??= import(/* webpackChunkName: "workbook-file" */ './workbook-file'));

  const current = (): OpenFile => {
    if (!file) throw new Error('no workbook is open');
    return file;
  };

  return {
    kind: 'browser',
    displayLanguage,
    fileName: () => file?.name,
    open: async (blob, name) => {
      const bytes = await blob.arrayBuffer();
      const parsed = await (await exceljs()).parseWorkbook(bytes);
      file = { name, bytes, parsed };
    },
    startEmpty: async (name) => {
      const library = await exceljs();
      const parsed = library.emptyWorkbook();
      file = { name, bytes: await library.workbookBytes(parsed), parsed };
    },
    readGrids: async () => {
      const open = current();
      const library = await exceljs();
      open.parsed ??= await library.parseWorkbook(open.bytes);
      return library.workbookGrids(open.parsed);
    },
    write: async (plan) => {
      const open = current();
      const written = await (await exceljs()).writePlan(open.bytes, plan);
      open.bytes = written.bytes;
      open.parsed = written.workbook;
    },
    save: async () => {
      const open = current();
      return new Blob([open.bytes], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    },
  };
}
