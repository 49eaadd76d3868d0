import { unescapeXml } from './xml-text';

/**
 * An element of a small XML part (the workbook, its relationships, the content types, the
 * styles) with where it sits in the text, so that an edit can splice new text in at an exact
 * place and leave every other byte as it was.
 */
export interface XmlElement {
  /** The name as written, with its prefix (`x:sheet`). */
  readonly qname: string;
  /** The local name (`sheet`). */
  readonly name: string;
  readonly prefix: string;
  /** Attribute values by qualified name, references resolved. */
  readonly attributes: ReadonlyMap<string, string>;
  /** Index of the `<` that opens the element. */
  readonly start: number;
  /** Index just after the start tag's `>`. */
  readonly openEnd: number;
  /** Index of the end tag's `<`; `openEnd` for an empty element `<a/>`. */
  readonly closeStart: number;
  /** Index just after the element's last `>`. */
  readonly end: number;
  readonly selfClosing: boolean;
  readonly children: readonly XmlElement[];
}

interface OpenElement {
  qname: string;
  attributes: Map<string, string>;
  start: number;
  openEnd: number;
  children: XmlElement[];
}

export class XmlSyntaxError extends Error {}

function localParts(qname: string): { prefix: string; name: string } {
  const colon = qname.indexOf(':');
  return colon < 0 ? { prefix: '', name: qname } : { prefix: qname.slice(0, colon), name: qname.slice(colon + 1) };
}

function skipPast(text: string, from: number, marker: string): number {
  const at = text.indexOf(marker, from);
  if (at < 0) throw new XmlSyntaxError(`unclosed ${marker}`);
  return at + marker.length;
}

const isSpace = (code: number): boolean => code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;

/** Reads a start tag from `<`; returns its name, attributes, end and whether it closes itself. */
function startTag(text: string, start: number): { qname: string; attributes: Map<string, string>; end: number; selfClosing: boolean } {
  let at = start + 1;
  while (at < text.length && !isSpace(text.charCodeAt(at)) && text[at] !== '>' && text[at] !== '/') at++;
  const qname = text.slice(start + 1, at);
  const attributes = new Map<string, string>();
  for (;;) {
    while (at < text.length && isSpace(text.charCodeAt(at))) at++;
    if (at >= text.length) throw new XmlSyntaxError(`unclosed <${qname}`);
    if (text[at] === '>') return { qname, attributes, end: at + 1, selfClosing: false };
    if (text[at] === '/' && text[at + 1] === '>') return { qname, attributes, end: at + 2, selfClosing: true };
    const equals = text.indexOf('=', at);
    if (equals < 0) throw new XmlSyntaxError(`attribute without a value in <${qname}`);
    const name = text.slice(at, equals).trim();
    at = equals + 1;
    while (isSpace(text.charCodeAt(at))) at++;
    const quote = text[at];
    if (quote !== '"' && quote !== "'") throw new XmlSyntaxError(`unquoted attribute ${name} in <${qname}`);
    const close = text.indexOf(quote, at + 1);
    if (close < 0) throw new XmlSyntaxError(`unclosed attribute ${name} in <${qname}`);
    attributes.set(name, unescapeXml(text.slice(at + 1, close)));
    at = close + 1;
  }
}

/** The root element of an XML document, with every element's place in the text. */
export function parseXml(text: string): XmlElement {
  const stack: OpenElement[] = [{ qname: '', attributes: new Map(), start: 0, openEnd: 0, children: [] }];
  let at = text.indexOf('<');
  while (at >= 0) {
    const next = text[at + 1];
    if (next === '?') at = skipPast(text, at, '?>');
    else if (text.startsWith('<!--', at)) at = skipPast(text, at, '-->');
    else if (text.startsWith('<![CDATA[', at)) at = skipPast(text, at, ']]>');
    else if (next === '!') at = skipPast(text, at, '>');
    else if (next === '/') {
      const close = skipPast(text, at, '>');
      const qname = text.slice(at + 2, close - 1).trim();
      const open = stack.pop();
      if (!open || stack.length === 0 || open.qname !== qname) throw new XmlSyntaxError(`</${qname}> does not close <${open?.qname}>`);
      const parts = localParts(qname);
      stack[stack.length - 1].children.push({ ...parts, qname, attributes: open.attributes, start: open.start, openEnd: open.openEnd, closeStart: at, end: close, selfClosing: false, children: open.children });
      at = close;
    } else {
      const tag = startTag(text, at);
      if (tag.selfClosing) {
        const parts = localParts(tag.qname);
        stack[stack.length - 1].children.push({ ...parts, qname: tag.qname, attributes: tag.attributes, start: at, openEnd: tag.end, closeStart: tag.end, end: tag.end, selfClosing: true, children: [] });
      } else {
        stack.push({ qname: tag.qname, attributes: tag.attributes, start: at, openEnd: tag.end, children: [] });
      }
      at = tag.end;
    }
    at = text.indexOf('<', at);
  }
  if (stack.length !== 1 || stack[0].children.length !== 1) throw new XmlSyntaxError('not one root element');
  return stack[0].children[0];
}

export function child(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((each) => each.name === name);
}

export function children(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((each) => each.name === name);
}

/** An attribute by local name, whatever its prefix (`r:id`, `relationships:id`). */
export function attribute(element: XmlElement, qname: string): string | undefined {
  return element.attributes.get(qname);
}

/** The element's text content, references resolved (for elements holding text only). */
export function textOf(text: string, element: XmlElement): string {
  return element.selfClosing ? '' : unescapeXml(text.slice(element.openEnd, element.closeStart));
}

/** The prefix the root binds to `namespace` (`''` for the default), or undefined when none does. */
export function prefixOf(root: XmlElement, namespace: string): string | undefined {
  for (const [name, value] of root.attributes) {
    if (value !== namespace) continue;
    if (name === 'xmlns') return '';
    if (name.startsWith('xmlns:')) return name.slice(6);
  }
  return undefined;
}

/** The attribute in `namespace` with local name `local` on an element whose root binds prefixes. */
export function namespacedAttribute(root: XmlElement, element: XmlElement, namespace: string, local: string): string | undefined {
  const prefix = prefixOf(root, namespace);
  if (prefix !== undefined && prefix !== '') return element.attributes.get(`${prefix}:${local}`);
  // Declared on the element itself.
  for (const [name, value] of element.attributes) {
    if (name.startsWith('xmlns:') && value === namespace) return element.attributes.get(`${name.slice(6)}:${local}`);
  }
  return undefined;
}
