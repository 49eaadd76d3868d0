import type { PackageError } from '../adapters/xlsx-package/workbook-package';
import type { Lang } from '../i18n/lang';

/**
 * Why a workbook file could not be read or written on disk; the command line answers each with
 * exit code 2. What the file holds (encrypted, damaged, not a workbook…) is a PackageError,
 * carried here with the path. A fault of the program is neither: it never reads as a problem
 * with the file or its folder.
 */
export type FileProblem = 'notFound' | 'unreadable' | 'unwritable' | 'diskFull' | 'writeFailed' | 'package';

const messages: Record<Exclude<FileProblem, 'package'>, Record<Lang, (path: string, code: string) => string>> = {
  notFound: {
    zh: (path) => `找不到文件:${path}。请检查路径和文件名。`,
    en: (path) => `File not found: ${path}. Check the path and the file name.`,
  },
  unreadable: {
    zh: (path) => `无法读取文件:${path}。请检查文件权限,或先在 Excel 中关闭该文件。`,
    en: (path) => `Cannot read ${path}. Check its permissions, or close it in Excel first.`,
  },
  unwritable: {
    zh: (path) => `无法写入文件:${path}。原文件未作任何改动。请检查文件夹权限,或先在 Excel 中关闭该文件。`,
    en: (path) => `Cannot write ${path}. The file was left as it was. Check the folder's permissions, or close the file in Excel first.`,
  },
  diskFull: {
    zh: (path) => `磁盘空间不足,无法写入 ${path}。原文件未作任何改动。请腾出空间后重试。`,
    en: (path) => `The disk is full: ${path} could not be written. The file was left as it was. Free some space and try again.`,
  },
  writeFailed: {
    zh: (path, code) => `写入 ${path} 时出错(${code})。原文件未作任何改动。`,
    en: (path, code) => `Writing ${path} failed (${code}). The file was left as it was.`,
  },
};

/** A workbook file that cannot be read or written, with what to tell the user in both languages. */
export class FileError extends Error {
  constructor(
    readonly problem: FileProblem,
    readonly path: string,
    override readonly cause?: unknown,
  ) {
    super('');
    this.name = 'FileError';
    this.message = this.text('en');
  }

  /** The operating system's code of the failure (`EACCES`), when it has one. */
  get code(): string {
    const cause = this.cause as { code?: unknown } | undefined;
    return typeof cause?.code === 'string' ? cause.code : 'unknown';
  }

  text(lang: Lang): string {
    if (this.problem === 'package') return (this.cause as PackageError).text(lang, this.path);
    return messages[this.problem][lang](this.path, this.code);
  }
}
