import type { WorkbookKind } from '../adapters/xlsx-package/read/open-package';

/** The MIME type a download of each kind of workbook is offered with. */
export const workbookMimeTypes: Readonly<Record<WorkbookKind, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  xltx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.template',
  xlsm: 'application/vnd.ms-excel.sheet.macroEnabled.12',
  xltm: 'application/vnd.ms-excel.template.macroEnabled.12',
};

const extensions = /\.(xlsx|xlsm|xltx|xltm)$/i;

/** Whether the page takes a file by its name: the four kinds of Open XML workbook. */
export function isWorkbookName(name: string): boolean {
  return extensions.test(name);
}

/**
 * The name to save a workbook of `kind` under: its own, with the extension that matches what
 * the file is, since Excel refuses a file whose extension and content disagree.
 */
export function fileNameFor(name: string, kind: WorkbookKind): string {
  const stem = extensions.test(name) ? name.replace(extensions, '') : name;
  return `${stem}.${kind}`;
}
