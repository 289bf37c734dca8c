import { useMemo, type ReactNode } from 'react';
import type { OpportunityAreaList } from '../../api/types.ts';
import { getAreaTwins, withQuery } from '../../api/public-data-client.ts';
import type { Indicator, IndicatorValues, ProjectedBoundaries } from '../../api/public-data-types.ts';
import { useApi, type ApiState } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { LeftOutNote } from '../../components/LeftOutNote.tsx';
import { Loading } from '../../components/Loading.tsx';
import { formatDay } from '../../format/format-day.ts';
import { formatCountOf } from '../../format/format-number.ts';
import { buildChoropleth, type Choropleth } from './build-choropleth.ts';
import { ChoroplethMap } from './ChoroplethMap.tsx';
import { drawDistricts, type DistrictShapes } from './england-paths.ts';
import { indicatorValuesFor } from './early-values.ts';
import { MapLegend } from './MapLegend.tsx';
import { CLASSIFICATION_NAMES, type MapSettings } from './map-settings.ts';
import { MapTable } from './MapTable.tsx';

const NO_SHAPES: DistrictShapes = { width: 0, height: 0, shapes: [] };

/** What the map is drawn on, whatever the indicator: district boundaries and the Opportunity Areas, fetched by the page. */
export interface MapBackdrop {
  readonly boundaries: ApiState<ProjectedBoundaries>;
  readonly areas: ApiState<OpportunityAreaList>;
}

/**
 * The controls above the map, the key beside it and the table under it, for one indicator and period. The key, map
 * and table are all drawn from one classification, computed here once, so they always agree.
 */
export function IndicatorMap({ indicator, settings, backdrop, controls }: { indicator: Indicator; settings: MapSettings; backdrop: MapBackdrop; controls: ReactNode }) {
  // Boundaries and areas are fetched once by the page and kept: they do not change with the indicator.
  const { boundaries, areas } = backdrop;
  const values = useApi(`indicator:${settings.indicator}:${settings.period}`, (signal) => indicatorValuesFor(settings.indicator, settings.period, signal));
  const { twinsOf, twinsRecipe } = settings;
  const twinsState = useApi(`map-twins:${twinsOf ?? ''}:${twinsRecipe ?? ''}`, (signal) => (twinsOf === undefined ? Promise.resolve(null) : getAreaTwins(twinsOf, 'district', signal, twinsRecipe)));
  const twins = twinsState.status === 'loaded' ? twinsState.data : null;

  const drawing = useMemo(() => (boundaries.status === 'loaded' ? drawDistricts(boundaries.data) : NO_SHAPES), [boundaries]);
  const opportunityAreas = useMemo(() => {
    const byDistrict = new Map<string, { id: string; name: string }>();
    if (areas.status === 'loaded') for (const area of areas.data.items) for (const district of area.districts) byDistrict.set(district.code, { id: area.id, name: area.name });
    return byDistrict;
  }, [areas]);
  const loadedValues = values.status === 'loaded' ? values.data : null;
  const choropleth = useMemo(
    () => (loadedValues === null ? null : buildChoropleth(drawing.shapes, loadedValues.values, opportunityAreas, settings.classification, settings.classes)),
    [drawing, loadedValues, opportunityAreas, settings.classification, settings.classes],
  );

  const failure = [values, boundaries, areas].find((state) => state.status === 'failed');
  const ready = choropleth !== null && loadedValues !== null && boundaries.status === 'loaded' && areas.status === 'loaded' ? { choropleth, values: loadedValues } : null;
  const period = loadedValues?.period ?? settings.period;
  const method = CLASSIFICATION_NAMES[settings.classification].toLowerCase();
  const caption = `${indicator.name}, ${period}, by district`;
  return (
    <>
      {controls}
      {twins !== null && (
        <div className="govuk-inset-text" id="map-twins-note">
          Outlined in pink: {twins.area.name} (thick line) and its {twins.neighbours.length} statistical neighbours.{' '}
          <a className="govuk-link" href={withQuery(`/areas/${encodeURIComponent(twins.area.code)}`, { twins: twinsRecipe }) + '#place-twins'}>
            Why they are similar
          </a>
        </div>
      )}
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          {failure?.status === 'failed' && <ApiFailure error={failure.error} />}
          {failure === undefined && ready === null && <Loading />}
          {ready !== null && drawing.shapes.length === 0 && (
            <div className="govuk-inset-text">No district boundaries have been loaded, so the map cannot be drawn. The table below gives the values.</div>
          )}
          {ready !== null && drawing.shapes.length > 0 && (
            <ChoroplethMap
              width={drawing.width}
              height={drawing.height}
              districts={ready.choropleth.districts}
              unit={indicator.unit}
              title={`Map of ${caption}`}
              description={describeMap(ready.choropleth, method)}
              twins={twins === null ? null : { code: twins.area.code, neighbours: twins.neighbours.map((n) => n.code) }}
            />
          )}
        </div>
        <div className="govuk-grid-column-one-third-from-desktop">
          {ready !== null && <Key choropleth={ready.choropleth} indicator={indicator} period={period} method={method} />}
        </div>
      </div>
      {ready !== null && (
        <>
          <Source values={ready.values} />
          <LeftOutNote leftOut={ready.values.leftOut} id="map-left-out" />
          <MapTable districts={ready.choropleth.districts} unit={indicator.unit} caption={caption} indicatorCode={indicator.code} period={period} />
        </>
      )}
    </>
  );
}

function Key({ choropleth, indicator, period, method }: { choropleth: Choropleth; indicator: Indicator; period: string; method: string }) {
  const outlined = choropleth.districts.filter((d) => d.shape !== null && d.opportunityArea !== null).length;
  return (
    <>
      {/* Tells screen reader users the map and table changed after they chose something in the controls. */}
      <p className="govuk-visually-hidden" role="status">
        Showing {indicator.name}, {period}, in {formatCountOf(choropleth.classes.length, 'class', 'classes')} by {method}.
      </p>
      <MapLegend classes={choropleth.classes} noData={choropleth.noData} unit={indicator.unit} outlined={outlined} />
    </>
  );
}

function Source({ values }: { values: IndicatorValues }) {
  if (values.source === null) return null;
  return (
    <p className="govuk-body-s">
      Source: <span className="oa-break-words">{values.source.file}</span>, loaded {formatDay(values.source.loadedAt)}. Boundaries: local authority
      districts, 2013 to 2018.
    </p>
  );
}

function describeMap(choropleth: Choropleth, method: string): string {
  return (
    `Districts of England shaded in ${formatCountOf(choropleth.classes.length, 'class', 'classes')} by ${method}, darker for higher values. ` +
    `${formatCountOf(choropleth.noData, 'district')} with no data are hatched, and Opportunity Area districts are outlined. ` +
    'The table after the map gives each district’s value and class.'
  );
}
