import type { TutoringView } from '../../api/catch-up-client.ts';

const WIDTH = 560;
const HEIGHT = 220;
const LEFT = 56;
const BOTTOM = 28;
/** GOV.UK colours, distinct for the routes in turn. */
const COLOURS = ['#1d70b8', '#d4351c', '#00703c', '#f47738', '#4c2c92', '#505a5f'];

const yearLabel = (year: number) => `${String(year)}/${String((year + 1) % 100).padStart(2, '0')}`;

/**
 * Hours of tutoring by route in each academic year, one line per route. A hidden figure ([c]) breaks its
 * line there rather than being drawn as 0; a year without the route is 0. The same figures are in the table below it, for screen readers.
 */
export function HoursByRouteChart({ view }: { view: TutoringView }) {
  const routes = [...new Set(view.hoursByRoute.map((h) => h.route))].sort();
  const years = [...view.years];
  if (routes.length === 0 || years.length === 0) return null;
  const values = view.hoursByRoute.flatMap((h) => (h.hours.value === null ? [] : [h.hours.value]));
  const max = Math.max(1, ...values);
  const x = (year: number) => LEFT + (years.length === 1 ? (WIDTH - LEFT) / 2 : (years.indexOf(year) / (years.length - 1)) * (WIDTH - LEFT - 60) + 30);
  const y = (hours: number) => HEIGHT - BOTTOM - (hours / max) * (HEIGHT - BOTTOM - 12);
  const hoursAt = (route: string, year: number) => view.hoursByRoute.find((h) => h.route === route && h.academicYear === year)?.hours;
  return (
    <figure className="govuk-!-margin-0 govuk-!-margin-bottom-6">
      <svg width="100%" viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`} role="img" aria-labelledby="hours-by-route-title" data-testid="hours-by-route-chart">
        <title id="hours-by-route-title">Hours of tutoring by route in each academic year</title>
        <line x1={LEFT} y1={HEIGHT - BOTTOM} x2={WIDTH} y2={HEIGHT - BOTTOM} stroke="#0b0c0c" />
        <line x1={LEFT} y1={8} x2={LEFT} y2={HEIGHT - BOTTOM} stroke="#0b0c0c" />
        <text x={LEFT - 6} y={y(max) + 4} textAnchor="end" fontSize="12">{max.toLocaleString('en-GB')}</text>
        <text x={LEFT - 6} y={HEIGHT - BOTTOM + 4} textAnchor="end" fontSize="12">0</text>
        {years.map((year) => (
          <text key={year} x={x(year)} y={HEIGHT - 8} textAnchor="middle" fontSize="12">{yearLabel(year)}</text>
        ))}
        {routes.map((route, i) => {
          const colour = COLOURS[i % COLOURS.length] ?? '#0b0c0c';
          // Runs of shown figures: a hidden year ends one; a year with no tutoring by the route is 0.
          const runs: { x: number; y: number }[][] = [[]];
          for (const year of years) {
            const cell = hoursAt(route, year);
            const hours = cell === undefined ? 0 : cell.value;
            if (hours === null) runs.push([]);
            else runs.at(-1)?.push({ x: x(year), y: y(hours) });
          }
          return (
            <g key={route}>
              {runs.filter((r) => r.length > 1).map((run) => (
                <polyline key={run[0]?.x} points={run.map((p) => `${String(p.x)},${String(p.y)}`).join(' ')} fill="none" stroke={colour} strokeWidth={2} />
              ))}
              {runs.flat().map((p) => (
                <circle key={p.x} cx={p.x} cy={p.y} r={3} fill={colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="govuk-list govuk-body-s">
          {routes.map((route, i) => (
            <li key={route}>
              <span aria-hidden="true" style={{ display: 'inline-block', width: 12, height: 12, marginRight: 6, background: COLOURS[i % COLOURS.length] }} />
              {route === 'not-recorded' ? 'Not recorded (School Census return)' : route}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
