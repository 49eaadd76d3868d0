import type { Hyperlink } from './sheet-spec';

/** `'It''s'`: a sheet name quoted for a reference inside a formula. */
function quotedSheet(name: string): string {
  return `'${doubled(name, "'")}'`;
}

/**
 * `text` with each `mark` doubled. Most texts hold none, and a large details tab has tens of
 * thousands of links, so the text is only searched, not rewritten, then.
 */
function doubled(text: string, mark: '"' | "'"): string {
  return text.includes(mark) ? text.split(mark).join(mark + mark) : text;
}

/**
 * An internal link as a HYPERLINK formula, without its leading `=`. Both renderers write links
 * this way, so a linked cell holds the same formula in a file and in the open workbook:
 *
 * - In a file the formula needs no hyperlink relationship per link, and is followed by Excel,
 *   Excel on the web and LibreOffice alike.
 * - Through Office.js the formula travels inside the block of values it belongs to, where a
 *   `Range.hyperlink` would cost one operation per linked cell (36,000 for a large team).
 */
export function linkFormula(link: Hyperlink): string {
  const target = doubled(`#${quotedSheet(link.sheet)}!${link.targetCell}`, '"');
  const text = doubled(link.text, '"');
  return `HYPERLINK("${target}","${text}")`;
}
