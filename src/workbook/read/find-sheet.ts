import type { Lang } from '../../i18n/lang';
import type { SheetGrid, WorkbookGrids } from '../grid';
import type { InputSheetDefinition } from '../schema';
import { normalizeText } from './normalize-text';

/** An input sheet as found, and the language of the name it was found by. */
export interface FoundSheet {
  readonly grid: SheetGrid;
  readonly lang: Lang;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

function languageOf(name: string): Lang {
  return CJK.test(name) ? 'zh' : 'en';
}

/**
 * The first sheet, in workbook order, named by any of the definition's names (SPEC §2:
 * trimmed, case-insensitive, full-width and half-width alike).
 */
export function findSheet(grids: WorkbookGrids, definition: Pick<InputSheetDefinition, 'zh' | 'en' | 'aliases'>): FoundSheet | undefined {
  const names = new Map<string, Lang>();
  for (const name of [definition.zh, definition.en, ...(definition.aliases ?? [])]) {
    const key = normalizeText(name);
    if (!names.has(key)) names.set(key, languageOf(name));
  }
  for (const grid of grids.sheets) {
    const lang = names.get(normalizeText(grid.name));
    if (lang !== undefined) return { grid, lang };
  }
  return undefined;
}
