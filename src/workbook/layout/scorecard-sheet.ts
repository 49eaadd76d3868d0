import type { Policy } from '../../engine/policy';
import type { EmployeeResult, MonthResult } from '../../engine/results';
import { labels, type Labels, type ScorecardColumn } from '../../i18n/labels';
import { columnLetter, type CellValue } from '../grid';
import type { LayoutContext } from '../pipeline-types';
import type { ColumnSpec, ConditionalFormat, Hyperlink, SheetSpec, StyledRange } from '../sheet-spec';
import { detailsFirstRows } from './details-sheet';
import { countFormat, moneyFormat, pointsFormat, signedPointsFormat } from './number-formats';
import { policyLinesBlock } from './policy-used';
import { generationLine, titleTeams } from './provenance';
import { gradeOrder, scorecardSummary } from './scorecard-summary';
import { detailsSheetName, scorecardSheetName } from './sheet-names';
import { gradeFormats, lowScoreStyle, provenanceStyle, tableHeaderStyle, tabColors, titleStyle } from './styles';
import { fittedWidths } from './text-width';
import { headerRowHeight, wrappedRowHeights } from './wrapped-text';

/** The scorecard's columns, in the order SPEC §4 fixes. */
export const scorecardColumns: readonly ScorecardColumn[] = [
  'rank',
  'id',
  'name',
  'team',
  'base',
  'attendanceDeduction',
  'violationDeduction',
  'bonus',
  'adjustment',
  'score',
  'grade',
  'salaryAdjustment',
  'award',
  'probation',
  'flags',
];

/** Title, generation line, policy line, a blank row, then the header: row 5. */
export const SCORECARD_HEADER_ROW = 5;

/** Rank, ID and name stay in view when scrolling right. */
const FROZEN_COLUMNS = 3;

/** Short columns are centred, so that rank and ID (or probation and flags) never read as one. */
const centredColumns: readonly ScorecardColumn[] = ['rank', 'id', 'grade', 'probation'];

/** Columns holding text from the workbook: written as text, so `=1+1` stays a name. */
const textColumns: ReadonlySet<ScorecardColumn> = new Set(['id', 'name', 'team']);

const letter = (column: ScorecardColumn): string => columnLetter(scorecardColumns.indexOf(column));

function employeeRow(employee: EmployeeResult, policy: Policy, words: Labels): CellValue[] {
  const values: Record<ScorecardColumn, CellValue> = {
    rank: employee.rank,
    id: employee.id,
    name: employee.name,
    team: employee.team ?? null,
    base: employee.base,
    attendanceDeduction: employee.attendanceDeduction,
    violationDeduction: employee.violationDeduction,
    bonus: employee.bonus,
    adjustment: employee.adjustment,
    score: employee.score,
    grade: employee.grade,
    salaryAdjustment: employee.salaryAdjustment,
    award: employee.award,
    probation: employee.probation ? words.yes : words.no,
    flags: employee.flags.length === 0 ? null : employee.flags.map((flag) => words.flags[flag](policy)).join(words.listSeparator),
  };
  return scorecardColumns.map((column) => values[column]);
}

function columnFormats(employees: readonly EmployeeResult[]): Partial<Record<ScorecardColumn, string>> {
  const points = (pick: (employee: EmployeeResult) => number): string => pointsFormat(employees.map(pick));
  return {
    rank: countFormat,
    base: points((employee) => employee.base),
    attendanceDeduction: points((employee) => employee.attendanceDeduction),
    violationDeduction: points((employee) => employee.violationDeduction),
    bonus: points((employee) => employee.bonus),
    adjustment: signedPointsFormat(employees.map((employee) => employee.adjustment)),
    score: points((employee) => employee.score),
    salaryAdjustment: moneyFormat(employees.map((employee) => employee.salaryAdjustment)),
    award: moneyFormat(employees.map((employee) => employee.award)),
  };
}

/**
 * Flags wrap within this width: an employee with two or three flags would otherwise widen the
 * column, and the printed page shrinks with it.
 */
export const FLAGS_WRAP_WIDTH = 14;

/**
 * Column widths fitted to the table, the flags capped at their wrap width, and the first
 * three widened if the summary labels they span need it.
 */
function widths(rows: readonly (readonly CellValue[])[], labelWidth: number): number[] {
  const fitted = fittedWidths(rows, scorecardColumns.length);
  const flags = scorecardColumns.indexOf('flags');
  fitted[flags] = Math.min(fitted[flags], FLAGS_WRAP_WIDTH);
  const spanned = fitted[0] + fitted[1] + fitted[2];
  if (spanned < labelWidth + 2) fitted[2] += labelWidth + 2 - spanned;
  return fitted;
}

/** The scorecard tab (SPEC §4): one row per scored employee, a summary and a grade chart. */
export function scorecardSheet(result: MonthResult, context: LayoutContext): SheetSpec {
  const { lang } = context;
  const words = labels(lang);
  const employees = result.employees;
  const header = scorecardColumns.map((column) => words.scorecard.columns[column]);
  const body = employees.map((employee) => employeeRow(employee, result.policy, words));
  const first = SCORECARD_HEADER_ROW + 1;
  const last = SCORECARD_HEADER_ROW + employees.length;
  const summaryTop = last + 2;
  const summary = scorecardSummary(result, lang, summaryTop);
  const lastColumn = letter('flags');
  const details = detailsSheetName(result.month, lang);

  const formats = columnFormats(employees);
  const columnWidths = widths([header, ...body], summary.labelWidth);
  const flagsIndex = scorecardColumns.indexOf('flags');
  // The policy used follows the summary and, in Excel, its chart.
  const policyTop = summary.bottom + 2;
  const tableWidth = columnWidths.reduce((total, width) => total + width, 0);
  const policy = policyLinesBlock(result.policy, lang, policyTop, lastColumn, tableWidth);
  const columns: ColumnSpec[] = scorecardColumns.map((column, index) => ({
    width: columnWidths[index],
    ...(formats[column] ? { numberFormat: formats[column] } : {}),
    ...(textColumns.has(column) ? { text: true } : {}),
  }));

  const styles: StyledRange[] = [
    { range: 'A1', style: titleStyle },
    { range: 'A2:A3', style: provenanceStyle },
    { range: `A${SCORECARD_HEADER_ROW}:${lastColumn}${SCORECARD_HEADER_ROW}`, style: tableHeaderStyle },
    ...(employees.length === 0
      ? []
      : [
          ...centredColumns.map((column) => ({
            range: `${letter(column)}${first}:${letter(column)}${last}`,
            style: { horizontal: 'center' as const },
          })),
          { range: `${letter('grade')}${first}:${letter('grade')}${last}`, style: { bold: true } },
          { range: `${letter('flags')}${first}:${letter('flags')}${last}`, style: { wrap: true } },
          { range: `A${first}:${lastColumn}${last}`, style: { vertical: 'top' as const } },
        ]),
    ...summary.styles,
    ...policy.styles,
  ];

  const grades = gradeOrder(result);
  const tableFormats: ConditionalFormat[] =
    employees.length === 0
      ? []
      : [
          ...gradeFormats(`${letter('grade')}${first}:${letter('grade')}${last}`, grades, grades[grades.length - 1]),
          {
            kind: 'lessThan',
            range: `${letter('score')}${first}:${letter('score')}${last}`,
            value: result.policy.flags.scoreBelow,
            style: lowScoreStyle,
          },
        ];

  const firstRows = detailsFirstRows(result);
  const hyperlinks: Hyperlink[] = employees.flatMap((employee, index) => {
    const target = firstRows.get(employee.id);
    return target === undefined
      ? []
      : [{ cell: `${letter('id')}${first + index}`, sheet: details, targetCell: `A${target}`, text: employee.id }];
  });

  return {
    name: scorecardSheetName(result.month, lang),
    visibility: 'visible',
    tabColor: tabColors.scorecard,
    columns,
    rows: [
      [words.scorecard.title(result.month, titleTeams(result))],
      [generationLine(context)],
      [words.policyInBrief(result.policy, details)],
      [],
      header,
      ...body,
      [],
      ...summary.rows,
      ...new Array<CellValue[]>(policyTop - summaryTop - summary.rows.length).fill([]),
      ...policy.rows,
    ],
    rowHeights: [
      ...headerRowHeight(header, SCORECARD_HEADER_ROW),
      ...wrappedRowHeights(body, new Map([[flagsIndex, columnWidths[flagsIndex]]]), first),
      ...policy.rowHeights,
    ],
    styles,
    merges: [...summary.merges, ...policy.merges],
    freeze: { rows: SCORECARD_HEADER_ROW, columns: FROZEN_COLUMNS },
    autoFilter: `A${SCORECARD_HEADER_ROW}:${lastColumn}${Math.max(last, SCORECARD_HEADER_ROW)}`,
    conditionalFormats: [...tableFormats, ...summary.conditionalFormats],
    hyperlinks,
    print: {
      orientation: 'landscape',
      paperSize: 'A4',
      fitToWidth: 1,
      fitToHeight: 0,
      repeatRows: { first: SCORECARD_HEADER_ROW, last: SCORECARD_HEADER_ROW },
      centerFooter: words.scorecard.footer(result.month),
    },
    chart: summary.chart,
  };
}
