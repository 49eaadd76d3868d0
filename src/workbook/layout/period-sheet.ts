import { periodKind } from '../../engine/period';
import type { PeriodEmployee, PeriodResult } from '../../engine/rollup';
import type { Lang } from '../../i18n/lang';
import { periodLabels, type PeriodColumn } from '../../i18n/period-labels';
import { columnLetter, type CellValue } from '../grid';
import type { ColumnSpec, ConditionalFormat, SheetSpec, StyledRange } from '../sheet-spec';
import { localTimestamp } from './excel-serial';
import { countFormat, moneyFormat, pointsFormat } from './number-formats';
import { periodSummary } from './period-summary';
import { existingNames, periodSheetName, scorecardSheetName } from './sheet-names';
import { gradeFormats, lowScoreStyle, provenanceStyle, tableHeaderStyle, tabColors, titleStyle } from './styles';
import { orderedTeams } from './team-order';
import { fittedWidths } from './text-width';
import { headerRowHeight, LINE_HEIGHT, wrappedLineCount, wrappedRowHeights } from './wrapped-text';

/** What the period's layout needs besides the roll-up. */
export interface PeriodLayoutContext {
  readonly lang: Lang;
  readonly generatedAt: Date;
  /** Names of the sheets the workbook holds now: the months' tabs are linked from the summary. */
  readonly existingSheets: readonly string[];
}

/** Title, generation line, rules line, a blank row, then the header: row 5, as on the month's tab. */
export const PERIOD_HEADER_ROW = 5;
const FROZEN_COLUMNS = 3;
const TITLE_TEAMS = 4;
/** The list of months wraps within this width (a year's twelve would widen the page). */
const MONTHS_WRAP_WIDTH = 16;

/** A column of the tab: one of the fixed columns, or the count of months at a grade. */
type Column = { readonly kind: 'fixed'; readonly key: PeriodColumn } | { readonly kind: 'grade'; readonly grade: string };

const fixed = (key: PeriodColumn): Column => ({ kind: 'fixed', key });

/** The grades counted: the policy's, then any a month was given under an earlier policy. */
function countedGrades(result: PeriodResult): string[] {
  const extra = new Set<string>();
  for (const employee of result.employees) for (const grade of Object.keys(employee.gradeCounts)) if (!result.grades.includes(grade)) extra.add(grade);
  return [...result.grades, ...extra];
}

function columnsOf(result: PeriodResult): Column[] {
  return [
    ...(['rank', 'id', 'name', 'team', 'monthsScored', 'averageScore', 'grade'] as const).map(fixed),
    ...countedGrades(result).map((grade): Column => ({ kind: 'grade', grade })),
    ...(['salaryAdjustmentTotal', 'awardTotal', 'monthsAtFirst', 'flaggedMonths', 'months'] as const).map(fixed),
  ];
}

function cellOf(column: Column, employee: PeriodEmployee, lang: Lang): CellValue {
  if (column.kind === 'grade') return employee.gradeCounts[column.grade] ?? 0;
  switch (column.key) {
    case 'rank':
      return employee.rank;
    case 'id':
      return employee.id;
    case 'name':
      return employee.name;
    case 'team':
      return employee.team ?? null;
    case 'monthsScored':
      return employee.monthsScored;
    case 'averageScore':
      return employee.averageScore;
    case 'grade':
      return employee.grade;
    case 'salaryAdjustmentTotal':
      return employee.salaryAdjustmentTotal;
    case 'awardTotal':
      return employee.awardTotal;
    case 'monthsAtFirst':
      return employee.monthsAtFirst;
    case 'flaggedMonths':
      return employee.flaggedMonths;
    case 'months':
      return periodLabels(lang).monthList(employee.months);
  }
}

function formatOf(column: Column, employees: readonly PeriodEmployee[]): string | undefined {
  if (column.kind === 'grade') return countFormat;
  switch (column.key) {
    case 'rank':
    case 'monthsScored':
    case 'monthsAtFirst':
    case 'flaggedMonths':
      return countFormat;
    case 'averageScore':
      return pointsFormat(employees.map((employee) => employee.averageScore));
    case 'salaryAdjustmentTotal':
      return moneyFormat(employees.map((employee) => employee.salaryAdjustmentTotal));
    case 'awardTotal':
      return moneyFormat(employees.map((employee) => employee.awardTotal));
    default:
      return undefined;
  }
}

const isKey = (column: Column, key: PeriodColumn): boolean => column.kind === 'fixed' && column.key === key;

/**
 * The quarter's or year's tab (SPEC §4.2): one row per employee scored in any computed month
 * of the period, a summary with the team's monthly averages and their chart, formatted and
 * printable like the month's scorecard.
 */
export function periodSheet(result: PeriodResult, context: PeriodLayoutContext): SheetSpec {
  const { lang } = context;
  const words = periodLabels(lang);
  const columns = columnsOf(result);
  const at = (key: PeriodColumn): number => columns.findIndex((column) => isKey(column, key));
  const letter = (key: PeriodColumn): string => columnLetter(at(key));
  const lastColumn = columnLetter(columns.length - 1);
  const { employees } = result;
  const header = columns.map((column) => (column.kind === 'grade' ? words.monthsAtGrade(column.grade) : words.columns[column.key]));
  const body = employees.map((employee) => columns.map((column) => cellOf(column, employee, lang)));
  const first = PERIOD_HEADER_ROW + 1;
  const last = PERIOD_HEADER_ROW + employees.length;
  const summaryTop = last + 2;
  const monthTab = (month: string): string | undefined =>
    existingNames(context.existingSheets, [scorecardSheetName(month, lang), scorecardSheetName(month, lang === 'zh' ? 'en' : 'zh')])[0];
  const summary = periodSummary(result, lang, summaryTop, monthTab);

  const widths = fittedWidths([header, ...body], columns.length);
  const monthsIndex = at('months');
  widths[monthsIndex] = Math.min(widths[monthsIndex], MONTHS_WRAP_WIDTH);
  const spanned = widths[0] + widths[1] + widths[2];
  if (spanned < summary.labelWidth + 2) widths[2] += summary.labelWidth + 2 - spanned;
  const tableWidth = widths.reduce((total, width) => total + width, 0);

  const teams = orderedTeams(employees.map((employee) => employee.team).filter((team): team is string => !!team));
  const shownTeams = teams.length > TITLE_TEAMS ? [...teams.slice(0, TITLE_TEAMS), '…'] : teams;
  const bands = result.policy.grades.bands.map((band) => `${band.grade} ${band.inclusive ? '≥' : '>'} ${band.min}`).join(', ');
  const rulesLine = words.rules(bands);
  const rulesLines = wrappedLineCount(rulesLine, tableWidth);

  const grades = countedGrades(result);
  const tableStyles: StyledRange[] =
    employees.length === 0
      ? []
      : [
          ...(['rank', 'id', 'grade', 'monthsScored', 'monthsAtFirst', 'flaggedMonths'] as const).map((key) => ({
            range: `${letter(key)}${first}:${letter(key)}${last}`,
            style: { horizontal: 'center' as const },
          })),
          ...columns.flatMap((column, index) =>
            column.kind === 'grade' ? [{ range: `${columnLetter(index)}${first}:${columnLetter(index)}${last}`, style: { horizontal: 'center' as const } }] : [],
          ),
          { range: `${letter('grade')}${first}:${letter('grade')}${last}`, style: { bold: true } },
          { range: `${letter('months')}${first}:${letter('months')}${last}`, style: { wrap: true } },
          { range: `A${first}:${lastColumn}${last}`, style: { vertical: 'top' as const } },
        ];
  const tableFormats: ConditionalFormat[] =
    employees.length === 0
      ? []
      : [
          ...gradeFormats(`${letter('grade')}${first}:${letter('grade')}${last}`, grades, result.policy.grades.fallback),
          {
            kind: 'lessThan',
            range: `${letter('averageScore')}${first}:${letter('averageScore')}${last}`,
            value: result.policy.flags.scoreBelow,
            style: lowScoreStyle,
          },
        ];
  const textKeys: readonly PeriodColumn[] = ['id', 'name', 'team', 'months'];

  return {
    name: periodSheetName(result.period, lang),
    visibility: 'visible',
    tabColor: tabColors.scorecard,
    columns: columns.map((column, index): ColumnSpec => {
      const numberFormat = formatOf(column, employees);
      return {
        width: widths[index],
        ...(numberFormat ? { numberFormat } : {}),
        ...(column.kind === 'fixed' && textKeys.includes(column.key) ? { text: true } : {}),
      };
    }),
    rows: [
      [words.title(result.period, periodKind(result.period), shownTeams)],
      [words.generated(localTimestamp(context.generatedAt), result.months, result.missingMonths)],
      [rulesLine],
      [],
      header,
      ...body,
      [],
      ...summary.rows,
    ],
    rowHeights: [
      ...(rulesLines > 1 ? [{ row: 3, height: rulesLines * LINE_HEIGHT }] : []),
      ...headerRowHeight(header, PERIOD_HEADER_ROW),
      ...wrappedRowHeights(body, new Map([[monthsIndex, widths[monthsIndex]]]), first),
    ],
    styles: [
      { range: 'A1', style: titleStyle },
      { range: 'A2:A3', style: provenanceStyle },
      { range: 'A3', style: { wrap: true, vertical: 'top' } },
      { range: `A${PERIOD_HEADER_ROW}:${lastColumn}${PERIOD_HEADER_ROW}`, style: tableHeaderStyle },
      ...tableStyles,
      ...summary.styles,
    ],
    merges: [`A3:${lastColumn}3`, ...summary.merges],
    freeze: { rows: PERIOD_HEADER_ROW, columns: FROZEN_COLUMNS },
    autoFilter: `A${PERIOD_HEADER_ROW}:${lastColumn}${Math.max(last, PERIOD_HEADER_ROW)}`,
    conditionalFormats: [...tableFormats, ...summary.conditionalFormats],
    hyperlinks: summary.hyperlinks,
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: PERIOD_HEADER_ROW, last: PERIOD_HEADER_ROW },
      centerFooter: words.footer(result.period),
    },
    chart: summary.chart,
  };
}
