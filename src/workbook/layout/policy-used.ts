import type { Policy } from '../../engine/policy';
import type { Lang } from '../../i18n/lang';
import { labels } from '../../i18n/labels';
import type { CellValue } from '../grid';
import type { RowHeight, StyledRange } from '../sheet-spec';
import { sectionStyle } from './styles';
import { LINE_HEIGHT, wrappedLineCount } from './wrapped-text';

/**
 * The policy a month was computed under (SPEC §2 Policy: the generated tabs record which
 * values were used), at the end of the scorecard: the values explain the scores, grades and
 * money above them. Each line spans the table's width and wraps, so a long line neither
 * widens the printed page nor runs off it. The catalog goes on the details tab, under the
 * details columns it shares (see `catalog-block.ts`).
 */
export interface PolicyLinesBlock {
  readonly rows: readonly (readonly CellValue[])[];
  readonly styles: readonly StyledRange[];
  readonly merges: readonly string[];
  readonly rowHeights: readonly RowHeight[];
}

/**
 * `top` is the 1-based row of the block's title; the lines span columns A to `lastColumn`,
 * `width` characters in all.
 */
export function policyLinesBlock(policy: Policy, lang: Lang, top: number, lastColumn: string, width: number): PolicyLinesBlock {
  const words = labels(lang).scorecard;
  const lines = words.policyLines(policy);
  const first = top + 1;
  const last = top + lines.length;
  return {
    rows: [[words.policyTitle], ...lines.map((line) => [line])],
    styles: [
      { range: `A${top}`, style: sectionStyle },
      { range: `A${first}:A${last}`, style: { wrap: true, vertical: 'top' } },
    ],
    merges: lines.map((_, index) => `A${first + index}:${lastColumn}${first + index}`),
    rowHeights: lines.flatMap((line, index) => {
      const count = wrappedLineCount(line, width);
      return count > 1 ? [{ row: first + index, height: count * LINE_HEIGHT }] : [];
    }),
  };
}
