import { useEffect } from 'react';
import { getOpportunityAreas } from '../../api/client.ts';
import { getDistrictBoundaries } from '../../api/boundaries-client.ts';
import { getIndicators } from '../../api/public-data-client.ts';
import type { Indicator } from '../../api/public-data-types.ts';
import { useApi } from '../../api/use-api.ts';
import { ApiFailure } from '../../components/ApiFailure.tsx';
import { Loading } from '../../components/Loading.tsx';
import { useDocumentTitle } from '../../components/use-document-title.ts';
import { navigate, useSearch } from '../../router/navigation.ts';
import { MapControls } from './MapControls.tsx';
import { likelyIndicator, mapPagePath, readMapSettings, type MapSettings } from './map-settings.ts';
import { askEarly } from './early-values.ts';
import { IndicatorMap, type MapBackdrop } from './IndicatorMap.tsx';
import { MissingDataNote } from '../../components/first-run/MissingDataNote.tsx';

const TITLE = 'Map of districts';

export function MapPage() {
  useDocumentTitle(TITLE);
  const likely = likelyIndicator(useSearch());
  // Before the indicator list: which indicator the map shows depends on it, but it is almost always this one.
  useEffect(() => {
    askEarly(likely.code, likely.period);
  }, [likely.code, likely.period]);
  const indicators = useApi('indicators', getIndicators);
  // Asked for at once, beside the indicators: neither depends on which indicator is shown, and the boundaries
  // are the largest reply the page waits for (fetched after the indicators, they made a waterfall).
  const backdrop: MapBackdrop = {
    boundaries: useApi('boundaries:district:england', (signal) => getDistrictBoundaries('england', signal)),
    areas: useApi('opportunity-areas', getOpportunityAreas),
  };
  return (
    <>
      <span className="govuk-caption-xl">England</span>
      <h1 className="govuk-heading-xl">{TITLE}</h1>
      <p className="govuk-body oa-measure">
        Compare England’s local authority districts on an indicator. Select a district to see its page. The
        table after the map gives the same figures.
      </p>
      {indicators.status === 'loading' && <Loading />}
      {indicators.status === 'failed' && <ApiFailure error={indicators.error} />}
      {indicators.status === 'loaded' && <MapWithControls indicators={indicators.data.items} backdrop={backdrop} />}
    </>
  );
}

function MapWithControls({ indicators, backdrop }: { indicators: readonly Indicator[]; backdrop: MapBackdrop }) {
  const search = useSearch();
  const settings = readMapSettings(search, indicators);
  const indicator = indicators.find((i) => i.code === settings?.indicator);
  if (settings === null || indicator === undefined) {
    return (
      <MissingDataNote missing="indicators" id="map-missing-data">
        No indicators have been loaded yet, so there is nothing to map.
      </MissingDataNote>
    );
  }
  const change = (next: MapSettings): void => {
    // The query string keeps the map linkable; replacing the entry stops each choice filling the history.
    navigate(mapPagePath(next), { replace: true, keepScroll: true });
  };
  return <IndicatorMap indicator={indicator} settings={settings} backdrop={backdrop} controls={<MapControls indicators={indicators} settings={settings} onChange={change} />} />;
}
