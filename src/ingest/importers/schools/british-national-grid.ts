import proj4 from 'proj4';
import type { CellParser } from '../../values.ts';

/**
 * OSGB36 / British National Grid (EPSG:27700). proj4 knows it only by definition, not by name. The
 * +towgs84 values are the 7-parameter Helmert transformation OS publishes for OSGB36 → WGS84: good to
 * about 5 m, the accuracy the published lat/lon in DfE-derived files also have.
 */
const BRITISH_NATIONAL_GRID =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

const gridToWgs84 = proj4(BRITISH_NATIONAL_GRID, 'WGS84');

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** Six decimal places of a degree is about 0.1 m: finer than the transformation is good for. */
const round6 = (n: number) => Math.round(n * 1e6) / 1e6;

/**
 * WGS84 latitude and longitude of a British National Grid point, in degrees to 6 places.
 * `toLatLon(514524, 206737)` → `{ lat: 51.747635, lon: -0.342491 }` (postcode AL1 1DQ, St Albans).
 */
export function toLatLon(easting: number, northing: number): LatLon {
  const [lon, lat] = gridToWgs84.forward([easting, northing]);
  return { lat: round6(lat), lon: round6(lon) };
}

/** Metres between two nearby points (an equirectangular approximation: exact enough under a few km). */
export function metresBetween(a: LatLon, b: LatLon): number {
  const radians = Math.PI / 180;
  const earthRadius = 6_371_008.8;
  const dLat = (b.lat - a.lat) * radians;
  const dLon = (b.lon - a.lon) * radians * Math.cos(((a.lat + b.lat) / 2) * radians);
  return Math.hypot(dLat, dLon) * earthRadius;
}

/** How far the lat/lon a file gives may be from the one its easting/northing give before it is a problem. */
export const LAT_LON_TOLERANCE_METRES = 10;

const gridMetres = (axis: 'easting' | 'northing', max: number): CellParser<number | null> => (raw) => {
  const value = raw.trim();
  if (value === '') return { ok: true, value: null };
  if (!/^\d+$/.test(value)) return { ok: false, reason: `An ${axis} is a whole number of metres from 0 to ${String(max)}` };
  const n = Number(value);
  return n > max ? { ok: false, reason: `An ${axis} is a whole number of metres from 0 to ${String(max)}` } : { ok: true, value: n };
};

/** British National Grid easting in metres (0 to 700,000 covers Great Britain); blank allowed. */
export const optionalEasting = gridMetres('easting', 700_000);
/** British National Grid northing in metres (0 to 1,300,000 covers Great Britain); blank allowed. */
export const optionalNorthing = gridMetres('northing', 1_300_000);

const degrees = (what: 'latitude' | 'longitude', min: number, max: number): CellParser<number | null> => (raw) => {
  const value = raw.trim();
  if (value === '') return { ok: true, value: null };
  const n = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
  return Number.isNaN(n) || n < min || n > max
    ? { ok: false, reason: `A ${what} in Great Britain is a number of degrees from ${String(min)} to ${String(max)}` }
    : { ok: true, value: n };
};

/** WGS84 latitude in Great Britain and its islands; blank allowed. */
export const optionalLatitude = degrees('latitude', 49, 61);
/** WGS84 longitude in Great Britain and its islands; blank allowed. */
export const optionalLongitude = degrees('longitude', -9, 2);

/** Requires a value from an optional parser: the same check, but blank is a problem. */
export function required<T>(parser: CellParser<T | null>): CellParser<T> {
  return (raw) => {
    const parsed = parser(raw);
    if (!parsed.ok) return parsed;
    return parsed.value === null ? { ok: false, reason: 'This value is blank, but it is required' } : { ok: true, value: parsed.value };
  };
}
