import type { Policy } from '../../engine/policy';
import type { Lang } from '../../i18n/lang';
import { labels } from '../../i18n/labels';
import type { CellValue } from '../grid';
import { columnLetter } from '../grid';
import type { SheetSpec } from '../sheet-spec';
import { headerStyle, tabColors } from '../layout/styles';
import { fittedWidths } from '../layout/text-width';
import { lateTierBands } from '../../i18n/labels-text';
import { parameterKeys, parameterValue } from './parameters';
import {
  awardSheet,
  catalogSheet,
  gradesSheet,
  lateTiersSheet,
  parametersSheet,
  type PolicySheetDefinition,
} from './policy-sheet-definitions';

/** Notes explain each row in a sentence, shown on one line (a wrapped row would not grow to fit). */
const NOTE_WIDTH = { min: 6, max: 110 };

function policyTable(definition: PolicySheetDefinition, lang: Lang, rows: readonly (readonly CellValue[])[]): SheetSpec {
  const headers = definition.columns.map((column) => column[lang]);
  const fitted = fittedWidths([headers, ...rows], headers.length, NOTE_WIDTH);
  const lastColumn = columnLetter(headers.length - 1);
  return {
    name: definition[lang],
    visibility: 'visible',
    tabColor: tabColors.policy,
    columns: definition.columns.map((column, index) => ({
      width: fitted[index],
      ...(column.kind === 'text' ? { text: true } : {}),
    })),
    rows: [headers, ...rows],
    styles: [
      { range: `A1:${lastColumn}1`, style: headerStyle },
    ],
    merges: [],
    freeze: { rows: 1, columns: 0 },
    conditionalFormats: [],
    hyperlinks: [],
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, fitToHeight: 0, repeatRows: { first: 1, last: 1 } },
  };
}

/**
 * The policy sheets HR edits (SPEC §2 Policy, §3): parameters, catalog, grades, late tiers
 * and award, filled with `policy`, a note on every row saying what it does and where the
 * regulation says so. `readPolicy` reads them back to the same policy.
 */
export function policySheets(policy: Policy, lang: Lang): SheetSpec[] {
  const words = labels(lang);
  const sheetWords = words.policySheets;
  const parameters = parameterKeys.map((key) => [
    key,
    sheetWords.parameters[key].label,
    parameterValue(policy, key),
    sheetWords.parameters[key].note,
  ]);
  const catalog = policy.catalog.map((entry) => [
    entry.code,
    words.categories[entry.category],
    entry.name.zh,
    entry.name.en,
    entry.min,
    entry.max,
    sheetWords.catalogNote(entry),
  ]);
  const grades: CellValue[][] = [
    ...policy.grades.bands.map((band) => [band.grade, band.min, band.inclusive ? words.yes : words.no, sheetWords.gradeNote(band)]),
    [policy.grades.fallback, null, null, sheetWords.fallbackGradeNote],
  ];
  const tiers = lateTierBands(policy).map((band) => [band.to, band.points, sheetWords.lateTierNote(band.from, band.to)]);
  const amounts = policy.award.amounts;
  const award = amounts.map((amount, index) => [index + 1, amount, sheetWords.awardNote(index + 1, index === amounts.length - 1)]);
  return [
    policyTable(parametersSheet, lang, parameters),
    policyTable(catalogSheet, lang, catalog),
    policyTable(gradesSheet, lang, grades),
    policyTable(lateTiersSheet, lang, tiers),
    policyTable(awardSheet, lang, award),
  ];
}
