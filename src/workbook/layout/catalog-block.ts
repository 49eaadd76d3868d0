import type { Policy } from '../../engine/policy';
import type { Lang } from '../../i18n/lang';
import { labels, type DetailsColumn } from '../../i18n/labels';
import { pointsRange } from '../../i18n/labels-text';
import { columnLetter, type CellValue } from '../grid';
import type { StyledRange } from '../sheet-spec';
import { detailsColumns } from './detail-rows';
import { sectionStyle, tableHeaderStyle } from './styles';

/**
 * The catalog in force (SPEC §3.3 as the policy sheets set it), under the details table. Its
 * code, name, category and points sit in the details columns of the same meaning (code, rule,
 * category, points per time), so the details headers repeated on a printed page still head
 * the right columns.
 */
export interface CatalogBlock {
  readonly rows: readonly (readonly CellValue[])[];
  readonly styles: readonly StyledRange[];
  /** 1-based row of the table's header. */
  readonly headerRow: number;
  /** The table's header and entries, which count for the details column widths and wrap like its rows. */
  readonly header: readonly CellValue[];
  readonly entries: readonly (readonly CellValue[])[];
}

/** The catalog's fields, each in the details column of the same meaning. */
type CatalogField = 'code' | 'name' | 'category' | 'points';
const placed: Readonly<Record<CatalogField, DetailsColumn>> = { code: 'code', name: 'rule', category: 'category', points: 'pointsPerTime' };
const fields = Object.keys(placed) as CatalogField[];

const index = (field: CatalogField): number => detailsColumns.indexOf(placed[field]);
const letter = (field: CatalogField): string => columnLetter(index(field));

function catalogRow(values: Record<CatalogField, CellValue>): CellValue[] {
  const row = new Array<CellValue>(Math.max(...fields.map(index)) + 1).fill(null);
  for (const field of fields) row[index(field)] = values[field];
  return row;
}

/** `top` is the 1-based row of the block's title. */
export function catalogBlock(policy: Policy, lang: Lang, top: number): CatalogBlock {
  const words = labels(lang);
  const columns = words.details.catalogColumns;
  const headerRow = top + 1;
  const header = catalogRow(columns);
  const entries = policy.catalog.map((entry) =>
    catalogRow({
      code: entry.code,
      name: entry.name[lang],
      category: words.categories[entry.category],
      points: pointsRange(entry.min, entry.max),
    }),
  );
  const first = headerRow + 1;
  const last = headerRow + entries.length;
  const body = (field: CatalogField) => `${letter(field)}${first}:${letter(field)}${last}`;
  return {
    rows: [[words.details.catalogTitle], header, ...entries],
    styles: [
      { range: `A${top}`, style: sectionStyle },
      { range: `${letter('code')}${headerRow}:${letter('points')}${headerRow}`, style: tableHeaderStyle },
      { range: `${letter('code')}${first}:${letter('points')}${last}`, style: { vertical: 'top' } },
      { range: body('code'), style: { horizontal: 'center' } },
      { range: body('name'), style: { wrap: true } },
      { range: body('category'), style: { horizontal: 'center' } },
      { range: body('points'), style: { horizontal: 'right' } },
    ],
    headerRow,
    header,
    entries,
  };
}
