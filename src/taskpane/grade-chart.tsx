import { ColumnChart } from './column-chart';
import type { GradeCount } from './result-summary';
import { gradeColor } from './grade-colors';
import type { PaneStrings } from './strings';

interface GradeChartProps {
  readonly grades: readonly GradeCount[];
  readonly strings: PaneStrings;
}

/** How many employees got each grade; screen readers get the whole distribution as the image's name. */
export function GradeChart({ grades, strings }: GradeChartProps) {
  const description = grades.map((entry) => strings.gradeCount(entry.grade, entry.count)).join(strings.listSeparator);
  return (
    <ColumnChart
      label={strings.gradeChartLabel(description)}
      columns={grades.map((entry, index) => ({
        key: entry.grade,
        label: entry.grade,
        value: entry.count,
        color: gradeColor(index, entry.fallback),
        strong: true,
      }))}
    />
  );
}
