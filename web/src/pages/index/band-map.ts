import type { IndexedArea } from '../../api/public-data-types.ts';
import type { MapClass, MapDistrict } from '../map/build-choropleth.ts';
import type { DistrictShape } from '../map/england-paths.ts';
import { classColours } from '../map/map-colours.ts';

export interface BandChoropleth {
  /** One class per band, band 1 (best) first; darker for worse bands, so cold spots stand out. */
  readonly classes: readonly MapClass[];
  readonly districts: readonly MapDistrict[];
  readonly noData: number;
}

/**
 * Every district shaded by its band in an index: the map, its key and the table beside it are drawn from
 * this one result. A district with a boundary but no rank (left out of the index) has no class.
 *
 * `buildBandChoropleth(shapes, [{ code: 'E06000009', band: 5, … }], oas, 5)` → Blackpool in class 5, the darkest.
 */
export function buildBandChoropleth(
  shapes: readonly DistrictShape[],
  areas: readonly IndexedArea[],
  opportunityAreas: ReadonlyMap<string, { id: string; name: string }>,
): BandChoropleth {
  const bandCount = Math.max(0, ...areas.map((a) => a.band));
  const colours = classColours(bandCount);
  const classes: MapClass[] = Array.from({ length: bandCount }, (_, i) => ({
    number: i + 1,
    colour: colours[i] ?? colours[colours.length - 1] ?? '#000000',
    min: i + 1,
    max: i + 1,
    count: areas.filter((a) => a.band === i + 1).length,
  }));
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const shapeOf = new Map(shapes.map((s) => [s.code, s]));
  const codes = new Set([...shapes.map((s) => s.code), ...areas.map((a) => a.code)]);
  const districts = [...codes].map((code): MapDistrict => {
    const area = byCode.get(code);
    return {
      code,
      name: shapeOf.get(code)?.name ?? area?.name ?? code,
      value: area?.band ?? null,
      mapClass: area === undefined ? null : (classes[area.band - 1] ?? null),
      opportunityArea: opportunityAreas.get(code) ?? null,
      shape: shapeOf.get(code) ?? null,
      whyNoValue: null,
    };
  });
  districts.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return { classes, districts, noData: districts.filter((d) => d.mapClass === null).length };
}
