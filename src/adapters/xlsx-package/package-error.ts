import type { Lang } from '../../i18n/lang';

/**
 * Why a file cannot be used as a workbook, or cannot take our tabs. Each has its own words, so
 * that the supervisor knows what to do; the command line answers every one with exit code 2
 * and leaves the file as it was (SPEC §4.1).
 */
export type PackageProblem =
  | 'encrypted'
  | 'legacyXls'
  | 'binaryWorkbook'
  | 'structureProtected'
  | 'damaged'
  | 'missingPart'
  | 'notWorkbook';

type Message = (name: string, detail: string | undefined) => string;

const fixInExcel = {
  zh: '请在 Excel 中打开并修复该文件,保存后重试。',
  en: 'Open it in Excel, let Excel repair it, save it and try again.',
};

const messages: Record<PackageProblem, Record<Lang, Message>> = {
  encrypted: {
    zh: (name) =>
      `${name} 设置了打开密码(文件已加密),无法读取。请在 Excel 中打开它,选择“文件 → 信息 → 保护工作簿 → 用密码进行加密”,删除密码并保存,然后重试。`,
    en: (name) =>
      `${name} is protected with a password (encrypted), so it cannot be read. Open it in Excel, choose File → Info → Protect Workbook → Encrypt with Password, delete the password, save, and try again.`,
  },
  legacyXls: {
    zh: (name) => `${name} 是旧版 Excel 97–2003 工作簿(.xls)。请在 Excel 中打开,另存为“Excel 工作簿(.xlsx)”后重试。`,
    en: (name) => `${name} is an Excel 97–2003 workbook (.xls). Open it in Excel, save it as an Excel Workbook (.xlsx) and try again.`,
  },
  binaryWorkbook: {
    zh: (name) => `${name} 是 Excel 二进制工作簿(.xlsb)。请在 Excel 中打开,另存为“Excel 工作簿(.xlsx)”后重试。`,
    en: (name) => `${name} is an Excel Binary Workbook (.xlsb). Open it in Excel, save it as an Excel Workbook (.xlsx) and try again.`,
  },
  structureProtected: {
    zh: (name) =>
      `${name} 的工作簿结构受保护,不能添加或删除工作表。请在 Excel 中选择“审阅 → 保护工作簿”取消结构保护并保存,然后重试。文件未作任何改动。`,
    en: (name) =>
      `The structure of ${name} is protected, so no sheet can be added or removed. In Excel, choose Review → Protect Workbook to unprotect its structure, save, and try again. The file was left as it was.`,
  },
  damaged: {
    zh: (name, detail) => `${name} 已损坏,无法读取${detail ? `(${detail})` : ''}。${fixInExcel.zh}`,
    en: (name, detail) => `${name} is damaged and cannot be read${detail ? ` (${detail})` : ''}. ${fixInExcel.en}`,
  },
  missingPart: {
    zh: (name, detail) => `${name} 不完整:缺少其中引用的部件 ${detail ?? ''}。${fixInExcel.zh}`,
    en: (name, detail) => `${name} is incomplete: the part ${detail ?? ''} it refers to is missing. ${fixInExcel.en}`,
  },
  notWorkbook: {
    zh: (name) => `${name} 不是 Excel 工作簿(.xlsx、.xlsm、.xltx 或 .xltm)。请在 Excel 中另存为 .xlsx 后重试。`,
    en: (name) => `${name} is not an Excel workbook (.xlsx, .xlsm, .xltx or .xltm). Save it as .xlsx in Excel and try again.`,
  },
};

/** A file that is not a usable workbook, with what to tell the user in both languages. */
export class PackageError extends Error {
  constructor(
    readonly problem: PackageProblem,
    /** A part name or a technical detail, shown in brackets; never the user's data. */
    readonly detail?: string,
  ) {
    super(messages[problem].en('The workbook', detail));
    this.name = 'PackageError';
  }

  /** What to tell the user about the file called `name`. */
  text(lang: Lang, name: string): string {
    return messages[this.problem][lang](name, this.detail);
  }
}

export function isPackageError(error: unknown): error is PackageError {
  return error instanceof PackageError;
}
