/** A point on the WGS84 ellipsoid, in decimal degrees. */
export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** The IUGG mean Earth radius in metres, the usual choice for great-circle distances. */
export const EARTH_RADIUS_METRES = 6_371_008.8;

/**
 * Great-circle distance between two points, in metres, by the haversine formula on a sphere of the mean
 * Earth radius (docs/methodology.md §14.3). Within 0.5% of the ellipsoidal distance, ample for choosing
 * a nearby hub. `haversineMetres({ lat: 0, lon: 0 }, { lat: 0, lon: 1 })` → 111,195 (to the metre).
 */
export function haversineMetres(a: LatLon, b: LatLon): number {
  const toRadians = Math.PI / 180;
  const dLat = (b.lat - a.lat) * toRadians;
  const dLon = (b.lon - a.lon) * toRadians;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * toRadians) * Math.cos(b.lat * toRadians) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_METRES * Math.asin(Math.min(1, Math.sqrt(h)));
}
