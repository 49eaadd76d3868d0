import type { MonthAverage } from '../engine/rollup';
import type { PaneStrings } from './strings';

interface MonthAverageChartProps {
  readonly months: readonly MonthAverage[];
  readonly strings: PaneStrings;
}

const width = 300;
const height = 130;
const labelBand = 18;
const valueBand = 16;
const barColor = '#2F6FA8';

/**
 * The team's average score month by month, as on the period's tab: plain SVG like the grade
 * chart; screen readers get every month's average as the image's name. Bars start at zero, so
 * their heights compare honestly.
 */
export function MonthAverageChart({ months, strings }: MonthAverageChartProps) {
  const highest = Math.max(1, ...months.map((month) => month.averageScore));
  const slot = width / Math.max(1, months.length);
  const barWidth = Math.min(36, slot * 0.6);
  const plotHeight = height - labelBand - valueBand;
  const description = months.map((month) => strings.monthAverage(month.month, String(month.averageScore))).join(strings.listSeparator);
  const label = strings.monthlyChartLabel(description);
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width, display: 'block' }}>
      <title>{label}</title>
      <line x1={0} x2={width} y1={height - labelBand} y2={height - labelBand} stroke="#8A8886" strokeWidth={1} />
      {months.map((month, index) => {
        const barHeight = (month.averageScore / highest) * plotHeight;
        const centre = slot * index + slot / 2;
        const top = height - labelBand - barHeight;
        return (
          <g key={month.month} aria-hidden="true">
            <rect x={centre - barWidth / 2} y={top} width={barWidth} height={barHeight} fill={barColor} rx={2} />
            <text x={centre} y={top - 4} textAnchor="middle" fontSize={11} fill="#242424">
              {month.averageScore}
            </text>
            <text x={centre} y={height - 4} textAnchor="middle" fontSize={months.length > 6 ? 9 : 11} fill="#242424">
              {months.length > 6 ? month.month.slice(5) : month.month}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
