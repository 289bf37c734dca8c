import { useMemo } from 'react';
import { getOpportunityAreas } from '../../api/client.ts';
import { getDistrictBoundaries } from '../../api/boundaries-client.ts';
import type { IndexResult } from '../../api/public-data-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatCountOf } from '../../format/format-number.ts';
import { ChoroplethMap } from '../map/ChoroplethMap.tsx';
import { drawDistricts } from '../map/england-paths.ts';
import { NoDataKeyItem, OpportunityAreaKeyItem, Swatch } from '../map/MapLegend.tsx';
import { buildBandChoropleth, type BandChoropleth } from './band-map.ts';

const describeBand = (count: number) => (band: number) => `band ${String(band)} of ${String(count)}${band === count ? ' (worst)' : band === 1 ? ' (best)' : ''}`;

/** The national map shaded by each district's band in the index; the ranking table after it has the same bands. */
export function BandMap({ index }: { index: IndexResult }) {
  const boundaries = useApi('boundaries:district:england', (signal) => getDistrictBoundaries('england', signal));
  const areas = useApi('opportunity-areas', getOpportunityAreas);
  const drawing = useMemo(() => (boundaries.status === 'loaded' ? drawDistricts(boundaries.data) : null), [boundaries]);
  const choropleth = useMemo(() => {
    if (drawing === null || areas.status !== 'loaded') return null;
    const byDistrict = new Map<string, { id: string; name: string }>();
    for (const area of areas.data.items) for (const district of area.districts) byDistrict.set(district.code, { id: area.id, name: area.name });
    return buildBandChoropleth(drawing.shapes, index.areas, byDistrict);
  }, [drawing, areas, index]);

  const failure = [boundaries, areas].find((state) => state.status === 'failed');
  if (failure?.status === 'failed') return <ApiFailure error={failure.error} />;
  if (drawing === null || choropleth === null) return <Loading />;
  if (drawing.shapes.length === 0) return <div className="govuk-inset-text">No district boundaries have been loaded, so the map of bands cannot be drawn.</div>;
  const bands = choropleth.classes.length;
  return (
    <div className="govuk-grid-row" id="index-band-map">
      <div className="govuk-grid-column-two-thirds-from-desktop">
        <ChoroplethMap
          width={drawing.width}
          height={drawing.height}
          districts={choropleth.districts}
          unit="count"
          title={`Map of districts by band in the ${index.recipe.name}`}
          description={
            `Districts of England shaded by their band in the index, from band 1 (best, lightest) to band ${String(bands)} (worst, darkest). ` +
            `${formatCountOf(choropleth.noData, 'district')} not ranked are hatched, and Opportunity Area districts are outlined. The ranking table after the map gives each district’s band.`
          }
          describeValue={describeBand(bands)}
        />
      </div>
      <div className="govuk-grid-column-one-third-from-desktop">
        <BandKey choropleth={choropleth} />
      </div>
    </div>
  );
}

function BandKey({ choropleth }: { choropleth: BandChoropleth }) {
  const bands = choropleth.classes.length;
  const outlined = choropleth.districts.filter((d) => d.shape !== null && d.opportunityArea !== null).length;
  return (
    <div className="oa-map-legend">
      <h2 className="govuk-heading-s" id="oa-band-key-heading">
        Key
      </h2>
      <ul className="govuk-list oa-map-legend__list" aria-labelledby="oa-band-key-heading">
        {choropleth.classes.map((band) => (
          <li key={band.number} className="oa-map-legend__item" data-class={band.number}>
            <Swatch>
              <rect x="1" y="1" width="26" height="18" fill={band.colour} />
            </Swatch>
            <span>
              Band {band.number}
              {band.number === 1 ? ' (best)' : band.number === bands ? ' (worst)' : ''}{' '}
              <span className="oa-inline-hint oa-nowrap">({formatCountOf(band.count, 'district')})</span>
            </span>
          </li>
        ))}
        <NoDataKeyItem prefix="oa-band-key" label="Not ranked" count={choropleth.noData} />
        <OpportunityAreaKeyItem count={outlined} />
      </ul>
    </div>
  );
}
