/** Text in and out of XML, and SpreadsheetML's own `_xHHHH_` escapes (ECMA-376 Part 1, ST_Xstring). */

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character and entity references resolved (`&lt;`, `&#233;`, `&#xE9;`); unknown ones are kept. */
export function unescapeXml(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name[0] === '#') {
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[name] ?? whole;
  });
}

/** `_x000D_` → carriage return, `_x005F_` → `_`: how Excel stores characters XML cannot hold. */
export function decodeEscapes(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Text as the content of an element: `<`, `>` and `&` escaped. */
export function escapeText(text: string): string {
  if (!/[<>&]/.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text as an attribute value in double quotes; line breaks and tabs kept as references. */
export function escapeAttribute(text: string): string {
  if (!/[<>&"\n\r\t]/.test(text)) return text;
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, '0');

/**
 * Cell text as SpreadsheetML stores it: a literal `_xHHHH_` gets its `_` escaped (`_x005F_`)
 * so Excel does not decode it, and the characters XML 1.0 cannot carry or would not keep
 * (control characters other than tab and line feed, carriage returns, which XML turns into line
 * feeds, lone surrogates, U+FFFE and U+FFFF) become `_xHHHH_`, as Excel writes them.
 */
export function encodeCellText(text: string): string {
  if (!/_x[0-9A-Fa-f]{4}_|[\u0000-\u0008\u000B-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/.test(text)) return text;
  const escapedUnderscores = text.replace(/_(?=x[0-9A-Fa-f]{4}_)/g, '_x005F_');
  let out = '';
  for (let i = 0; i < escapedUnderscores.length; i++) {
    const code = escapedUnderscores.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < escapedUnderscores.length) {
      const next = escapedUnderscores.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += escapedUnderscores[i] + escapedUnderscores[i + 1];
        i++;
        continue;
      }
    }
    const forbidden = (code < 0x20 && code !== 0x09 && code !== 0x0a) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff;
    out += forbidden ? `_x${hex4(code)}_` : escapedUnderscores[i];
  }
  return out;
}
