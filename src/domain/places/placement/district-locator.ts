/** A position as GeoJSON writes it: longitude, then latitude. */
type Position = readonly number[];

/** A district's outline: a GeoJSON Polygon or MultiPolygon in longitude and latitude. */
export type DistrictGeometry =
  | { readonly type: 'Polygon'; readonly coordinates: readonly (readonly Position[])[] }
  | { readonly type: 'MultiPolygon'; readonly coordinates: readonly (readonly (readonly Position[])[])[] };

/** Latitude bands per district: a ray at one latitude is tested only against the edges that span its band. */
const BANDS = 64;

interface IndexedDistrict {
  readonly code: string;
  readonly west: number;
  readonly east: number;
  readonly south: number;
  readonly north: number;
  /** Every edge of every ring as x1, y1, x2, y2. */
  readonly edges: Float64Array;
  /** The edges whose latitudes reach into band b are `bandEdges[bandStart[b] … bandStart[b + 1]]`. */
  readonly bandStart: Uint32Array;
  readonly bandEdges: Uint32Array;
}

const bandIndex = (lat: number, south: number, north: number) => Math.min(BANDS - 1, Math.max(0, Math.floor(((lat - south) / (north - south || 1)) * BANDS)));

function indexDistrict(code: string, geometry: DistrictGeometry): IndexedDistrict {
  const rings = (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).flat();
  const edges = new Float64Array(rings.reduce((n, ring) => n + ring.length, 0) * 4);
  let [west, east, south, north] = [Infinity, -Infinity, Infinity, -Infinity];
  let at = 0;
  for (const ring of rings) {
    let previous = ring[ring.length - 1] ?? [];
    for (const point of ring) {
      const x = point[0] ?? 0;
      const y = point[1] ?? 0;
      edges[at] = previous[0] ?? 0;
      edges[at + 1] = previous[1] ?? 0;
      edges[at + 2] = x;
      edges[at + 3] = y;
      at += 4;
      previous = point;
      if (x < west) west = x;
      if (x > east) east = x;
      if (y < south) south = y;
      if (y > north) north = y;
    }
  }
  const count = edges.length / 4;
  const first = new Uint32Array(count);
  const last = new Uint32Array(count);
  const bandStart = new Uint32Array(BANDS + 1);
  for (let e = 0; e < count; e++) {
    const y1 = edges[e * 4 + 1] ?? 0;
    const y2 = edges[e * 4 + 3] ?? 0;
    first[e] = bandIndex(y1 < y2 ? y1 : y2, south, north);
    last[e] = bandIndex(y1 < y2 ? y2 : y1, south, north);
    for (let b = first[e] ?? 0; b <= (last[e] ?? 0); b++) bandStart[b + 1] = (bandStart[b + 1] ?? 0) + 1;
  }
  for (let b = 0; b < BANDS; b++) bandStart[b + 1] = (bandStart[b + 1] ?? 0) + (bandStart[b] ?? 0);
  const bandEdges = new Uint32Array(bandStart[BANDS] ?? 0);
  const filled = bandStart.slice(0, BANDS);
  for (let e = 0; e < count; e++) {
    for (let b = first[e] ?? 0; b <= (last[e] ?? 0); b++) bandEdges[(filled[b] = (filled[b] ?? 0) + 1) - 1] = e;
  }
  return { code, west, east, south, north, edges, bandStart, bandEdges };
}

/** Even–odd ray casting over every ring at once, so a hole (an enclave of another district) is outside. */
function contains(d: IndexedDistrict, lon: number, lat: number): boolean {
  const band = bandIndex(lat, d.south, d.north);
  const { edges, bandEdges } = d;
  let inside = false;
  for (let k = d.bandStart[band] ?? 0, end = d.bandStart[band + 1] ?? 0; k < end; k++) {
    const e = (bandEdges[k] ?? 0) * 4;
    const x1 = edges[e] ?? 0;
    const y1 = edges[e + 1] ?? 0;
    const x2 = edges[e + 2] ?? 0;
    const y2 = edges[e + 3] ?? 0;
    if (y2 > lat !== y1 > lat && lon < ((x1 - x2) * (lat - y2)) / (y1 - y2) + x2) inside = !inside;
  }
  return inside;
}

/**
 * A function that finds the district a point falls in, from district outlines: each point is tested against
 * the outlines whose bounding box holds it, and within one only against the edges near its latitude. Returns
 * null for a point in no district (at sea on generalised boundaries, or outside England); where outlines
 * overlap, the first district given wins.
 *
 * `createDistrictLocator([{ code: 'E06000009', geometry }])(-3.05, 53.82)` → `'E06000009'`.
 */
export function createDistrictLocator(districts: readonly { readonly code: string; readonly geometry: DistrictGeometry }[]): (lon: number, lat: number) => string | null {
  const indexed = districts.map((d) => indexDistrict(d.code, d.geometry));
  return (lon, lat) => {
    for (const d of indexed) {
      if (lon < d.west || lon > d.east || lat < d.south || lat > d.north) continue;
      if (contains(d, lon, lat)) return d.code;
    }
    return null;
  };
}
