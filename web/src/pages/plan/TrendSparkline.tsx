import { parsePeriod } from '../../../../src/domain/delivery-plans/index.ts';
import type { PlanMeasure } from '../../api/plans-types.ts';

const WIDTH = 120;
const HEIGHT = 32;
const PAD = 4;

/** Where a period sits in time, as the status rule places it: `2016/17` and `2016` both at 2016. */
const yearOf = (period: string) => {
  const parsed = parsePeriod(period);
  return parsed.ok ? parsed.value.position : Number.NaN;
};

/**
 * A small chart of the baseline and actuals (solid) against the straight path to the last target (dashed).
 * Decoration only: the figures are in the table beside it.
 */
export function TrendSparkline({ measure }: { measure: PlanMeasure }) {
  const start = { x: yearOf(measure.baseline.period), y: measure.baseline.value };
  if (Number.isNaN(start.x)) return null;
  const line = [start, ...measure.trend.map((p) => ({ x: yearOf(p.period), y: p.value })).filter((p) => p.x > start.x)];
  const last = measure.targets.at(-1);
  const goal = last === undefined ? null : { x: yearOf(last.period), y: last.value };
  const all = goal === null ? line : [...line, goal];
  const [minX, maxX] = [Math.min(...all.map((p) => p.x)), Math.max(...all.map((p) => p.x))];
  const [minY, maxY] = [Math.min(...all.map((p) => p.y)), Math.max(...all.map((p) => p.y))];
  const sx = (x: number) => PAD + (maxX === minX ? 0 : ((x - minX) / (maxX - minX)) * (WIDTH - 2 * PAD));
  const sy = (y: number) => HEIGHT - PAD - (maxY === minY ? (HEIGHT - 2 * PAD) / 2 : ((y - minY) / (maxY - minY)) * (HEIGHT - 2 * PAD));
  return (
    <svg width={WIDTH} height={HEIGHT} viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`} aria-hidden="true" focusable="false">
      {goal !== null && <line x1={sx(start.x)} y1={sy(start.y)} x2={sx(goal.x)} y2={sy(goal.y)} stroke="#505a5f" strokeDasharray="3 3" />}
      <polyline points={line.map((p) => `${String(sx(p.x))},${String(sy(p.y))}`).join(' ')} fill="none" stroke="#1d70b8" strokeWidth={2} />
      {line.map((p) => (
        <circle key={p.x} cx={sx(p.x)} cy={sy(p.y)} r={2.5} fill="#1d70b8" />
      ))}
    </svg>
  );
}
