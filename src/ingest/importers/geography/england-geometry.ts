import type { CellParser } from '../../values.ts';

/** A box around England in WGS84 degrees, with a margin: the Isles of Scilly to Lowestoft, the Lizard to Berwick. */
export const ENGLAND_BOX = { minLon: -6.5, maxLon: 2, minLat: 49.8, maxLat: 55.9 } as const;

/** Decimal places kept: 5 places of a degree is about 1 m, finer than the 2013–18 file's quantisation (about 50 m). */
export const COORDINATE_DECIMALS = 5;

type Position = [number, number];
type Ring = Position[];

const round = (n: number) => Math.round(n * 10 ** COORDINATE_DECIMALS) / 10 ** COORDINATE_DECIMALS;

class Invalid extends Error {}

function ringOf(value: unknown): Ring {
  if (!Array.isArray(value) || value.length < 4) throw new Invalid('Each ring of a polygon needs at least 4 positions');
  const ring = value.map((p: unknown): Position => {
    if (!Array.isArray(p) || p.length < 2 || typeof p[0] !== 'number' || typeof p[1] !== 'number' || !Number.isFinite(p[0]) || !Number.isFinite(p[1])) {
      throw new Invalid('Each position must be a pair of numbers, longitude then latitude');
    }
    const [lon, lat] = [round(p[0]), round(p[1])];
    if (lon < ENGLAND_BOX.minLon || lon > ENGLAND_BOX.maxLon || lat < ENGLAND_BOX.minLat || lat > ENGLAND_BOX.maxLat) {
      throw new Invalid(
        `The shape reaches longitude ${String(lon)}, latitude ${String(lat)}, outside England (longitude ${String(ENGLAND_BOX.minLon)} to ${String(ENGLAND_BOX.maxLon)}, ` +
          `latitude ${String(ENGLAND_BOX.minLat)} to ${String(ENGLAND_BOX.maxLat)}): save it in WGS84 longitude and latitude, not British National Grid metres`,
      );
    }
    return [lon, lat];
  });
  const [first, last] = [ring[0], ring.at(-1)];
  if (first === undefined || last === undefined || first[0] !== last[0] || first[1] !== last[1]) throw new Invalid('Each ring of a polygon must end where it starts');
  return ring;
}

function polygonOf(value: unknown): Ring[] {
  if (!Array.isArray(value) || value.length === 0) throw new Invalid('A polygon needs at least one ring of positions');
  return value.map(ringOf);
}

/**
 * A district's shape: GeoJSON text of a Polygon or MultiPolygon in WGS84 longitude/latitude, every position
 * inside `ENGLAND_BOX`. Returns the geometry as compact GeoJSON text with coordinates rounded to
 * `COORDINATE_DECIMALS` places and anything but `type` and `coordinates` dropped.
 */
export const englandGeometry: CellParser<string> = (raw) => {
  if (raw.trim() === '') return { ok: false, reason: 'This feature has no shape (its geometry is empty)' };
  let geometry: unknown;
  try {
    geometry = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'The geometry is not GeoJSON' };
  }
  const type = typeof geometry === 'object' && geometry !== null ? (geometry as { type?: unknown }).type : undefined;
  const coordinates = typeof geometry === 'object' && geometry !== null ? (geometry as { coordinates?: unknown }).coordinates : undefined;
  try {
    if (type === 'Polygon') return { ok: true, value: JSON.stringify({ type, coordinates: polygonOf(coordinates) }) };
    if (type === 'MultiPolygon') {
      if (!Array.isArray(coordinates) || coordinates.length === 0) throw new Invalid('A MultiPolygon needs at least one polygon');
      return { ok: true, value: JSON.stringify({ type, coordinates: coordinates.map(polygonOf) }) };
    }
    return { ok: false, reason: `A boundary must be a Polygon or MultiPolygon, not ${typeof type === 'string' ? `a ${type}` : 'a geometry without a type'}` };
  } catch (error) {
    if (error instanceof Invalid) return { ok: false, reason: error.message };
    throw error;
  }
};
