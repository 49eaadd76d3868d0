import type { HeaderFooter, PageSetup } from 'exceljs';
import type { PrintSetup } from '../../workbook/sheet-spec';

/** Excel's paper size code for A4. */
const A4 = 9;

export function pageSetup(print: PrintSetup): Partial<PageSetup> {
  const setup: Partial<PageSetup> = {
    orientation: print.orientation,
    paperSize: A4,
    fitToPage: true,
    fitToWidth: print.fitToWidth,
    fitToHeight: print.fitToHeight,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  if (print.repeatRows) setup.printTitlesRow = `${print.repeatRows.first}:${print.repeatRows.last}`;
  if (print.printArea) setup.printArea = print.printArea;
  return setup;
}

/** The footer, in Excel's header and footer codes (`&P`, `&N` stay codes). */
export function headerFooter(print: PrintSetup): Partial<HeaderFooter> | undefined {
  if (!print.centerFooter) return undefined;
  const footer = `&C${print.centerFooter}`;
  return { oddFooter: footer, evenFooter: footer };
}
