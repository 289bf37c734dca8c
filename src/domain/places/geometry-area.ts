/** A GeoJSON Polygon or MultiPolygon in WGS84 longitude/latitude degrees, as the boundaries are stored. */
export type AreaGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly (readonly number[])[])[] }
  | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly (readonly (readonly number[])[])[])[] };

// WGS84 ellipsoid: semi-major axis (m) and first eccentricity.
const A = 6_378_137;
const F = 1 / 298.257223563;
const E2 = F * (2 - F);
const E = Math.sqrt(E2);
const RADIANS = Math.PI / 180;

/** q(φ) of the authalic latitude (Snyder, *Map Projections: A Working Manual*, 1987, eq. 3-12). */
const q = (sinPhi: number): number => (1 - E2) * (sinPhi / (1 - E2 * sinPhi * sinPhi) - (1 / (2 * E)) * Math.log((1 - E * sinPhi) / (1 + E * sinPhi)));
const Q_POLE = q(1);
/** Radius of the sphere with the ellipsoid's surface area (authalic radius), 6,371,007.2 m. */
const AUTHALIC_RADIUS = A * Math.sqrt(Q_POLE / 2);

/** sin β, β the authalic latitude of geodetic latitude φ (degrees): equal areas on the ellipsoid stay equal on the sphere. */
const sinAuthalic = (latitude: number): number => q(Math.sin(latitude * RADIANS)) / Q_POLE;

/** Area of one closed ring on the authalic sphere, in m², whatever its orientation. */
function ringArea(ring: readonly (readonly number[])[]): number {
  let sum = 0;
  for (let i = 0; i + 1 < ring.length; i += 1) {
    const [lon1 = 0, lat1 = 0] = ring[i] ?? [];
    const [lon2 = 0, lat2 = 0] = ring[i + 1] ?? [];
    sum += (lon2 - lon1) * RADIANS * (2 + sinAuthalic(lat1) + sinAuthalic(lat2));
  }
  return Math.abs((sum * AUTHALIC_RADIUS * AUTHALIC_RADIUS) / 2);
}

/** A polygon's area: its outer ring less its holes. */
const polygonArea = (rings: readonly (readonly (readonly number[])[])[]): number => rings.reduce((total, ring, i) => (i === 0 ? ringArea(ring) : total - ringArea(ring)), 0);

/**
 * The area of a boundary on the WGS84 ellipsoid, in km² (docs/methodology.md §11.12): each latitude is
 * mapped to its authalic latitude, which keeps areas equal, and each ring is measured on the authalic sphere
 * (Chamberlain and Duquette, "Some algorithms for polygons on a sphere", JPL, 2007). Exact for a ring along
 * meridians and parallels; for short edges such as a district boundary's the edge shape hardly matters.
 *
 * @example
 * geometryAreaKm2({ type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]] }) // → 12308.8 (one degree square at the equator)
 */
export function geometryAreaKm2(geometry: AreaGeometry): number {
  const m2 = geometry.type === 'Polygon' ? polygonArea(geometry.coordinates) : geometry.coordinates.reduce((total, polygon) => total + polygonArea(polygon), 0);
  return m2 / 1e6;
}
