import { sum } from '../../engine/decimal';
import type { PeriodResult } from '../../engine/rollup';
import type { Lang } from '../../i18n/lang';
import { periodLabels } from '../../i18n/period-labels';
import type { CellValue } from '../grid';
import type { ChartSpec, ConditionalFormat, Hyperlink, StyledRange } from '../sheet-spec';
import { countFormat, hiddenFormat, moneyFormat, pointsFormat } from './number-formats';
import { dataBarColor, headerStyle, sectionStyle } from './styles';
import { displayWidth } from './text-width';

/**
 * The summary under a quarter's or year's table (SPEC §4.2): headcount, months computed, the
 * average score, the money totals, who was flagged, and the team's average score month by
 * month with a data bar (what a file shows) and a column chart (drawn where the renderer
 * can). Labels span A to C, values sit in D (and E), each month's bar spans F to H; the
 * chart sits right of the bars, as on the month's tab.
 */
export interface PeriodSummaryBlock {
  readonly rows: readonly (readonly CellValue[])[];
  readonly styles: readonly StyledRange[];
  readonly merges: readonly string[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly hyperlinks: readonly Hyperlink[];
  readonly chart: ChartSpec;
  readonly labelWidth: number;
  /** The last row the block covers, the chart included. */
  readonly bottom: number;
}

const CHART_HEIGHT_ROWS = 16;
const BAR_FROM = 'F';
const BAR_TO = 'H';
const CHART_FROM = 'J';
const CHART_TO = 'P';

/**
 * `top` is the 1-based row of the block's title. `monthTabs` gives the workbook's scorecard
 * tab of a month, when it has one: the month links to it, so each average can be traced.
 */
export function periodSummary(
  result: PeriodResult,
  lang: Lang,
  top: number,
  monthTabs: (month: string) => string | undefined,
): PeriodSummaryBlock {
  const words = periodLabels(lang).summary;
  const { employees, monthAverages } = result;
  const salaries = employees.map((employee) => employee.salaryAdjustmentTotal);
  const awards = employees.map((employee) => employee.awardTotal);
  const average = result.averageScore;
  const figures: [string, CellValue, string][] = [
    [words.headcount, employees.length, countFormat],
    [words.monthsComputed, words.monthsComputedValue(result.months.length, result.months.length + result.missingMonths.length), '@'],
    [words.averageScore, average, pointsFormat([average])],
    [words.totalSalaryAdjustment, sum(salaries), moneyFormat(salaries)],
    [words.totalAward, sum(awards), moneyFormat(awards)],
    [words.flagged, employees.filter((employee) => employee.flaggedMonths > 0).length, countFormat],
  ];

  const figuresTop = top + 1;
  const monthlyTitle = figuresTop + figures.length + 1;
  const monthlyHeader = monthlyTitle + 1;
  const first = monthlyHeader + 1;
  const last = first + monthAverages.length - 1;
  const averages = monthAverages.map((month) => month.averageScore);

  const rows: CellValue[][] = [
    [words.title],
    ...figures.map(([label, value]) => [label, null, null, value]),
    [],
    [words.monthlyTitle],
    [words.month, null, null, words.monthHeadcount, words.monthAverage],
    ...monthAverages.map((month) => [month.month, null, null, month.headcount, month.averageScore, month.averageScore]),
  ];
  const labelRows = [...figures.map((_, index) => figuresTop + index), monthlyHeader, ...monthAverages.map((_, index) => first + index)];
  const styles: StyledRange[] = [
    { range: `A${top}`, style: sectionStyle },
    ...figures.map(([, , numberFormat], index) => ({ range: `D${figuresTop + index}`, style: { numberFormat, horizontal: 'right' as const } })),
    { range: `A${monthlyTitle}`, style: sectionStyle },
    { range: `A${monthlyHeader}:E${monthlyHeader}`, style: headerStyle },
    ...(monthAverages.length === 0
      ? []
      : [
          { range: `A${first}:A${last}`, style: { numberFormat: '@', horizontal: 'center' as const } },
          { range: `D${first}:D${last}`, style: { numberFormat: countFormat, horizontal: 'center' as const } },
          { range: `E${first}:E${last}`, style: { numberFormat: pointsFormat(averages), horizontal: 'center' as const } },
          { range: `${BAR_FROM}${first}:${BAR_FROM}${last}`, style: { numberFormat: hiddenFormat } },
        ]),
  ];
  const hyperlinks: Hyperlink[] = monthAverages.flatMap((month, index) => {
    const tab = monthTabs(month.month);
    return tab === undefined ? [] : [{ cell: `A${first + index}`, sheet: tab, targetCell: 'A1', text: month.month }];
  });

  return {
    rows,
    styles,
    merges: [...labelRows.map((row) => `A${row}:C${row}`), ...monthAverages.map((_, index) => `${BAR_FROM}${first + index}:${BAR_TO}${first + index}`)],
    conditionalFormats: monthAverages.length === 0 ? [] : [{ kind: 'dataBar', range: `${BAR_FROM}${first}:${BAR_FROM}${last}`, color: dataBarColor }],
    hyperlinks,
    chart: {
      kind: 'column',
      title: words.chartTitle,
      categories: `A${first}:A${last}`,
      values: `E${first}:E${last}`,
      seriesName: words.monthAverage,
      from: `${CHART_FROM}${top}`,
      to: `${CHART_TO}${top + CHART_HEIGHT_ROWS}`,
    },
    labelWidth: Math.max(...[...figures.map(([label]) => label), words.month].map(displayWidth)),
    bottom: Math.max(last, top + CHART_HEIGHT_ROWS),
  };
}
