import { getAreaTrend, trendPath, type ImpactTrend } from '../../api/impact-client.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiError } from '../../api/api-error.ts';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Loading } from '../../components/Loading.tsx';
import { SymbolsKey } from '../../components/SymbolsKey.tsx';
import { formatIndicatorValue } from '../../format/format-indicator-value.ts';
import { impactUnavailable } from './impact-in-words.ts';
import { lineValue, TREND_LINES, TrendChart, type TrendLine } from './TrendChart.tsx';
import { TableRegion } from '../../components/TableRegion.tsx';

const STAGE: Readonly<Record<ImpactTrend['points'][number]['stage'], string>> = { before: 'Before', starts: 'Starts', running: 'Running' };

const POLARITY: Readonly<Record<'high' | 'low', string>> = { high: 'A higher figure is better.', low: 'A lower figure is better.' };

/** A value as the measure's unit reads ("61.2%" for LAIT's percentages), or [x] for a gap. */
const shown = (value: number | null, unit: string) => (value === null ? '[x]' : formatIndicatorValue(value, unit.trim().startsWith('%') ? '%' : 'number'));

/**
 * What LAIT shows, beside the estimate: the area's series against its statistical neighbours' average, its
 * region and England, every period, the programme's start marked; a chart and the same figures as a table,
 * with CSV and Excel downloads (docs/methodology.md §16.10).
 */
export function AreaTrend({ areaId, measure }: { areaId: string; measure: string }) {
  const state = useApi(`trend:${areaId}:${measure}`, (signal) => getAreaTrend(areaId, measure, signal));
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') {
    // Without the time series the estimate above already says how to load it.
    if (state.error instanceof ApiError && state.error.code === 'unknown-measure') return null;
    return (
      <p className="govuk-body" id="impact-trend-unavailable">
        {impactUnavailable(state.error).replace('estimate', 'trend')}
      </p>
    );
  }
  const trend = state.data;
  const names: Readonly<Record<TrendLine, string>> = {
    area: trend.area.name,
    neighbours: `Statistical neighbours’ average`,
    region: trend.region?.name ?? 'Region',
    england: trend.england?.name ?? 'England',
  };
  const gaps = trend.points.some((p) => TREND_LINES.some((l) => lineValue(p, l.key) === null));
  const partial = trend.points.some((p) => p.neighbours.count > 0 && p.neighbours.count < trend.neighbours.length);
  return (
    <div id="impact-trend">
      <h3 className="govuk-heading-s">How the area moved beside its neighbours, region and England</h3>
      <p className="govuk-body">
        {trend.measure.name} ({trend.measure.unit}). {trend.measure.polarity === null ? 'The source does not say whether a higher or lower figure is better.' : POLARITY[trend.measure.polarity]}{' '}
        The programme’s first year is {trend.startYear}{trend.start === null ? ', after the last period here' : `, so it starts at ${trend.start}`}.
        The neighbours are {trend.neighboursNote}.
      </p>
      {trend.points.length > 0 && <TrendChart trend={trend} names={names} titleId="impact-trend-title" />}
      <ul className="govuk-list oa-trend-key" aria-label="Key to the chart">
        {TREND_LINES.map((l) => (
          <li key={l.key}>
            <svg width="36" height="10" aria-hidden="true" focusable="false">
              <line x1="0" x2="36" y1="5" y2="5" stroke={l.colour} strokeWidth={l.width} strokeDasharray={l.dash} />
            </svg>{' '}
            {names[l.key]}
          </li>
        ))}
      </ul>
      <TableRegion>
        <table className="govuk-table oa-table-s" id="impact-trend-table">
          <caption className="govuk-table__caption govuk-table__caption--s">
            {trend.measure.name}: {trend.area.name} beside its neighbours, region and England, every period
          </caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Period</th>
              {TREND_LINES.map((l) => (
                <th key={l.key} scope="col" className="govuk-table__header govuk-table__header--numeric">
                  {names[l.key]}
                </th>
              ))}
              <th scope="col" className="govuk-table__header">Programme</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {trend.points.map((p) => (
              <tr key={p.period} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">{p.period}</th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{shown(p.area, trend.measure.unit)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">
                  {shown(p.neighbours.mean, trend.measure.unit)}
                  {p.neighbours.count > 0 && p.neighbours.count < trend.neighbours.length && ` (${String(p.neighbours.count)} of ${String(trend.neighbours.length)})`}
                </td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{shown(p.region, trend.measure.unit)}</td>
                <td className="govuk-table__cell govuk-table__cell--numeric">{shown(p.england, trend.measure.unit)}</td>
                <td className="govuk-table__cell">{STAGE[p.stage]}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <SymbolsKey used={new Set(gaps ? ['[x]'] : [])} />
      {partial && <p className="govuk-body-s">Where fewer neighbours have a figure, the average is of those that do, and how many is shown in brackets.</p>}
      <DownloadCsvLink href={trendPath(areaId, measure, 'csv')} description={`the trend of ${trend.measure.name} for ${trend.area.name}`} />
    </div>
  );
}
