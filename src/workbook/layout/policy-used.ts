import type { Policy } from '../../engine/policy';
import type { Lang } from '../../i18n/lang';
import { labels } from '../../i18n/labels';
import { pointsRange } from '../../i18n/labels-text';
import type { CellValue } from '../grid';
import type { StyledRange } from '../sheet-spec';
import { headerStyle, sectionStyle } from './styles';

/**
 * The policy a month was computed under, written under the details table (SPEC §2 Policy:
 * the generated tabs record which values were used): one line per group of values, then the
 * catalog as a small table whose code, name and category sit under the same columns of the
 * details table (D, E, F) and the points under "points per time" (H).
 */
export interface PolicyBlock {
  readonly rows: readonly (readonly CellValue[])[];
  readonly styles: readonly StyledRange[];
  /** Rows whose cells count for column widths (the catalog table; the lines overflow). */
  readonly tableRows: readonly (readonly CellValue[])[];
}

const catalogRow = (code: CellValue, name: CellValue, category: CellValue, points: CellValue): CellValue[] => [
  null,
  null,
  null,
  code,
  name,
  category,
  null,
  points,
];

/** `top` is the 1-based row of the block's title. */
export function policyUsedBlock(policy: Policy, lang: Lang, top: number): PolicyBlock {
  const words = labels(lang);
  const lines = words.details.policyLines(policy);
  const columns = words.details.catalogColumns;
  const catalogTitle = top + lines.length + 2;
  const catalogHeader = catalogTitle + 1;
  const table = [
    catalogRow(columns.code, columns.name, columns.category, columns.points),
    ...policy.catalog.map((entry) =>
      catalogRow(entry.code, entry.name[lang], words.categories[entry.category], pointsRange(entry.min, entry.max)),
    ),
  ];
  return {
    rows: [[words.details.policyTitle], ...lines.map((line) => [line]), [], [words.details.catalogTitle], ...table],
    styles: [
      { range: `A${top}`, style: sectionStyle },
      { range: `A${catalogTitle}`, style: sectionStyle },
      { range: `D${catalogHeader}:H${catalogHeader}`, style: headerStyle },
      { range: `H${catalogHeader + 1}:H${catalogHeader + policy.catalog.length}`, style: { horizontal: 'right' } },
    ],
    tableRows: table,
  };
}
