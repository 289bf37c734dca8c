import type { ReactNode } from 'react';
import { formatIndicatorValue } from '../../format/format-indicator-value.ts';
import { formatCountOf } from '../../format/format-number.ts';
import type { MapClass } from './build-choropleth.ts';
import { noDataPatternId } from './map-colours.ts';
import { NoDataPattern } from './NoDataPattern.tsx';

const PATTERN_PREFIX = 'oa-legend';

/** "12.3 to 18.9", or one value when the class holds only one. */
export function describeClassRange(mapClass: MapClass, unit: string): string {
  const min = formatIndicatorValue(mapClass.min, unit);
  const max = formatIndicatorValue(mapClass.max, unit);
  return min === max ? min : `${min} to ${max}`;
}

/** The key to the map: each class's range and number of districts, then "No data" and the Opportunity Area outline. */
export function MapLegend({ classes, noData, unit, outlined }: { classes: readonly MapClass[]; noData: number; unit: string; outlined: number }) {
  return (
    <div className="oa-map-legend">
      <h2 className="govuk-heading-s" id="oa-map-legend-heading">
        Key
      </h2>
      <ul className="govuk-list oa-map-legend__list" aria-labelledby="oa-map-legend-heading">
        {classes.map((mapClass) => (
          <li key={mapClass.number} className="oa-map-legend__item" data-class={mapClass.number}>
            <Swatch>
              <rect x="1" y="1" width="26" height="18" fill={mapClass.colour} />
            </Swatch>
            <span>
              <span className="oa-map-legend__range">{describeClassRange(mapClass, unit)}</span>{' '}
              <span className="oa-inline-hint oa-nowrap">({formatCountOf(mapClass.count, 'district')})</span>
            </span>
          </li>
        ))}
        <NoDataKeyItem prefix={PATTERN_PREFIX} label="No data" count={noData} />
        <OpportunityAreaKeyItem count={outlined} />
      </ul>
      {classes.length > 1 && <p className="govuk-body-s">Darker colours show higher values.</p>}
    </div>
  );
}

export function Swatch({ children }: { children: ReactNode }) {
  return (
    <svg className="oa-map-legend__swatch" width="28" height="20" viewBox="0 0 28 20" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}

/** The key's "no data" (or "not ranked") item: the hatching and how many districts it covers. */
export function NoDataKeyItem({ prefix, label, count }: { prefix: string; label: string; count: number }) {
  return (
    <li className="oa-map-legend__item" data-class="none">
      <Swatch>
        <defs>
          <NoDataPattern prefix={prefix} />
        </defs>
        <rect x="1" y="1" width="26" height="18" fill={`url(#${noDataPatternId(prefix)})`} className="oa-map-legend__no-data" />
      </Swatch>
      <span>
        {label} <span className="oa-inline-hint oa-nowrap">({formatCountOf(count, 'district')})</span>
      </span>
    </li>
  );
}

/** The key's Opportunity Area outline and how many districts carry it. */
export function OpportunityAreaKeyItem({ count }: { count: number }) {
  return (
    <li className="oa-map-legend__item" data-class="opportunity-area">
      <Swatch>
        <rect x="3" y="3" width="22" height="14" className="oa-map__oa-casing" fill="none" />
        <rect x="3" y="3" width="22" height="14" className="oa-map__oa-line" fill="none" />
      </Swatch>
      <span>
        Opportunity Area <span className="oa-inline-hint oa-nowrap">({formatCountOf(count, 'district')})</span>
      </span>
    </li>
  );
}
