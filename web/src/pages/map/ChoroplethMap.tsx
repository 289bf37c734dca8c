import { memo, type MouseEvent } from 'react';
import { formatIndicatorValue } from '../../format/format-indicator-value.ts';
import type { MapDistrict } from './build-choropleth.ts';
import { noDataPatternId } from './map-colours.ts';
import { NoDataPattern } from './NoDataPattern.tsx';
import { navigate } from '../../router/navigation.ts';

const PATTERN_PREFIX = 'oa-map';

/**
 * What a district's tooltip and the table both say about its value: "Blackpool: 42.7", "Blackpool: no data", or
 * for a figure built from too few schools "Rossendale: no data (no school with a figure: not enough for …)".
 */
function describeDistrictValue(district: MapDistrict, unit: string, describeValue?: (value: number) => string): string {
  if (district.value === null) return `${district.name}: no data${district.whyNoValue === null ? '' : ` (${district.whyNoValue})`}`;
  return `${district.name}: ${describeValue === undefined ? formatIndicatorValue(district.value, unit) : describeValue(district.value)}`;
}

/**
 * Every district as a shaded path linking to its area page, and the Opportunity Areas' districts outlined
 * on top. The map is one image to assistive technology (role="img", with a title and description), so a
 * district is not a link inside it (an image holds no controls: axe's nested-interactive): a click on one
 * opens its page, and the table after the map has the same figures and real links every user can reach.
 */
export const ChoroplethMap = memo(function ChoroplethMap({ width, height, districts, unit, title, description, describeValue, twins }: {
  width: number;
  height: number;
  districts: readonly MapDistrict[];
  unit: string;
  title: string;
  description: string;
  /** How a district's value reads in its tooltip, when not as a figure in `unit` (a band, say). */
  describeValue?: (value: number) => string;
  /** A district and its statistical neighbours, outlined in their own colour above everything else. */
  twins?: { readonly code: string; readonly neighbours: readonly string[] } | null;
}) {
  const drawn = districts.filter((district) => district.shape !== null);
  const outlined = drawn.filter((district) => district.opportunityArea !== null);
  const twinCodes = new Set(twins === null || twins === undefined ? [] : twins.neighbours);
  const twinned = drawn.filter((district) => twinCodes.has(district.code));
  const centre = drawn.find((district) => district.code === twins?.code);
  return (
    <svg className="oa-map" viewBox={`0 0 ${String(width)} ${String(height)}`} role="img" aria-labelledby="oa-map-title oa-map-description" xmlns="http://www.w3.org/2000/svg">
      <title id="oa-map-title">{title}</title>
      <desc id="oa-map-description">{description}</desc>
      <defs>
        <NoDataPattern prefix={PATTERN_PREFIX} />
      </defs>
      <g className="oa-map__districts" onClick={openDistrict}>
        {drawn.map((district) => (
          <g key={district.code} className="oa-map__district" data-code={district.code}>
            <title>{describeDistrictValue(district, unit, describeValue)}</title>
            <path
              d={district.shape?.d}
              fill={district.mapClass === null ? `url(#${noDataPatternId(PATTERN_PREFIX)})` : district.mapClass.colour}
              data-class={district.mapClass?.number ?? 'none'}
            />
          </g>
        ))}
      </g>
      {/* A white casing under a dark line, so the outline shows on the darkest and the lightest classes. */}
      <g className="oa-map__opportunity-areas" aria-hidden="true">
        {outlined.map((district) => (
          <path key={`casing-${district.code}`} className="oa-map__oa-casing" d={district.shape?.d} />
        ))}
        {outlined.map((district) => (
          <path key={district.code} className="oa-map__oa-line" d={district.shape?.d} data-code={district.code} />
        ))}
      </g>
      {(twinned.length > 0 || centre !== undefined) && (
        <g className="oa-map__twins" aria-hidden="true">
          {twinned.map((district) => (
            <path key={district.code} className="oa-map__twin-line" d={district.shape?.d} data-twin={district.code} />
          ))}
          {centre !== undefined && <path className="oa-map__twin-centre" d={centre.shape?.d} data-twin-centre={centre.code} />}
        </g>
      )}
    </svg>
  );
});

/** Opens the page of the district clicked on the map. */
function openDistrict(event: MouseEvent<SVGGElement>): void {
  const code = event.target instanceof Element ? event.target.closest('[data-code]')?.getAttribute('data-code') : null;
  if (code !== null && code !== undefined) navigate(`/areas/${code}`);
}
