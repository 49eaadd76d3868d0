import type { Alignment, Border, Borders, Fill, Font, Style } from 'exceljs';
import type { CellStyle } from '../../workbook/sheet-spec';

/**
 * Every generated cell carries the same font family, so a tab looks alike whether the
 * workbook's default font is Calibri or a localised one such as 等线.
 */
export const generatedFont = { name: 'Calibri', size: 11 } as const;

/** The colour Excel gives its own Hyperlink cell style. */
export const hyperlinkColor = '#0563C1';

/** `#1F4E79` → `FF1F4E79`, the opaque ARGB that ExcelJS writes. */
export function argb(color: string): string {
  const match = /^#?([0-9a-fA-F]{6})$/.exec(color.trim());
  if (!match) throw new RangeError(`not a #RRGGBB colour: ${color}`);
  return `FF${match[1].toUpperCase()}`;
}

function font(style: CellStyle, hyperlink: boolean): Partial<Font> {
  const result: Partial<Font> = { name: generatedFont.name, size: style.fontSize ?? generatedFont.size };
  if (style.bold) result.bold = true;
  if (style.italic) result.italic = true;
  if (style.strike) result.strike = true;
  if (hyperlink) result.underline = true;
  const color = style.fontColor ?? (hyperlink ? hyperlinkColor : undefined);
  if (color) result.color = { argb: argb(color) };
  return result;
}

function fill(color: string): Fill {
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(color) } };
}

function alignment(style: CellStyle): Partial<Alignment> | undefined {
  if (!style.horizontal && !style.vertical && !style.wrap) return undefined;
  const result: Partial<Alignment> = {};
  if (style.horizontal) result.horizontal = style.horizontal;
  if (style.vertical) result.vertical = style.vertical;
  if (style.wrap) result.wrapText = true;
  return result;
}

function borders(kind: NonNullable<CellStyle['border']>, color: string | undefined): Partial<Borders> {
  const line: Partial<Border> = color ? { style: 'thin', color: { argb: argb(color) } } : { style: 'thin' };
  switch (kind) {
    case 'thin':
      return { top: line, left: line, bottom: line, right: line };
    case 'top':
      return { top: line };
    case 'bottom':
      return { bottom: line };
  }
}

/**
 * The ExcelJS style of a composed CellStyle. The object is shared by every cell with the same
 * composition and must never be mutated afterwards (ExcelJS caches style ids by identity).
 */
export function excelStyle(style: CellStyle, hyperlink = false): Partial<Style> {
  const result: Partial<Style> = { font: font(style, hyperlink) };
  // A link is a formula, and a cell formatted `@` would turn it into text once edited.
  if (style.numberFormat && !(hyperlink && style.numberFormat === '@')) result.numFmt = style.numberFormat;
  if (style.fill) result.fill = fill(style.fill);
  const align = alignment(style);
  if (align) result.alignment = align;
  if (style.border) result.border = borders(style.border, style.borderColor);
  return result;
}
