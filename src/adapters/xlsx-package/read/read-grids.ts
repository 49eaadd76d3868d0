import type { SheetGrid, WorkbookGrids } from '../../../workbook/grid';
import type { DeflateCodec } from '../zip/codec';
import { sharedStrings } from './cell-text';
import { dateStyles } from './date-styles';
import { parsedPart, partText, type WorkbookPackage } from './open-package';
import { sheetRows, type CellContext } from './sheet-cells';

/**
 * The workbook's sheets as grids of plain values (`workbook/grid.ts`), in tab order with their
 * names and visibility. Only the worksheets `readsCells` names are read, and only their parts
 * with the shared strings and (in a 1904 workbook) the styles; every other sheet comes by its
 * name alone, as a compute needs no more of earlier months' tabs or the team's own sheets.
 */
export async function readGrids(pkg: WorkbookPackage, codec: DeflateCodec, readsCells: (sheetName: string) => boolean = () => true): Promise<WorkbookGrids> {
  const wanted = pkg.sheets.filter((sheet) => sheet.kind === 'worksheet' && readsCells(sheet.name));
  let strings: readonly string[] = [];
  let dates: readonly boolean[] = [];
  if (wanted.length > 0 && pkg.sharedStringsPart && pkg.entries.has(pkg.sharedStringsPart.toLowerCase())) {
    const part = pkg.sharedStringsPart;
    const text = await partText(pkg.entries, part, codec);
    strings = parsedPart(part, () => sharedStrings(text));
  }
  if (wanted.length > 0 && pkg.workbook.date1904 && pkg.stylesPart) {
    const part = pkg.stylesPart;
    const text = await partText(pkg.entries, part, codec);
    dates = parsedPart(part, () => dateStyles(text));
  }
  const context: CellContext = {
    sharedStrings: () => strings,
    showsDate: (style) => dates[style] === true,
    date1904: pkg.workbook.date1904,
  };
  const sheets: SheetGrid[] = [];
  for (const sheet of pkg.sheets) {
    if (!wanted.includes(sheet)) {
      sheets.push({ name: sheet.name, rows: [], visibility: sheet.visibility });
      continue;
    }
    const text = await partText(pkg.entries, sheet.part, codec);
    const rows = parsedPart(sheet.part, () => sheetRows(text, context));
    sheets.push({ name: sheet.name, rows, visibility: sheet.visibility });
  }
  return { sheets };
}

