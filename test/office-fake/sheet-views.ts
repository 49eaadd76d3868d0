import type ExcelJS from 'exceljs';
import { columnWidthPoints } from '../../src/adapters/office/cell-style';
import type { SheetSnapshot } from '../../src/adapters/office/fake';
import { formulaResult, hyperlinkOf } from '../../src/adapters/office/fake/cell-input';
import type { CellState } from '../../src/adapters/office/fake/state';
import { a1, columnLetter } from '../../src/workbook/grid';

/**
 * What a person sees of a rendered sheet, in terms common to a file written by ExcelJS and to
 * the fake Excel written through Office.js: values, number formats, fonts, fills, alignment,
 * border lines, links, widths, merges, panes, filter, conditional formats and print setup.
 *
 * Differences that are none to the reader are left out: the number format of a cell holding
 * text (Office writes text cells as `@` so Excel cannot reinterpret them; a format does not
 * change how text shows), font name and size on blank cells, and "" against an empty cell.
 */
export interface CellView {
  readonly value: string | number | boolean | null;
  readonly link?: string;
  readonly numberFormat?: string;
  readonly font: string;
  readonly fill?: string;
  readonly align?: string;
}

export interface SheetView {
  readonly name: string;
  readonly visibility: string;
  readonly tabColor?: string;
  readonly cells: Record<string, CellView>;
  /** Border lines: `h row column` is the line above row, `v row column` left of column. */
  readonly lines: readonly string[];
  readonly columns: readonly string[];
  /** `row height` of rows given a height. */
  readonly rows: readonly string[];
  readonly merges: readonly string[];
  readonly freeze?: string;
  readonly autoFilter?: string;
  readonly conditionalFormats: readonly string[];
  readonly print?: string;
}

const hex = (argb: string | undefined) => (argb ? `#${argb.slice(-6).toUpperCase()}` : undefined);

interface FontLook {
  readonly name?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly strike?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
  readonly color?: string;
}

const PLAIN_FONT = '11pt auto';

/** `bold 14pt #FFFFFF`, then the family: the family alone does not make a blank cell worth comparing. */
function fontText(font: FontLook): { readonly look: string; readonly family: string } {
  const parts = [font.bold ? 'bold' : '', font.italic ? 'italic' : '', font.strike ? 'strike' : '', font.underline ? 'underline' : ''];
  return { look: [...parts.filter(Boolean), `${font.size ?? 11}pt`, font.color ?? 'auto'].join(' '), family: font.name ?? 'default' };
}

function cellView(
  written: CellView['value'],
  link: string | undefined,
  numberFormat: string,
  font: { readonly look: string; readonly family: string },
  fill: string | undefined,
  align: string | undefined,
): CellView | undefined {
  // An empty text shows as a blank cell (Office.js empties the cell; a file keeps "").
  const value = written === '' ? null : written;
  const plain = value === null && !fill && !align && font.look === PLAIN_FONT;
  if (plain) return undefined;
  return {
    value,
    ...(link ? { link } : {}),
    ...(typeof value === 'number' || typeof value === 'boolean' ? { numberFormat } : {}),
    font: `${font.look} ${font.family}`,
    ...(fill ? { fill } : {}),
    ...(align ? { align } : {}),
  };
}

function addLines(lines: Set<string>, row: number, column: number, sides: Partial<Record<'top' | 'bottom' | 'left' | 'right', string>>): void {
  if (sides.top) lines.add(`h ${row} ${column} ${sides.top}`);
  if (sides.bottom) lines.add(`h ${row + 1} ${column} ${sides.bottom}`);
  if (sides.left) lines.add(`v ${row} ${column} ${sides.left}`);
  if (sides.right) lines.add(`v ${row} ${column + 1} ${sides.right}`);
}

/** `'Sheet'!A1` from a link formula `=HYPERLINK("#'Sheet'!A1","text")`, with or without its `=`. */
function formulaLink(formula: string): string | undefined {
  const target = hyperlinkOf(formula.startsWith('=') ? formula : `=${formula}`)?.target;
  return target?.startsWith('#') ? target.slice(1) : undefined;
}

function rowHeightsOf(worksheet: ExcelJS.Worksheet): string[] {
  const rows: string[] = [];
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    if (row.height !== undefined) rows.push(`${rowNumber} ${row.height}`);
  });
  return rows;
}

export function excelJsView(worksheet: ExcelJS.Worksheet, columnCount: number): SheetView {
  const cells: Record<string, CellView> = {};
  const lines = new Set<string>();
  worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) =>
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      const raw = cell.value as unknown;
      const formula = typeof raw === 'object' && raw !== null && 'formula' in raw ? (raw as { formula: string; result: string }) : undefined;
      // ExcelJS reports a merged area's value on each of its cells; the file holds it in the first.
      const slave = cell.isMerged && cell.master.address !== cell.address;
      // Read from a file, a number in a date format comes back a Date: its serial again.
      const plain = raw instanceof Date ? 25569 + raw.getTime() / 86_400_000 : raw;
      const value = slave ? null : formula ? formula.result : ((plain ?? null) as CellView['value']);
      const font = cell.font ?? {};
      const align = [cell.alignment?.horizontal, cell.alignment?.vertical, cell.alignment?.wrapText ? 'wrap' : ''].filter(Boolean).join(' ');
      const fill = cell.fill?.type === 'pattern' ? hex(cell.fill.fgColor?.argb) : undefined;
      const view = cellView(
        value,
        formula ? formulaLink(formula.formula) : undefined,
        cell.numFmt || 'General',
        fontText({ ...font, strike: font.strike, underline: Boolean(font.underline), color: hex(font.color?.argb) }),
        fill,
        align || undefined,
      );
      if (view) cells[a1(rowNumber - 1, columnNumber - 1)] = view;
      const side = (border: Partial<ExcelJS.Border> | undefined) => (border?.style ? `${border.style} ${hex(border.color?.argb) ?? 'auto'}` : undefined);
      const border = cell.border ?? {};
      addLines(lines, rowNumber - 1, columnNumber - 1, { top: side(border.top), bottom: side(border.bottom), left: side(border.left), right: side(border.right) });
    }),
  );
  const view = worksheet.views?.[0] as { state?: string; xSplit?: number; ySplit?: number } | undefined;
  const setup = worksheet.pageSetup;
  const footer = worksheet.headerFooter?.oddFooter;
  const formattings = (worksheet as unknown as { conditionalFormattings: { ref: string; rules: Record<string, unknown>[] }[] }).conditionalFormattings ?? [];
  return {
    name: worksheet.name,
    visibility: worksheet.state,
    tabColor: hex(worksheet.properties.tabColor?.argb),
    cells,
    lines: [...lines].sort(),
    columns: Array.from({ length: columnCount }, (_, i) => {
      const column = worksheet.getColumn(i + 1);
      return `${columnLetter(i)} ${columnWidthPoints(column.width ?? 9.140625)}${column.hidden ? ' hidden' : ''}`;
    }),
    rows: rowHeightsOf(worksheet),
    merges: [...((worksheet.model as unknown as { merges?: string[] }).merges ?? [])].sort(),
    freeze: view?.state === 'frozen' ? `${view.ySplit ?? 0} rows ${view.xSplit ?? 0} columns` : undefined,
    autoFilter: typeof worksheet.autoFilter === 'string' ? worksheet.autoFilter : undefined,
    conditionalFormats: formattings.flatMap(({ ref, rules }) =>
      rules.map((rule) => {
        const style = rule.style as { fill?: { fgColor?: { argb?: string } }; font?: { color?: { argb?: string }; bold?: boolean } } | undefined;
        const looks = `${hex(style?.fill?.fgColor?.argb) ?? ''} ${hex(style?.font?.color?.argb) ?? ''}${style?.font?.bold ? ' bold' : ''}`;
        if (rule.type === 'dataBar') return `${ref} bar ${hex((rule.color as { argb: string }).argb)} from ${(rule.cfvo as { value?: number }[])[0]?.value}`;
        const test = rule.operator === 'equal' ? '=' : '<';
        return `${ref} ${test} ${(rule.formulae as string[])[0]} ${looks}`;
      }),
    ),
    // ExcelJS gives every sheet a default page setup; the renderer's own sets fit-to-page.
    print: setup?.fitToPage
      ? [
          setup.orientation,
          `${setup.fitToWidth}x${setup.fitToHeight}`,
          `titles ${setup.printTitlesRow ?? ''}`,
          `area ${setup.printArea ?? ''}`,
          `centred ${Boolean(setup.horizontalCentered)}`,
          `margins ${['left', 'right', 'top', 'bottom', 'header', 'footer'].map((side) => setup.margins?.[side as 'left']).join(' ')}`,
          `footer ${footer ? footer.replace(/^&C/, '') : ''}`,
        ].join('; ')
      : undefined,
  };
}

const ALIGN: Record<string, string> = { Left: 'left', Center: 'center', Right: 'right', Top: 'top', Bottom: 'bottom' };

function fakeAlign(cell: CellState): string | undefined {
  const vertical = cell.verticalAlignment === 'Center' ? 'middle' : cell.verticalAlignment && ALIGN[cell.verticalAlignment];
  const text = [cell.horizontalAlignment && ALIGN[cell.horizontalAlignment], vertical, cell.wrapText ? 'wrap' : ''].filter(Boolean).join(' ');
  return text || undefined;
}

export function fakeView(sheet: SheetSnapshot, columnCount: number): SheetView {
  const cells: Record<string, CellView> = {};
  const lines = new Set<string>();
  for (const [address, cell] of Object.entries(sheet.cells)) {
    const match = /^([A-Z]+)(\d+)$/.exec(address) as RegExpExecArray;
    const column = Object.keys(sheet.columns).includes(match[1]) ? sheet.columns[match[1]] : undefined;
    const row = Number(match[2]) - 1;
    const columnIndex = match[1].split('').reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
    const font = cell.font ?? {};
    const view = cellView(
      cell.formula === undefined ? (cell.value ?? null) : formulaResult(cell.formula),
      cell.formula === undefined ? undefined : formulaLink(cell.formula),
      cell.numberFormat ?? column?.numberFormat ?? 'General',
      fontText({ ...font, strike: font.strikethrough, underline: font.underline === 'Single' }),
      cell.fill,
      fakeAlign(cell),
    );
    if (view) cells[address] = view;
    const side = (border: { style: string; color?: string } | undefined) =>
      border && border.style !== 'None' ? `${border.style === 'Continuous' ? 'thin' : border.style} ${border.color ?? 'auto'}` : undefined;
    const borders = cell.borders ?? {};
    addLines(lines, row, columnIndex, { top: side(borders.top), bottom: side(borders.bottom), left: side(borders.left), right: side(borders.right) });
  }
  const layout = sheet.pageLayout as Record<string, unknown> & { zoom?: { horizontalFitToPages?: number; verticalFitToPages?: number } };
  const inches = (points: unknown) => (typeof points === 'number' ? points / 72 : undefined);
  const formats = sheet.conditionalFormats as { type: string; range: string; rule?: { formula1: string; operator: string }; format?: { fill?: string; fontColor?: string; bold?: boolean }; dataBar?: { fillColor: string; lowerBound?: string } }[];
  return {
    name: sheet.name,
    visibility: sheet.visibility.charAt(0).toLowerCase() + sheet.visibility.slice(1),
    tabColor: sheet.tabColor || undefined,
    cells,
    lines: [...lines].sort(),
    columns: Array.from({ length: columnCount }, (_, i) => {
      const column = sheet.columns[columnLetter(i)];
      return `${columnLetter(i)} ${column?.width ?? 48}${column?.hidden ? ' hidden' : ''}`;
    }),
    rows: Object.entries(sheet.rowHeights).map(([row, height]) => `${row} ${height}`),
    merges: [...sheet.merges].sort(),
    freeze: sheet.freeze ? `${sheet.freeze.rows} rows ${sheet.freeze.columns} columns` : undefined,
    autoFilter: sheet.autoFilter,
    conditionalFormats: formats.map((format) => {
      if (format.type === 'DataBar') return `${format.range} bar ${format.dataBar?.fillColor} from ${format.dataBar?.lowerBound?.replace('Number ', '')}`;
      const test = format.rule?.operator === 'EqualTo' ? '=' : '<';
      const looks = `${format.format?.fill ?? ''} ${format.format?.fontColor ?? ''}${format.format?.bold ? ' bold' : ''}`;
      return `${format.range} ${test} ${format.rule?.formula1.replace(/^=/, '')} ${looks}`;
    }),
    print: layout.orientation
      ? [
          String(layout.orientation).toLowerCase(),
          `${layout.zoom?.horizontalFitToPages}x${layout.zoom?.verticalFitToPages}`,
          `titles ${layout.printTitleRows ?? ''}`,
          `area ${layout.printArea ?? ''}`,
          `centred ${Boolean(layout.centerHorizontally)}`,
          `margins ${['leftMargin', 'rightMargin', 'topMargin', 'bottomMargin', 'headerMargin', 'footerMargin'].map((side) => inches(layout[side])).join(' ')}`,
          `footer ${layout.centerFooter ?? ''}`,
        ].join('; ')
      : undefined,
  };
}
