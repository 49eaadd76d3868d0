import { defaultPolicy } from '../../engine/default-policy';
import type { Lang } from '../../i18n/lang';
import { columnLetter, type CellValue } from '../grid';
import { policySheetDefinitions, policySheetNames } from '../policy/policy-sheet-definitions';
import { policySheets } from '../policy/policy-sheets';
import { inputSheets, type ColumnDefinition, type InputSheetDefinition } from '../schema';
import type { ColumnSpec, SheetSpec, WritePlan } from '../sheet-spec';
import { timeSerial } from './excel-serial';
import { dateFormat, monthFormat, timeFormat } from './number-formats';
import { existingNames } from './sheet-names';
import { headerStyle, tabColors } from './styles';
import { displayWidth } from './text-width';

/** Room for what people type under each kind of header: dates, times, names and notes. */
const minimumWidth: Readonly<Record<ColumnDefinition['kind'], number>> = { text: 12, date: 12, time: 9, number: 10, month: 10 };

function templateColumn(column: ColumnDefinition, lang: Lang): ColumnSpec {
  const width = Math.max(minimumWidth[column.kind], displayWidth(column[lang]) + 4);
  switch (column.kind) {
    case 'text':
      return { width, text: true };
    case 'date':
      return { width, numberFormat: dateFormat };
    case 'time':
      return { width, numberFormat: timeFormat };
    case 'month':
      return { width, numberFormat: monthFormat };
    case 'number':
      return { width };
  }
}

/** The default shifts (SPEC §2), so the template says which codes the Shift column takes. */
function defaultShiftRows(definition: InputSheetDefinition, lang: Lang): CellValue[][] {
  return defaultPolicy.shifts.map((shift) => {
    const values: Record<string, CellValue> = {
      code: shift.code,
      name: shift.name[lang],
      start: timeSerial(shift.start),
      end: timeSerial(shift.end),
      breakMinutes: shift.breakMinutes,
    };
    return definition.columns.map((column) => values[column.field] ?? null);
  });
}

/** An input sheet with its headers in the language, each column formatted for what it holds. */
export function inputTemplate(definition: InputSheetDefinition, lang: Lang): SheetSpec {
  const headers = definition.columns.map((column) => column[lang]);
  const lastColumn = columnLetter(headers.length - 1);
  const rows = definition.key === 'shifts' ? defaultShiftRows(definition, lang) : [];
  return {
    name: definition[lang],
    visibility: 'visible',
    tabColor: tabColors.input,
    columns: definition.columns.map((column) => templateColumn(column, lang)),
    rows: [headers, ...rows],
    styles: [{ range: `A1:${lastColumn}1`, style: headerStyle }],
    merges: [],
    freeze: { rows: 1, columns: 0 },
    autoFilter: `A1:${lastColumn}1`,
    conditionalFormats: [],
    hyperlinks: [],
    print: { orientation: 'landscape', paperSize: 'A4', fitToWidth: 1, fitToHeight: 0, repeatRows: { first: 1, last: 1 } },
  };
}

/**
 * What `init` and the task pane's "create templates" write (SPEC §6): the input sheets, the
 * shifts with their defaults and the policy sheets with the regulation's values, skipping
 * every sheet the workbook already has under any of its names: existing sheets are never touched.
 */
export function templatePlan(lang: Lang, existingSheets: readonly string[]): WritePlan {
  const missing = (names: readonly string[]): boolean => existingNames(existingSheets, names).length === 0;
  const inputs = inputSheets
    .filter((definition) => missing([definition.zh, definition.en, ...(definition.aliases ?? [])]))
    .map((definition) => inputTemplate(definition, lang));
  const policies = policySheets(defaultPolicy, lang).filter((_, index) => missing(policySheetNames(policySheetDefinitions[index])));
  const sheets = [...inputs, ...policies];
  return { sheets, remove: [], ...(sheets.length > 0 ? { activate: sheets[0].name } : {}) };
}
