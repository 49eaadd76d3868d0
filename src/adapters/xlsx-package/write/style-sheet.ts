import type { CellStyle, ConditionalFormat } from '../../../workbook/sheet-spec';
import { insertAt, spliced, type TextEdit } from '../xml/splice';
import { child, children, parseXml, type XmlElement } from '../xml/xml-tree';
import { alignmentXml, borderXml, dxfXml, fillXml, fontXml, numFmtXml } from './cell-format-xml';

/** Number formats Excel has built in, by code: they need no `numFmt` of their own. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = {
  General: 0,
  '0': 1,
  '0.00': 2,
  '#,##0': 3,
  '#,##0.00': 4,
  '0%': 9,
  '0.00%': 10,
  '0.00E+00': 11,
  '@': 49,
};

/** Custom number formats start here (ECMA-376 Part 1, §18.8.30). */
const FIRST_CUSTOM_FORMAT = 164;

/** The collections of `styles.xml` a new format appends to, in the schema's order (CT_Stylesheet). */
const ORDER = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type Collection = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellXfs' | 'dxfs';
const ITEM: Readonly<Record<Collection, string>> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellXfs: 'xf', dxfs: 'dxf' };

/** What styles.xml holds when a package has none: one font, the two fills Excel reserves, one border, one format. */
export const defaultStylesXml =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/>' +
  '</styleSheet>';

/**
 * The workbook's styles with ours appended: new fonts, fills, borders, number formats, cell
 * formats and differential formats go after the existing ones, each collection's count is
 * updated, and no existing index moves, so every cell of the user's sheets keeps its look.
 * Equal formats are added once.
 */
export class StyleSheet {
  private readonly root: XmlElement;
  private readonly prefix: string;
  private readonly existing: Record<Collection, number>;
  private readonly added: Record<Collection, string[]> = { numFmts: [], fonts: [], fills: [], borders: [], cellXfs: [], dxfs: [] };
  private readonly keys: Record<Collection, Map<string, number>> = { numFmts: new Map(), fonts: new Map(), fills: new Map(), borders: new Map(), cellXfs: new Map(), dxfs: new Map() };
  private nextFormatId: number;

  constructor(private readonly text: string) {
    this.root = parseXml(text);
    this.prefix = this.root.prefix ? `${this.root.prefix}:` : '';
    const count = (collection: Collection) => {
      const element = child(this.root, collection);
      return element ? children(element, ITEM[collection]).length : 0;
    };
    this.existing = { numFmts: 0, fonts: count('fonts'), fills: count('fills'), borders: count('borders'), cellXfs: count('cellXfs'), dxfs: count('dxfs') };
    // A format written by an earlier compute is found again and reused, so styles do not grow
    // with every compute; a user's format that happens to be the same is as good.
    for (const collection of ['fonts', 'fills', 'borders', 'cellXfs', 'dxfs'] as const) {
      const element = child(this.root, collection);
      (element ? children(element, ITEM[collection]) : []).forEach((item, index) => {
        const xml = text.slice(item.start, item.end);
        if (!this.keys[collection].has(xml)) this.keys[collection].set(xml, index);
      });
    }
    const formats = child(this.root, 'numFmts');
    const ids = (formats ? children(formats, 'numFmt') : []).map((format) => {
      const id = Number(format.attributes.get('numFmtId'));
      this.keys.numFmts.set(format.attributes.get('formatCode') ?? '', id);
      return id;
    });
    this.nextFormatId = Math.max(FIRST_CUSTOM_FORMAT, ...ids.filter(Number.isFinite).map((id) => id + 1));
  }

  private intern(collection: Exclude<Collection, 'numFmts'>, xml: string): number {
    const known = this.keys[collection].get(xml);
    if (known !== undefined) return known;
    const index = this.existing[collection] + this.added[collection].length;
    this.added[collection].push(xml);
    this.keys[collection].set(xml, index);
    return index;
  }

  numberFormatId(code: string | undefined): number {
    if (code === undefined) return 0;
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    const known = this.keys.numFmts.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormatId++;
    this.keys.numFmts.set(code, id);
    this.added.numFmts.push(numFmtXml(id, code, this.prefix));
    return id;
  }

  /** The index of a cell format (`cellXfs`) showing `style`; a link cell is underlined in the link colour. */
  cellFormat(style: CellStyle, link: boolean): number {
    const p = this.prefix;
    // A link is a formula, and a cell formatted `@` would turn it into text once edited.
    const numFmtId = this.numberFormatId(link && style.numberFormat === '@' ? undefined : style.numberFormat);
    const fontId = this.intern('fonts', fontXml(style, link, p));
    const fillId = style.fill ? this.intern('fills', fillXml(style.fill, p)) : 0;
    const borderId = style.border ? this.intern('borders', borderXml(style.border, style.borderColor, p)) : 0;
    const alignment = alignmentXml(style, p);
    const applied =
      `${numFmtId ? ' applyNumberFormat="1"' : ''} applyFont="1"${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}` +
      (alignment ? ' applyAlignment="1"' : '');
    const xf = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applied}${alignment ? `>${alignment}</${p}xf>` : '/>'}`;
    return this.intern('cellXfs', xf);
  }

  /** The format of a whole column: its number format over the workbook's default font. */
  columnFormat(numberFormat: string): number {
    const numFmtId = this.numberFormatId(numberFormat);
    return this.intern('cellXfs', `<${this.prefix}xf numFmtId="${numFmtId}" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>`);
  }

  /** The index of a differential format (`dxfs`), for a conditional format's look. */
  differentialFormat(style: Extract<ConditionalFormat, { kind: 'textEquals' | 'lessThan' }>['style']): number {
    return this.intern('dxfs', dxfXml(style, this.prefix));
  }

  get changed(): boolean {
    return Object.values(this.added).some((items) => items.length > 0);
  }

  /** The text of styles.xml with everything added. */
  toXml(): string {
    const edits: TextEdit[] = [];
    for (const collection of Object.keys(this.added) as Collection[]) {
      const items = this.added[collection];
      if (items.length === 0) continue;
      const element = child(this.root, collection);
      const total = (collection === 'numFmts' ? (element ? children(element, 'numFmt').length : 0) : this.existing[collection]) + items.length;
      if (element) edits.push(...this.appendTo(element, items.join(''), total));
      else edits.push(insertAt(this.placeFor(collection), `<${this.prefix}${collection} count="${total}">${items.join('')}</${this.prefix}${collection}>`));
    }
    return spliced(this.text, edits);
  }

  private appendTo(element: XmlElement, items: string, total: number): TextEdit[] {
    const open = this.text.slice(element.start, element.selfClosing ? element.openEnd - 2 : element.openEnd - 1);
    const counted = /\scount\s*=\s*["'][^"']*["']/.test(open) ? open.replace(/(\scount\s*=\s*["'])[^"']*(["'])/, `$1${total}$2`) : open;
    if (element.selfClosing) return [{ start: element.start, end: element.end, text: `${counted}>${items}</${element.qname}>` }];
    return [{ start: element.start, end: element.openEnd, text: `${counted}>` }, insertAt(element.closeStart, items)];
  }

  /** Where a missing collection goes: before the first collection that follows it in the schema. */
  private placeFor(collection: Collection): number {
    const later = ORDER.slice(ORDER.indexOf(collection) + 1);
    const next = this.root.children.find((each) => (later as readonly string[]).includes(each.name));
    return next ? next.start : this.root.closeStart;
  }
}
