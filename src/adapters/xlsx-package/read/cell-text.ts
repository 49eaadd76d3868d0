import { decodeEscapes, unescapeXml } from '../xml/xml-text';

/**
 * The text of a string item (`<si>` or `<is>`) from `from` to its end tag: its `<t>` elements
 * joined, rich-text runs included, phonetic guides (`<rPh>`, the furigana of Japanese names)
 * left out, as Excel shows the cell. Returns the text and where the item ends.
 */
export function stringItem(xml: string, from: number, endTag: string): { text: string; end: number } {
  const end = xml.indexOf(endTag, from);
  if (end < 0) throw new SyntaxError(`unclosed string item at ${from}`);
  let text = '';
  let at = from;
  for (;;) {
    const open = xml.indexOf('<', at);
    if (open < 0 || open >= end) break;
    const close = xml.indexOf('>', open);
    const nameEnd = tagNameEnd(xml, open + 1, close);
    const name = localName(xml.slice(open + 1, nameEnd));
    if (name === 'rPh') {
      const phoneticEnd = xml.indexOf('rPh>', close);
      at = xml[close - 1] === '/' || phoneticEnd < 0 ? close + 1 : phoneticEnd + 4;
      continue;
    }
    if (name === 't' && xml[close - 1] !== '/') {
      const textEnd = xml.indexOf('<', close + 1);
      text += xml.slice(close + 1, textEnd);
      at = textEnd;
      continue;
    }
    at = close + 1;
  }
  return { text: decodeEscapes(unescapeXml(text)), end: end + endTag.length };
}

function tagNameEnd(xml: string, from: number, limit: number): number {
  let at = from;
  while (at < limit) {
    const code = xml.charCodeAt(at);
    if (code === 0x20 || code === 0x2f || code === 0x09 || code === 0x0a || code === 0x0d) break;
    at++;
  }
  return at;
}

function localName(qname: string): string {
  const colon = qname.indexOf(':');
  return colon < 0 ? qname : qname.slice(colon + 1);
}

/** Every string of a shared-strings part, in order. */
export function sharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const item = /<(\w+:)?si[\s>/]/g;
  let match: RegExpExecArray | null;
  while ((match = item.exec(xml))) {
    const open = match.index;
    const close = xml.indexOf('>', open);
    if (xml[close - 1] === '/') {
      strings.push('');
      item.lastIndex = close + 1;
      continue;
    }
    const { text, end } = stringItem(xml, close + 1, `</${match[1] ?? ''}si>`);
    strings.push(text);
    item.lastIndex = end;
  }
  return strings;
}
