import { fail, FakeErrorCode } from './errors';

/** What a cell holds once something is written into it. */
export interface EnteredValue {
  readonly value?: string | number | boolean;
  readonly formula?: string;
  /** The number format Excel gives a cell whose text it read as a percentage or a date. */
  readonly impliedFormat?: string;
}

const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))%$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

function isoDateSerial(text: string, date1904: boolean): number | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const time = Date.UTC(year, month - 1, day);
  const date = new Date(time);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (time - epoch) / MS_PER_DAY;
}

/**
 * Excel's reading of a value written through `Range.values`: as if typed into the cell. Text
 * in a cell formatted `@` stays text; otherwise `=…` is a formula, so is text starting with
 * `+`, `-` or `@` that is not a number, and numbers, percentages, TRUE/FALSE and ISO dates
 * are converted. Null leaves the cell unchanged (undefined result); "" empties it.
 */
export function enterValue(input: unknown, numberFormat: string, date1904: boolean): EnteredValue | undefined {
  if (input === null || input === undefined) return undefined;
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) fail(FakeErrorCode.invalidArgument, `${input} cannot be written to a cell.`);
    return { value: input };
  }
  if (typeof input === 'boolean') return { value: input };
  if (typeof input !== 'string') return fail(FakeErrorCode.invalidArgument, `A ${typeof input} cannot be written to a cell.`);
  if (input === '') return {};
  if (numberFormat === '@') return { value: input };
  const text = input.trim();
  if (input.startsWith('=') && input.length > 1) return { formula: input };
  if (NUMBER.test(text)) return { value: Number(text) };
  const percent = PERCENT.exec(text);
  if (percent) return { value: Number(percent[1]) / 100, impliedFormat: '0%' };
  if (/^(true|false)$/i.test(text)) return { value: text.toLowerCase() === 'true' };
  const serial = isoDateSerial(text, date1904);
  if (serial !== undefined) return { value: serial, impliedFormat: 'yyyy-mm-dd' };
  if (/^[+\-@]/.test(input)) return { formula: `=${input}` };
  return { value: input };
}

const STRING = '"((?:[^"]|"")*)"';
const HYPERLINK = new RegExp(`^=HYPERLINK\\(${STRING}(?:,${STRING})?\\)$`, 'i');

/** The target and shown text of a `=HYPERLINK("target","text")` formula, if it is one. */
export function hyperlinkOf(formula: string): { readonly target: string; readonly text: string } | undefined {
  const match = HYPERLINK.exec(formula);
  if (!match) return undefined;
  const target = match[1].replace(/""/g, '"');
  return { target, text: match[2] === undefined ? target : match[2].replace(/""/g, '"') };
}

/**
 * The value a formula shows. The fake calculates plain arithmetic (`=1+1` is 2) and a
 * HYPERLINK of string constants (its text), and treats anything else as a name Excel does not
 * know, `#NAME?`: enough to tell a formula from text.
 */
export function formulaResult(formula: string): number | string {
  const link = hyperlinkOf(formula);
  if (link) return link.text;
  const source = formula.replace(/^=/, '').replace(/^@/, '');
  let position = 0;
  const peek = () => source[position];
  const skipSpaces = () => {
    while (peek() === ' ') position++;
  };
  const expression = (): number => {
    let value = term();
    for (skipSpaces(); peek() === '+' || peek() === '-'; skipSpaces()) {
      const op = source[position++];
      const right = term();
      value = op === '+' ? value + right : value - right;
    }
    return value;
  };
  const term = (): number => {
    let value = factor();
    for (skipSpaces(); peek() === '*' || peek() === '/'; skipSpaces()) {
      const op = source[position++];
      const right = factor();
      value = op === '*' ? value * right : value / right;
    }
    return value;
  };
  const factor = (): number => {
    skipSpaces();
    if (peek() === '+' || peek() === '-') return source[position++] === '-' ? -factor() : factor();
    if (peek() === '(') {
      position++;
      const value = expression();
      skipSpaces();
      if (source[position++] !== ')') throw new SyntaxError('unbalanced');
      return value;
    }
    const match = /^(\d+\.?\d*|\.\d+)/.exec(source.slice(position));
    if (!match) throw new SyntaxError('not arithmetic');
    position += match[0].length;
    return Number(match[0]);
  };
  try {
    const value = expression();
    skipSpaces();
    if (position !== source.length) return '#NAME?';
    return Number.isFinite(value) ? value : '#DIV/0!';
  } catch {
    return '#NAME?';
  }
}
