import { ApiError } from '../../api/api-error.ts';
import { csvLink, getAreaTwins } from '../../api/public-data-client.ts';
import type { AreaTwins, TwinNeighbour } from '../../api/public-data-types.ts';
import { useApi } from '../../api/use-api.ts';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { describeTwin, formatTwinValue } from './describe-twin.ts';

const HEADING = 'Statistical neighbours';

const TAG_COLOUR: Record<TwinNeighbour['band'], string> = {
  'very close': 'govuk-tag--green',
  close: 'govuk-tag--blue',
  'somewhat close': 'govuk-tag--grey',
};

/**
 * The ten areas most like this one on the cold-spot index's indicators, each with why (docs/methodology.md
 * §11). An area with no neighbours (its data not loaded, or left out) gets one line, not an error page.
 */
export function PlaceTwinsSection({ code, tier }: { code: string; tier: 'district' | 'upper' }) {
  const state = useApi(`twins:${tier}:${code}`, (signal) => getAreaTwins(code, tier, signal));
  if (state.status === 'loading') return null;
  if (state.status === 'failed') {
    if (!(state.error instanceof ApiError && (state.error.status === 404 || state.error.status === 400))) console.error(state.error);
    return (
      <section aria-labelledby="place-twins-heading">
        <h2 className="govuk-heading-m" id="place-twins-heading">
          {HEADING}
        </h2>
        <p className="govuk-body">This area has no statistical neighbours yet: the indicators they are found from are not loaded for it.</p>
      </section>
    );
  }
  return <TwinsTable twins={state.data} />;
}

function TwinsTable({ twins }: { twins: AreaTwins }) {
  const kind = twins.tier === 'district' ? 'districts' : 'upper-tier authorities';
  return (
    <section aria-labelledby="place-twins-heading" id="place-twins">
      <h2 className="govuk-heading-m" id="place-twins-heading">
        {HEADING}
      </h2>
      <p className="govuk-body">
        The {twins.neighbours.length} {kind} most like {twins.area.name} on the indicators of the cold-spot index ({twins.recipe}), by a weighted
        distance between standardised values: 0 would be identical. Bands compare each pair with every listed pair: very close up to{' '}
        {twins.bands.veryClose.toFixed(2)}, close up to {twins.bands.close.toFixed(2)}.
      </p>
      <div className="oa-table-scroll">
        <table className="govuk-table oa-table-s" id="place-twins-table">
          <caption className="govuk-table__caption govuk-table__caption--s">Nearest first, with why each is similar</caption>
          <thead className="govuk-table__head">
            <tr className="govuk-table__row">
              <th scope="col" className="govuk-table__header">Area</th>
              <th scope="col" className="govuk-table__header govuk-table__header--numeric">Distance</th>
              <th scope="col" className="govuk-table__header">Closeness</th>
              <th scope="col" className="govuk-table__header">Lists {twins.area.name} too</th>
              <th scope="col" className="govuk-table__header">Why similar</th>
            </tr>
          </thead>
          <tbody className="govuk-table__body">
            {twins.neighbours.map((n) => (
              <tr key={n.code} className="govuk-table__row">
                <th scope="row" className="govuk-table__header">
                  <a className="govuk-link" href={`/areas/${encodeURIComponent(n.code)}`}>
                    {n.name}
                  </a>
                </th>
                <td className="govuk-table__cell govuk-table__cell--numeric">{n.distance.toFixed(4)}</td>
                <td className="govuk-table__cell">
                  <strong className={`govuk-tag ${TAG_COLOUR[n.band]}`}>{n.band}</strong>
                </td>
                <td className="govuk-table__cell">{n.reciprocal ? 'Yes' : 'No'}</td>
                <td className="govuk-table__cell">{describeTwin(n)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {twins.neighbours[0] !== undefined && <SideBySide area={twins.area.name} neighbour={twins.neighbours[0]} />}
      {twins.tier === 'district' && (
        <p className="govuk-body">
          <a className="govuk-link" href={`/map?twinsOf=${encodeURIComponent(twins.area.code)}`} id="place-twins-map-link">
            See {twins.area.name} and its neighbours on the map
          </a>
        </p>
      )}
      <DownloadCsvLink href={csvLink(`/api/twins/areas/${encodeURIComponent(twins.area.code)}`, { tier: twins.tier })} description={`the statistical neighbours of ${twins.area.name}`} />
    </section>
  );
}

/** The nearest neighbour's values beside the area's, and each indicator's part of the distance (they add up to it). */
function SideBySide({ area, neighbour }: { area: string; neighbour: TwinNeighbour }) {
  return (
    <div className="oa-table-scroll">
      <table className="govuk-table oa-table-s" id="place-twins-side-by-side">
        <caption className="govuk-table__caption govuk-table__caption--s">
          {area} beside its nearest neighbour, {neighbour.name}
        </caption>
        <thead className="govuk-table__head">
          <tr className="govuk-table__row">
            <th scope="col" className="govuk-table__header">Indicator</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">{area}</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">{neighbour.name}</th>
            <th scope="col" className="govuk-table__header govuk-table__header--numeric">Part of the distance</th>
          </tr>
        </thead>
        <tbody className="govuk-table__body">
          {neighbour.contributions.map((c) => (
            <tr key={c.indicator} className="govuk-table__row">
              <th scope="row" className="govuk-table__header">{c.indicatorName}</th>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatTwinValue(c.areaValue)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{formatTwinValue(c.neighbourValue)}</td>
              <td className="govuk-table__cell govuk-table__cell--numeric">{c.part.toFixed(4)}</td>
            </tr>
          ))}
          <tr className="govuk-table__row">
            <th scope="row" className="govuk-table__header">Distance</th>
            <td className="govuk-table__cell" />
            <td className="govuk-table__cell" />
            <td className="govuk-table__cell govuk-table__cell--numeric">{neighbour.distance.toFixed(4)}</td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}
