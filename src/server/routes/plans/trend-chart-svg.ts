import { parsePeriod, type PeriodValue } from '../../../domain/delivery-plans/index.ts';

const WIDTH = 180;
const HEIGHT = 48;
const PAD = 6;

/**
 * A small inline SVG of a measure over time: the baseline and actuals as a solid line with points, and the
 * straight path from the baseline to the last target dashed, so "behind the line" is visible at a glance.
 * Text beside it carries the figures; the chart is decoration for sighted readers (aria-hidden).
 */
export function trendChartSvg(baseline: PeriodValue, actuals: readonly PeriodValue[], targets: readonly PeriodValue[]): string {
  const placed = (values: readonly PeriodValue[]) =>
    values.flatMap((v) => {
      const p = parsePeriod(v.period);
      return p.ok ? [{ x: p.value.position, y: v.value }] : [];
    }).sort((a, b) => a.x - b.x);
  const [start] = placed([baseline]);
  if (start === undefined) return '';
  const line = [start, ...placed(actuals).filter((p) => p.x > start.x)];
  const goal = placed(targets).at(-1);
  const all = [...line, ...(goal === undefined ? [] : [goal])];
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (x: number) => PAD + (maxX === minX ? 0 : ((x - minX) / (maxX - minX)) * (WIDTH - 2 * PAD));
  const sy = (y: number) => HEIGHT - PAD - (maxY === minY ? (HEIGHT - 2 * PAD) / 2 : ((y - minY) / (maxY - minY)) * (HEIGHT - 2 * PAD));
  const pt = (p: { x: number; y: number }) => `${sx(p.x).toFixed(1)},${sy(p.y).toFixed(1)}`;
  const parts = [
    goal === undefined ? '' : `<line x1="${sx(start.x).toFixed(1)}" y1="${sy(start.y).toFixed(1)}" x2="${sx(goal.x).toFixed(1)}" y2="${sy(goal.y).toFixed(1)}" stroke="#505a5f" stroke-dasharray="3 3"/>`,
    goal === undefined ? '' : `<rect x="${(sx(goal.x) - 3).toFixed(1)}" y="${(sy(goal.y) - 3).toFixed(1)}" width="6" height="6" fill="#505a5f"/>`,
    `<polyline points="${line.map(pt).join(' ')}" fill="none" stroke="#1d70b8" stroke-width="2"/>`,
    ...line.map((p) => `<circle cx="${sx(p.x).toFixed(1)}" cy="${sy(p.y).toFixed(1)}" r="2.5" fill="#1d70b8"/>`),
  ];
  return `<svg class="trend" width="${String(WIDTH)}" height="${String(HEIGHT)}" viewBox="0 0 ${String(WIDTH)} ${String(HEIGHT)}" aria-hidden="true">${parts.join('')}</svg>`;
}
