import type { GradeCount } from './result-summary';
import { gradeColor } from './grade-colors';
import type { PaneStrings } from './strings';

interface GradeChartProps {
  readonly grades: readonly GradeCount[];
  readonly strings: PaneStrings;
}

const width = 280;
const height = 120;
const labelBand = 18;
const countBand = 16;

/**
 * A column chart of how many employees got each grade. Plain SVG (no chart library, to keep
 * the pane light); screen readers get the whole distribution as the image's name.
 */
export function GradeChart({ grades, strings }: GradeChartProps) {
  const highest = Math.max(1, ...grades.map((entry) => entry.count));
  const slot = width / Math.max(1, grades.length);
  const barWidth = Math.min(32, slot * 0.6);
  const plotHeight = height - labelBand - countBand;
  const description = grades.map((entry) => strings.gradeCount(entry.grade, entry.count)).join(strings.listSeparator);
  return (
    <svg
      role="img"
      aria-label={strings.gradeChartLabel(description)}
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      style={{ maxWidth: width, display: 'block' }}
    >
      <title>{strings.gradeChartLabel(description)}</title>
      <line x1={0} x2={width} y1={height - labelBand} y2={height - labelBand} stroke="#8A8886" strokeWidth={1} />
      {grades.map((entry, index) => {
        const barHeight = (entry.count / highest) * plotHeight;
        const centre = slot * index + slot / 2;
        const top = height - labelBand - barHeight;
        return (
          <g key={entry.grade} aria-hidden="true">
            <rect x={centre - barWidth / 2} y={top} width={barWidth} height={barHeight} fill={gradeColor(index, entry.fallback)} rx={2} />
            <text x={centre} y={top - 4} textAnchor="middle" fontSize={12} fill="#242424">
              {entry.count}
            </text>
            <text x={centre} y={height - 4} textAnchor="middle" fontSize={12} fontWeight={600} fill="#242424">
              {entry.grade}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
