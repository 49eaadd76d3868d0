/**
 * Text as people type it into sheets, made comparable (SPEC §2: names and headers match
 * trimmed, case-insensitive, full-width and half-width alike).
 */
const FULL_WIDTH_FIRST = 0xff01; // ！
const FULL_WIDTH_LAST = 0xff5e; // ～
const FULL_WIDTH_OFFSET = 0xfee0;
const IDEOGRAPHIC_SPACE = 0x3000;
const MINUS_SIGN = 0x2212;

function isFoldable(code: number): boolean {
  return (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) || code === IDEOGRAPHIC_SPACE || code === MINUS_SIGN;
}

/** Full-width ASCII forms (ＩＤ, １００１, ：) and the ideographic space as their half-width twins. */
export function toHalfWidth(text: string): string {
  let index = 0;
  while (index < text.length && !isFoldable(text.charCodeAt(index))) index++;
  if (index === text.length) return text;
  let folded = text.slice(0, index);
  for (; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) folded += String.fromCharCode(code - FULL_WIDTH_OFFSET);
    else if (code === IDEOGRAPHIC_SPACE) folded += ' ';
    else if (code === MINUS_SIGN) folded += '-';
    else folded += text[index];
  }
  return folded;
}

/** Half-width, trimmed, lower case, with every run of white space as one space. */
export function normalizeText(text: string): string {
  return toHalfWidth(text).trim().replace(/\s+/g, ' ').toLowerCase();
}
