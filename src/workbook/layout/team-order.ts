/**
 * Teams in the order people count them: 一组, 二组, 三组 … 十组, 十一组; Team 2 before Team 10.
 * Code-point order would give 一组、三组、二组 (三 U+4E09 sorts before 二 U+4E8C).
 */

const chineseDigits: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const chineseUnits: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/** One run of a name: a number (by its value) or text. */
type Piece = { readonly kind: 'number'; readonly value: number } | { readonly kind: 'text'; readonly text: string };

/** `十一` → 11, `二十` → 20, `一百零五` → 105; digits alone read positionally: `一〇一` → 101. */
export function chineseNumeralValue(numeral: string): number {
  const chars = [...numeral];
  if (!chars.some((ch) => ch in chineseUnits)) return chars.reduce((value, ch) => value * 10 + chineseDigits[ch], 0);
  let total = 0;
  let digit: number | undefined;
  for (const ch of chars) {
    if (ch in chineseUnits) {
      total += (digit ?? 1) * chineseUnits[ch];
      digit = undefined;
    } else {
      digit = chineseDigits[ch];
    }
  }
  return total + (digit ?? 0);
}

/** Full-width digits count as digits: `２组` is team 2. */
const asciiDigits = (text: string): string => text.replace(/[０-９]/g, (ch) => String(ch.charCodeAt(0) - 0xff10));

function pieces(name: string): Piece[] {
  const result: Piece[] = [];
  const pattern = /([0-9０-９]+)|([零〇一二两三四五六七八九十百千]+)|([^0-9０-９零〇一二两三四五六七八九十百千]+)/gu;
  for (const match of name.matchAll(pattern)) {
    if (match[1] !== undefined) result.push({ kind: 'number', value: Number(asciiDigits(match[1])) });
    else if (match[2] !== undefined) result.push({ kind: 'number', value: chineseNumeralValue(match[2]) });
    else result.push({ kind: 'text', text: match[0].toLowerCase() });
  }
  return result;
}

function comparePieces(a: Piece, b: Piece): number {
  if (a.kind === 'number' && b.kind === 'number') return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  if (a.kind === 'text' && b.kind === 'text') return a.text < b.text ? -1 : a.text > b.text ? 1 : 0;
  // A number sorts before text at the same place: `1组` before `A组`.
  return a.kind === 'number' ? -1 : 1;
}

/**
 * Natural order of team names: numbers (Chinese numerals, half- and full-width digits) by
 * value, text case-blind; names that still tie (`2组` and `二组`) fall back to code points,
 * so the order is total and the same whatever order the teams came in.
 */
export function compareTeams(a: string, b: string): number {
  const left = pieces(a);
  const right = pieces(b);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const order = comparePieces(left[index], right[index]);
    if (order !== 0) return order;
  }
  if (left.length !== right.length) return left.length - right.length;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Distinct team names, naturally ordered. */
export function orderedTeams(teams: Iterable<string>): string[] {
  return [...new Set(teams)].sort(compareTeams);
}
