import type { CellStyle, ConditionalFormat } from '../../../workbook/sheet-spec';
import { escapeAttribute } from '../xml/xml-text';

/**
 * Every generated cell carries the same font family, so a tab looks alike whether the
 * workbook's default font is Calibri or a localised one such as 等线.
 */
export const generatedFont = { name: 'Calibri', size: 11 } as const;

/** The colour Excel gives its own Hyperlink cell style. */
export const hyperlinkColor = '#0563C1';

/** `#1F4E79` → `FF1F4E79`: an opaque ARGB, as SpreadsheetML stores colours. */
export function argb(color: string): string {
  const match = /^#?([0-9a-fA-F]{6})$/.exec(color.trim());
  if (!match) throw new RangeError(`not a #RRGGBB colour: ${color}`);
  return `FF${match[1].toUpperCase()}`;
}

/** A font (CT_Font): bold, italic, strike, underline, size, colour, name; an interning key too. */
export function fontXml(style: CellStyle, link: boolean, prefix = ''): string {
  const color = style.fontColor ?? (link ? hyperlinkColor : undefined);
  return (
    `<${prefix}font>` +
    (style.bold ? `<${prefix}b/>` : '') +
    (style.italic ? `<${prefix}i/>` : '') +
    (style.strike ? `<${prefix}strike/>` : '') +
    (link ? `<${prefix}u/>` : '') +
    `<${prefix}sz val="${style.fontSize ?? generatedFont.size}"/>` +
    (color ? `<${prefix}color rgb="${argb(color)}"/>` : '') +
    `<${prefix}name val="${generatedFont.name}"/><${prefix}family val="2"/>` +
    `</${prefix}font>`
  );
}

/** A solid fill. Excel paints a cell's solid fill with its foreground colour. */
export function fillXml(color: string, prefix = ''): string {
  return `<${prefix}fill><${prefix}patternFill patternType="solid"><${prefix}fgColor rgb="${argb(color)}"/><${prefix}bgColor indexed="64"/></${prefix}patternFill></${prefix}fill>`;
}

/** Thin lines on the sides the style names (CT_Border: left, right, top, bottom, diagonal, in that order). */
export function borderXml(kind: NonNullable<CellStyle['border']>, color: string | undefined, prefix = ''): string {
  const line = (side: string, on: boolean) =>
    on
      ? `<${prefix}${side} style="thin">${color ? `<${prefix}color rgb="${argb(color)}"/>` : ''}</${prefix}${side}>`
      : `<${prefix}${side}/>`;
  const all = kind === 'thin';
  return `<${prefix}border>${line('left', all)}${line('right', all)}${line('top', all || kind === 'top')}${line('bottom', all || kind === 'bottom')}<${prefix}diagonal/></${prefix}border>`;
}

export function alignmentXml(style: CellStyle, prefix = ''): string {
  if (!style.horizontal && !style.vertical && !style.wrap) return '';
  const vertical = style.vertical === 'middle' ? 'center' : style.vertical;
  return (
    `<${prefix}alignment` +
    (style.horizontal ? ` horizontal="${style.horizontal}"` : '') +
    (vertical ? ` vertical="${vertical}"` : '') +
    (style.wrap ? ' wrapText="1"' : '') +
    '/>'
  );
}

type Highlight = Extract<ConditionalFormat, { kind: 'textEquals' | 'lessThan' }>['style'];

/**
 * A differential format for a conditional format (CT_Dxf: font, then fill). Excel paints a
 * conditional solid fill with its background colour and LibreOffice with either, so both are set.
 */
export function dxfXml(style: Highlight, prefix = ''): string {
  const font =
    style.fontColor || style.bold
      ? `<${prefix}font>${style.bold ? `<${prefix}b/>` : ''}${style.fontColor ? `<${prefix}color rgb="${argb(style.fontColor)}"/>` : ''}</${prefix}font>`
      : '';
  const fill = style.fill
    ? `<${prefix}fill><${prefix}patternFill patternType="solid"><${prefix}fgColor rgb="${argb(style.fill)}"/><${prefix}bgColor rgb="${argb(style.fill)}"/></${prefix}patternFill></${prefix}fill>`
    : '';
  return `<${prefix}dxf>${font}${fill}</${prefix}dxf>`;
}

export function numFmtXml(id: number, code: string, prefix = ''): string {
  return `<${prefix}numFmt numFmtId="${id}" formatCode="${escapeAttribute(code)}"/>`;
}
