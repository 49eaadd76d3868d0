/**
 * Whether the calculation chain (`xl/calcChain.xml`, Excel's cache of the order it last
 * calculated formulas in) lists a cell of one of `sheetIds`. Each `<c>` names its sheet in `i`,
 * or shares the one of the `<c>` before it (ECMA-376 Part 1, §18.6.2).
 */
export function calcChainMentions(xml: string, sheetIds: ReadonlySet<number>): boolean {
  let sheet = -1;
  const cell = /<(?:\w+:)?c\s([^>]*)>/g;
  let match: RegExpExecArray | null;
  while ((match = cell.exec(xml))) {
    const i = /(?:^|\s)i\s*=\s*["'](\d+)["']/.exec(match[1]);
    if (i) sheet = Number(i[1]);
    if (sheetIds.has(sheet)) return true;
  }
  return false;
}
