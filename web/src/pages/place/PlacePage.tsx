import { lazy, Suspense, useEffect } from 'react';
import { getArea } from '../../api/public-data-client.ts';
import type { AreaDetail } from '../../api/public-data-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Breadcrumbs } from '../../components/Breadcrumbs.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { describeAreaKind } from './describe-area-kind.ts';
import { PlaceChildren } from './PlaceChildren.tsx';
import { PlaceIndexSection } from './PlaceIndexSection.tsx';
import { PlaceIndicators } from './PlaceIndicators.tsx';
import { PlaceSummaryList } from './PlaceSummaryList.tsx';
import { PlaceTwinsSection } from './PlaceTwinsSection.tsx';

// Drawing the boundary needs d3-geo, loaded only for areas that have one.
const loadBoundaryMap = () => import('./BoundaryMap.tsx');
const BoundaryMap = lazy(async () => ({ default: (await loadBoundaryMap()).BoundaryMap }));
/** Districts (unitary, non-metropolitan, metropolitan, London boroughs) are the areas drawn with a boundary. */
const DISTRICT_CODE = /^E0[6-9]/;

/** A district, education authority, region or country, by its GSS code. */
export function PlacePage({ code }: { code: string }) {
  const state = useApi(`area:${code}`, (signal) => getArea(code, signal));
  // A district's map code is fetched while its figures are, not after them (the browser keeps the module).
  useEffect(() => {
    // A failure here is left to the map itself, which asks again and shows the page's own problem message.
    if (DISTRICT_CODE.test(code)) loadBoundaryMap().catch(() => undefined);
  }, [code]);
  if (state.status === 'loading') return <Loading />;
  if (state.status === 'failed') return <ApiFailure error={state.error} />;
  return <PlaceView area={state.data} />;
}

function PlaceView({ area }: { area: AreaDetail }) {
  useDocumentTitle(area.name);
  // Broadest first: England › North West › Blackpool.
  const crumbs = [{ href: '/', text: 'Home' }, ...[...area.ancestors].reverse().map((a) => ({ href: `/areas/${encodeURIComponent(a.code)}`, text: a.name }))];
  return (
    <>
      <Breadcrumbs crumbs={crumbs} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds-from-desktop">
          <span className="govuk-caption-xl">{describeAreaKind(area.kind)}</span>
          <h1 className="govuk-heading-xl">{area.name}</h1>
          <PlaceSummaryList area={area} />
        </div>
        {area.hasBoundary && (
          <div className="govuk-grid-column-one-third-from-desktop">
            <Suspense fallback={null}>
              <BoundaryMap code={area.code} name={area.name} />
            </Suspense>
          </div>
        )}
      </div>
      {area.kind === 'district' && <PlaceIndexSection code={area.code} />}
      {(area.kind === 'district' || area.kind === 'education_la') && <PlaceTwinsSection code={area.code} tier={area.kind === 'district' ? 'district' : 'upper'} />}
      <PlaceIndicators area={area} />
      <PlaceChildren area={area} />
      <details className="govuk-details">
        <summary className="govuk-details__summary">
          <span className="govuk-details__summary-text">Sources</span>
        </summary>
        <div className="govuk-details__text">
          <ul className="govuk-list govuk-list--bullet">
            <li>Area and its place in the hierarchy: {area.sourceNote}</li>
            {area.hasBoundary && <li>Boundary: local authority districts 2013 to 2018, by Martin Chorley (CC BY 4.0), containing Ordnance Survey data</li>}
          </ul>
        </div>
      </details>
    </>
  );
}
