import { classBreaks, classOf, type Classification } from '../../../../src/domain/maps/index.ts';
import type { IndicatorValue } from '../../api/public-data-types.ts';
import type { DistrictShape } from './england-paths.ts';
import { classColours } from './map-colours.ts';

/** One class of the map: its colour, the values of the districts in it, and how many there are. */
export interface MapClass {
  /** 1-based, as the legend and table number them. */
  readonly number: number;
  readonly colour: string;
  /** The lowest and highest value in the class; for a class with no districts, the break values around it. */
  readonly min: number;
  readonly max: number;
  readonly count: number;
}

export interface MapDistrict {
  readonly code: string;
  readonly name: string;
  readonly value: number | null;
  /** Null when the district has no value. */
  readonly mapClass: MapClass | null;
  readonly opportunityArea: { id: string; name: string } | null;
  /** Null when the district has a value but no boundary to draw. */
  readonly shape: DistrictShape | null;
  /** Why a district has no value, when its figure is built from schools and falls short of the rule (§9.3). */
  readonly whyNoValue: string | null;
}

export interface Choropleth {
  readonly classes: readonly MapClass[];
  /** Every district with a boundary or a value, by name: the map draws those with a shape, the table lists all. */
  readonly districts: readonly MapDistrict[];
  readonly noData: number;
}

/**
 * Joins boundaries, values and Opportunity Areas, and puts each valued district into a class with one of the
 * domain's methods (docs/methodology.md §8). The map and its table both draw from the result, so they always
 * agree. Ties and small data sets can give fewer classes than asked for; the colours follow the classes made.
 *
 * `buildChoropleth([blackpoolShape], [{ areaCode: 'E06000009', value: 42.7, … }], new Map(), 'quantiles', 5)`
 * → one class (42.7 to 42.7, 1 district) and Blackpool in it.
 */
export function buildChoropleth(
  shapes: readonly DistrictShape[],
  values: readonly IndicatorValue[],
  opportunityAreas: ReadonlyMap<string, { id: string; name: string }>,
  method: Classification,
  classCount: number,
): Choropleth {
  const valueOf = new Map(values.map((v) => [v.areaCode, v]));
  const shapeOf = new Map(shapes.map((shape) => [shape.code, shape]));
  const codes = new Set([...shapes.map((shape) => shape.code), ...values.map((v) => v.areaCode)]);
  const present = values.map((v) => v.value).filter((v): v is number => v !== null && Number.isFinite(v));
  const breaks = present.length === 0 ? [] : classBreaks(method, present, classCount);
  const made = present.length === 0 ? 0 : breaks.length + 1;
  const colours = classColours(made);
  const members: number[][] = Array.from({ length: made }, () => []);
  for (const value of present) members[classOf(value, breaks)]?.push(value);
  const classes: MapClass[] = members.map((inClass, index) => ({
    number: index + 1,
    colour: colours[index] ?? colours[colours.length - 1] ?? '#000000',
    min: inClass.length > 0 ? Math.min(...inClass) : (breaks[index - 1] ?? Math.min(...present)),
    max: inClass.length > 0 ? Math.max(...inClass) : (breaks[index] ?? Math.max(...present)),
    count: inClass.length,
  }));
  const districts = [...codes].map((code): MapDistrict => {
    const entry = valueOf.get(code);
    const value = entry?.value ?? null;
    const usable = value !== null && Number.isFinite(value);
    return {
      code,
      name: shapeOf.get(code)?.name ?? entry?.areaName ?? code,
      value: usable ? value : null,
      mapClass: usable ? (classes[classOf(value, breaks)] ?? null) : null,
      opportunityArea: opportunityAreas.get(code) ?? null,
      shape: shapeOf.get(code) ?? null,
      whyNoValue: !usable && entry?.evidence?.sufficient === false ? entry.evidence.note : null,
    };
  });
  districts.sort((a, b) => a.name.localeCompare(b.name, 'en-GB'));
  return { classes, districts, noData: districts.filter((d) => d.mapClass === null).length };
}
