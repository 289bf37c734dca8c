import type { ImpactTrend, TrendPoint } from '../../api/impact-client.ts';
import { formatIndicatorValue } from '../../format/format-indicator-value.ts';
import { runsOf, valueAxis } from './trend-chart-geometry.ts';

const WIDTH = 640;
const HEIGHT = 300;
const MARGIN = { top: 24, right: 16, bottom: 36, left: 56 };

/** The lines, each with a colour from the GOV.UK palette and a dash pattern, so colour is not the only cue. */
export const TREND_LINES = [
  { key: 'area', colour: '#1d70b8', dash: undefined, width: 3 },
  { key: 'neighbours', colour: '#d4351c', dash: '8 4', width: 2 },
  { key: 'region', colour: '#00703c', dash: '2 3', width: 2 },
  { key: 'england', colour: '#0b0c0c', dash: '12 4 2 4', width: 2 },
] as const;

export type TrendLine = (typeof TREND_LINES)[number]['key'];

export const lineValue = (p: TrendPoint, line: TrendLine): number | null => (line === 'neighbours' ? p.neighbours.mean : p[line]);

/**
 * The trend as a line chart: the area, its neighbours' average, its region and England, with a line where
 * the programme starts. A gap breaks a line. Labelled as an image with a title and a description; the
 * same figures are in the table that follows it, which is what a screen reader should read.
 */
export function TrendChart({ trend, names, titleId }: { trend: ImpactTrend; names: Readonly<Record<TrendLine, string>>; titleId: string }) {
  const points = trend.points;
  const shown = TREND_LINES.filter((l) => points.some((p) => lineValue(p, l.key) !== null));
  const values = points.flatMap((p) => shown.map((l) => lineValue(p, l.key))).filter((v): v is number => v !== null);
  const axis = valueAxis(Math.min(...values), Math.max(...values));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = (index: number) => MARGIN.left + (points.length <= 1 ? plotWidth / 2 : (index / (points.length - 1)) * plotWidth);
  const y = (value: number) => MARGIN.top + plotHeight - ((value - axis.low) / (axis.high - axis.low)) * plotHeight;
  const startIndex = trend.start === null ? -1 : points.findIndex((p) => p.period === trend.start);
  const first = points[0]?.period ?? '';
  const last = points.at(-1)?.period ?? '';
  const description = `${trend.measure.name} for ${shown.map((l) => names[l.key]).join(', ')}, ${first} to ${last}${trend.start === null ? '' : `; the programme starts in ${trend.start}`}. Gaps are periods with no figure. The table below gives the same figures.`;

  return (
    <svg className="oa-trend-chart" viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`} role="img" aria-labelledby={`${titleId} ${titleId}-desc`} xmlns="http://www.w3.org/2000/svg">
      <title id={titleId}>{`${trend.measure.name}: ${trend.area.name} against its comparators`}</title>
      <desc id={`${titleId}-desc`}>{description}</desc>
      {axis.ticks.map((tick) => (
        <g key={tick}>
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="#b1b4b6" strokeWidth={1} />
          <text x={MARGIN.left - 6} y={y(tick)} textAnchor="end" dominantBaseline="middle" fontSize={12} fill="#0b0c0c">
            {formatIndicatorValue(tick, trend.measure.unit.trim().startsWith('%') ? '%' : 'number')}
          </text>
        </g>
      ))}
      {points.map((p, index) => (
        <text key={p.period} x={x(index)} y={HEIGHT - MARGIN.bottom + 18} textAnchor="middle" fontSize={12} fill="#0b0c0c">
          {p.period}
        </text>
      ))}
      {startIndex >= 0 && (
        <g className="oa-trend-chart__start">
          <line x1={x(startIndex)} x2={x(startIndex)} y1={MARGIN.top - 8} y2={HEIGHT - MARGIN.bottom} stroke="#505a5f" strokeWidth={2} />
          <text x={x(startIndex) + 4} y={MARGIN.top - 10} fontSize={12} fill="#0b0c0c">
            Programme starts
          </text>
        </g>
      )}
      {shown.map((line) =>
        runsOf(points.map((p, index) => ({ index, value: lineValue(p, line.key) }))).map((run) =>
          run.length === 1 ? (
            <circle key={`${line.key}-${String(run[0]?.index)}`} cx={x(run[0]?.index ?? 0)} cy={y(run[0]?.value ?? 0)} r={3.5} fill={line.colour} />
          ) : (
            <polyline
              key={`${line.key}-${String(run[0]?.index)}`}
              points={run.map((v) => `${x(v.index).toFixed(1)},${y(v.value).toFixed(1)}`).join(' ')}
              fill="none"
              stroke={line.colour}
              strokeWidth={line.width}
              strokeDasharray={line.dash}
            />
          ),
        ),
      )}
    </svg>
  );
}
