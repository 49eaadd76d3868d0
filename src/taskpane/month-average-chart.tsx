import type { MonthAverage } from '../engine/rollup';
import { ColumnChart } from './column-chart';
import type { PaneStrings } from './strings';

interface MonthAverageChartProps {
  readonly months: readonly MonthAverage[];
  readonly strings: PaneStrings;
}

/** Dark enough for a 3:1 contrast with the white pane (WCAG 1.4.11, graphics). */
const barColor = '#2F6FA8';

/** The team's average score month by month, as on the period's tab; a year's months show as 01–12. */
export function MonthAverageChart({ months, strings }: MonthAverageChartProps) {
  const description = months.map((month) => strings.monthAverage(month.month, String(month.averageScore))).join(strings.listSeparator);
  return (
    <ColumnChart
      label={strings.monthlyChartLabel(description)}
      width={300}
      columns={months.map((month) => ({
        key: month.month,
        label: months.length > 6 ? month.month.slice(5) : month.month,
        value: month.averageScore,
        color: barColor,
      }))}
    />
  );
}
