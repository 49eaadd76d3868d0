import type { Lang } from '../../i18n/lang';

/** Why a workbook file could not be used; the command line answers each with exit code 2. */
export type FileProblem = 'notFound' | 'unreadable' | 'notWorkbook' | 'unwritable';

const messages: Record<FileProblem, Record<Lang, (path: string) => string>> = {
  notFound: {
    zh: (path) => `找不到文件:${path}。请检查路径和文件名。`,
    en: (path) => `File not found: ${path}. Check the path and the file name.`,
  },
  unreadable: {
    zh: (path) => `无法读取文件:${path}。请检查文件权限,或先在 Excel 中关闭该文件。`,
    en: (path) => `Cannot read ${path}. Check its permissions, or close it in Excel first.`,
  },
  notWorkbook: {
    zh: (path) => `${path} 不是有效的 Excel 工作簿(.xlsx)。请在 Excel 中另存为 .xlsx 后重试。`,
    en: (path) => `${path} is not a valid Excel workbook (.xlsx). Save it as .xlsx in Excel and try again.`,
  },
  unwritable: {
    zh: (path) => `无法写入文件:${path}。原文件未作任何改动。请检查文件夹权限,或先在 Excel 中关闭该文件。`,
    en: (path) => `Cannot write ${path}. The file was left as it was. Check the folder's permissions, or close the file in Excel first.`,
  },
};

/** A workbook file that cannot be read or written, with what to tell the user in both languages. */
export class FileError extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly path: string,
    override readonly cause?: unknown,
  ) {
    super(messages[problem].en(path));
    this.name = 'FileError';
  }

  text(lang: Lang): string {
    return messages[this.problem][lang](this.path);
  }
}
