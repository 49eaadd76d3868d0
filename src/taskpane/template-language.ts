import type { Lang } from '../i18n/lang';
import type { WorkbookInspection } from '../workbook/pipeline';

/**
 * The language of the sheets the templates add: a workbook already set up in one language
 * keeps it (so its sheets are found by one set of names); an empty one takes the pane's.
 */
export function templateLanguage(inspection: WorkbookInspection | undefined, paneLang: Lang): Lang {
  const hasInputSheets = inspection?.sheets.some((sheet) => sheet.name !== undefined) ?? false;
  return hasInputSheets && inspection ? inspection.language : paneLang;
}
