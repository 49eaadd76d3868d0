/** One column: its label under the axis, its value above the bar, its colour. */
export interface Column {
  readonly key: string;
  readonly label: string;
  readonly value: number;
  readonly color: string;
  /** Bold label, as the grades are. */
  readonly strong?: boolean;
}

interface ColumnChartProps {
  readonly columns: readonly Column[];
  /** The whole chart in words: the image's name for screen readers, and its tooltip. */
  readonly label: string;
  readonly width?: number;
}

const height = 124;
const labelBand = 18;
const valueBand = 16;

/**
 * A small column chart in plain SVG (no chart library, to keep the pane light). Bars start
 * at zero, so their heights compare honestly; the columns are hidden from screen readers,
 * which get `label` instead.
 */
export function ColumnChart({ columns, label, width = 280 }: ColumnChartProps) {
  const highest = Math.max(1, ...columns.map((column) => column.value));
  const slot = width / Math.max(1, columns.length);
  const barWidth = Math.min(34, slot * 0.6);
  const plotHeight = height - labelBand - valueBand;
  const small = columns.length > 6;
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${height}`} width="100%" style={{ maxWidth: width, display: 'block' }}>
      <title>{label}</title>
      <line x1={0} x2={width} y1={height - labelBand} y2={height - labelBand} stroke="#8A8886" strokeWidth={1} />
      {columns.map((column, index) => {
        const barHeight = (column.value / highest) * plotHeight;
        const centre = slot * index + slot / 2;
        const top = height - labelBand - barHeight;
        return (
          <g key={column.key} aria-hidden="true">
            <rect x={centre - barWidth / 2} y={top} width={barWidth} height={barHeight} fill={column.color} rx={2} />
            <text x={centre} y={top - 4} textAnchor="middle" fontSize={small ? 10 : 12} fill="#242424">
              {column.value}
            </text>
            <text x={centre} y={height - 4} textAnchor="middle" fontSize={small ? 9 : 12} fontWeight={column.strong ? 600 : 400} fill="#242424">
              {column.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
