import { sum } from '../../engine/decimal';
import type { MonthResult } from '../../engine/results';
import type { Lang } from '../../i18n/lang';
import { labels } from '../../i18n/labels';
import type { CellValue } from '../grid';
import type { ChartSpec, ConditionalFormat, StyledRange } from '../sheet-spec';
import { countFormat, hiddenFormat, moneyFormat, pointsFormat, shareFormat } from './number-formats';
import { dataBarColor, gradeColour, headerStyle, sectionStyle } from './styles';
import { displayWidth } from './text-width';

/**
 * The summary under the scorecard table (SPEC §4): headcount, average, money totals, flagged
 * employees and the grade distribution with a data bar and a column chart. Labels span
 * columns A to C; values sit in D (and the share in E). Each grade's bar has a cell of its
 * own spanning F to H, wide enough to compare, holding the count again with the number
 * hidden; in Excel the column chart sits to the right of the bars.
 */
export interface SummaryBlock {
  readonly rows: readonly (readonly CellValue[])[];
  readonly styles: readonly StyledRange[];
  readonly merges: readonly string[];
  readonly conditionalFormats: readonly ConditionalFormat[];
  readonly chart: ChartSpec;
  /** Display width the merged label cells need. */
  readonly labelWidth: number;
  /** The last row the block covers, the chart included. */
  readonly bottom: number;
}

const CHART_HEIGHT_ROWS = 16;
/** The bar cells span F to H; the chart (Excel only) sits right of them, a column apart. */
const BAR_FROM = 'F';
const BAR_TO = 'H';
const CHART_FROM = 'J';
const CHART_TO = 'O';

/** Grades best first, the fallback last: the order of the distribution. */
export function gradeOrder(result: MonthResult): string[] {
  return [...result.policy.grades.bands.map((band) => band.grade), result.policy.grades.fallback];
}

/** `top` is the 1-based row of the block's first line. */
export function scorecardSummary(result: MonthResult, lang: Lang, top: number): SummaryBlock {
  const words = labels(lang).scorecard.summary;
  const employees = result.employees;
  const headcount = employees.length;
  const scores = employees.map((employee) => employee.score);
  const salaries = employees.map((employee) => employee.salaryAdjustment);
  const awards = employees.map((employee) => employee.award);
  const average = headcount === 0 ? null : sum(scores) / headcount;
  const totalSalary = sum(salaries);
  const totalAward = sum(awards);
  const flagged = employees.filter((employee) => employee.flags.length > 0).length;

  const figures: [string, CellValue, string][] = [
    [words.headcount, headcount, countFormat],
    [words.averageScore, average, pointsFormat(average === null ? [] : [average])],
    [words.totalSalaryAdjustment, totalSalary, moneyFormat(salaries)],
    [words.totalAward, totalAward, moneyFormat(awards)],
    [words.flagged, flagged, countFormat],
  ];
  const grades = gradeOrder(result);
  const distribution = grades.map((grade) => {
    const count = employees.filter((employee) => employee.grade === grade).length;
    return { grade, count, share: headcount === 0 ? 0 : count / headcount };
  });

  const figuresTop = top + 1;
  const distributionTitle = figuresTop + figures.length + 1;
  const distributionHeader = distributionTitle + 1;
  const first = distributionHeader + 1;
  const last = first + distribution.length - 1;

  const rows: CellValue[][] = [
    [words.title],
    ...figures.map(([label, value]) => [label, null, null, value]),
    [],
    [words.distribution],
    [words.grade, null, null, words.count, words.share],
    ...distribution.map((line) => [line.grade, null, null, line.count, line.share, line.count]),
  ];

  const labelRows = [...figures.map((_, index) => figuresTop + index), distributionHeader];
  for (let row = first; row <= last; row++) labelRows.push(row);
  const styles: StyledRange[] = [
    { range: `A${top}`, style: sectionStyle },
    ...figures.map(([, , numberFormat], index) => ({ range: `D${figuresTop + index}`, style: { numberFormat } })),
    { range: `A${distributionTitle}`, style: sectionStyle },
    { range: `A${distributionHeader}:E${distributionHeader}`, style: headerStyle },
    { range: `A${first}:A${last}`, style: { bold: true, horizontal: 'center' } },
    { range: `D${first}:D${last}`, style: { numberFormat: countFormat, horizontal: 'center' } },
    { range: `E${first}:E${last}`, style: { numberFormat: shareFormat, horizontal: 'center' } },
    { range: `${BAR_FROM}${first}:${BAR_FROM}${last}`, style: { numberFormat: hiddenFormat } },
  ];

  const conditionalFormats: ConditionalFormat[] = [
    { kind: 'dataBar', range: `${BAR_FROM}${first}:${BAR_FROM}${last}`, color: dataBarColor },
    ...grades.map((grade, index): ConditionalFormat => ({
      kind: 'textEquals',
      range: `A${first}:A${last}`,
      text: grade,
      style: gradeColour(index, index === grades.length - 1),
    })),
  ];

  const chart: ChartSpec = {
    kind: 'column',
    title: words.distribution,
    categories: `A${first}:A${last}`,
    values: `D${first}:D${last}`,
    seriesName: words.count,
    from: `${CHART_FROM}${top}`,
    to: `${CHART_TO}${top + CHART_HEIGHT_ROWS}`,
  };

  const labelTexts = [...figures.map(([label]) => label), words.grade];
  return {
    rows,
    styles,
    merges: [
      ...labelRows.map((row) => `A${row}:C${row}`),
      ...distribution.map((_, index) => `${BAR_FROM}${first + index}:${BAR_TO}${first + index}`),
    ],
    conditionalFormats,
    chart,
    labelWidth: Math.max(...labelTexts.map(displayWidth)),
    bottom: Math.max(last, top + CHART_HEIGHT_ROWS),
  };
}
