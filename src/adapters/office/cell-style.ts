import type { CellStyle } from '../../workbook/sheet-spec';

/**
 * Generated cells carry the same font family as in files written by the package writer, so a
 * tab looks alike whichever way it was made.
 */
export const GENERATED_FONT = { name: 'Calibri', size: 11 } as const;

/** The colour of Excel's own Hyperlink cell style. */
export const HYPERLINK_COLOR = '#0563C1';

/** Calibri 11's widest digit, in pixels: Excel measures column widths in these. */
const DIGIT_PIXELS = 7;

/**
 * A width in characters (as in a file's column width) → points, the unit of
 * `Range.format.columnWidth`: Excel rounds the width to whole pixels, 96 pixels an inch.
 */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / DIGIT_PIXELS)) / 256) * DIGIT_PIXELS);
  return (pixels * 72) / 96;
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

type Edge = 'EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical';

/**
 * The range edges that draw a border on every cell's side: `thin` boxes each cell, `top` and
 * `bottom` line each cell's top or bottom (the inner horizontal lines included).
 */
export function bordersOf(kind: NonNullable<CellStyle['border']>): Edge[] {
  switch (kind) {
    case 'thin':
      return ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'];
    case 'top':
      return ['EdgeTop', 'InsideHorizontal'];
    case 'bottom':
      return ['EdgeBottom', 'InsideHorizontal'];
  }
}

/** How many operations `applyStyle` queues for a style, for the payload estimate. */
export function styleOperations(style: CellStyle): number {
  const properties = Object.values(style).filter((value) => value !== undefined).length;
  const borders = style.border ? bordersOf(style.border).length * 3 : 0;
  return properties + borders + 1;
}

/**
 * Queues the formatting of a CellStyle on a range. Only what the style says is set, so styles
 * applied one after another combine property by property, later ones winning.
 */
export function applyStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  format.font.name = GENERATED_FONT.name;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  // RangeFont.strikethrough is ExcelApi 1.9: on older hosts the plan comes without it (host-plan.ts).
  if (style.strike !== undefined) format.font.strikethrough = style.strike;
  if (style.fontSize !== undefined) format.font.size = style.fontSize;
  if (style.fontColor !== undefined) format.font.color = style.fontColor;
  if (style.fill !== undefined) format.fill.color = style.fill;
  if (style.horizontal !== undefined) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical !== undefined) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.numberFormat !== undefined) setNumberFormat(range, style.numberFormat);
  if (style.border) {
    for (const edge of bordersOf(style.border)) {
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      if (style.borderColor) border.color = style.borderColor;
    }
  }
}

/**
 * One number format for every cell of a range. Office.js takes a single value for the whole
 * range (documented for values, formulas and formats), which the typings do not express.
 */
export function setNumberFormat(range: Excel.Range, format: string): void {
  (range as unknown as { numberFormat: string }).numberFormat = format;
}
