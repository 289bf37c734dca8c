import { ApiError } from '../../api/api-error.ts';
import { csvLink, getAreaTwins, withQuery } from '../../api/public-data-client.ts';
import type { AreaTwins, TwinNeighbour } from '../../api/public-data-types.ts';
import { useApi } from '../../api/use-api.ts';
import { DownloadCsvLink } from '../../components/DownloadCsvLink.tsx';
import { Select } from '../../components/form/Select.tsx';
import { LeftOutNote } from '../../components/LeftOutNote.tsx';
import { navigate, useSearch } from '../../router/navigation.ts';
import { describeTwin, formatTwinValue } from './describe-twin.ts';
import { DEFAULT_TWIN_RECIPE, TWIN_RECIPES, twinRecipeDescription, twinRecipeOf } from './twin-recipes.ts';
import { TableRegion } from '../../components/TableRegion.tsx';

const HEADING = 'Statistical neighbours';

const TAG_COLOUR: Record<TwinNeighbour['band'], string> = {
  'very close': 'govuk-tag--green',
  close: 'govuk-tag--blue',
  'somewhat close': 'govuk-tag--grey',
};

/**
 * The ten areas most like this one, each with why (docs/methodology.md §11), on the cold-spot index's
 * indicators or, when chosen, on context alone (§11.12). The choice is kept in the link (`?twins=…`). An area
 * with no neighbours (its data not loaded, or left out) gets one line, not an error page.
 */
export function PlaceTwinsSection({ code, tier }: { code: string; tier: 'district' | 'upper' }) {
  const search = useSearch();
  const recipe = twinRecipeOf(new URLSearchParams(search).get('twins'));
  const state = useApi(`twins:${tier}:${code}:${recipe}`, (signal) => getAreaTwins(code, tier, signal, recipe === DEFAULT_TWIN_RECIPE ? undefined : recipe));
  const choose = (value: string) => {
    const params = new URLSearchParams(search);
    if (value === DEFAULT_TWIN_RECIPE) params.delete('twins');
    else params.set('twins', value);
    const query = params.toString();
    navigate(`${window.location.pathname}${query === '' ? '' : `?${query}`}`, { replace: true, keepScroll: true });
  };
  let body;
  if (state.status === 'loading') body = <p className="govuk-body">Finding the neighbours…</p>;
  else if (state.status === 'failed') {
    if (!(state.error instanceof ApiError && (state.error.status === 404 || state.error.status === 400))) console.error(state.error);
    body = <p className="govuk-body">This area has no statistical neighbours {twinRecipeDescription(recipe)} yet: the indicators they are found from are not loaded for it.</p>;
  } else body = <TwinsTable twins={state.data} />;
  return (
    <section aria-labelledby="place-twins-heading" id="place-twins">
      <h2 className="govuk-heading-m" id="place-twins-heading">
        {HEADING}
      </h2>
      <Select
        id="place-twins-recipe"
        label="Find neighbours by"
        hint="Context only is how the DfE’s children’s services statistical neighbours are found: places alike before any results are counted."
        options={TWIN_RECIPES.map((r) => ({ value: r.value, text: r.text }))}
        value={recipe}
        onChange={choose}
      />
      {body}
    </section>
  );
}

function TwinsTable({ twins }: { twins: AreaTwins }) {
  const kind = twins.tier === 'district' ? 'districts' : 'upper-tier authorities';
  const recipe = twins.recipe === DEFAULT_TWIN_RECIPE ? undefined : twins.recipe;
  return (
    <>
      <p className="govuk-body">
        The {twins.neighbours.length} {kind} most like {twins.area.name} {twinRecipeDescription(twins.recipe)} ({twins.recipe}), by a weighted distance between
        standardised values: 0 would be identical. Bands compare each pair with every listed pair: very close up to {twins.bands.veryClose.toFixed(2)}, close up to{' '}
        {twins.bands.close.toFixed(2)}.
      </p>
      <LeftOutNote leftOut={twins.leftOut} id="place-twins-left-out" />
      <TableRegion>
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
                  <a className="govuk-link" href={withQuery(`/areas/${encodeURIComponent(n.code)}`, { twins: recipe })}>
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
      </TableRegion>
      {twins.neighbours[0] !== undefined && <SideBySide area={twins.area.name} neighbour={twins.neighbours[0]} />}
      {twins.tier === 'district' && (
        <p className="govuk-body">
          <a className="govuk-link" href={withQuery('/map', { twinsOf: twins.area.code, twinsRecipe: recipe })} id="place-twins-map-link">
            See {twins.area.name} and its neighbours on the map
          </a>
        </p>
      )}
      <DownloadCsvLink href={csvLink(`/api/twins/areas/${encodeURIComponent(twins.area.code)}`, { tier: twins.tier, recipe })} description={`the statistical neighbours of ${twins.area.name}`} />
    </>
  );
}

/** The nearest neighbour's values beside the area's, and each indicator's part of the distance (they add up to it). */
function SideBySide({ area, neighbour }: { area: string; neighbour: TwinNeighbour }) {
  return (
    <TableRegion>
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
    </TableRegion>
  );
}
