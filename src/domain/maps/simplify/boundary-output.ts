import type { BoundaryArcs } from './simplify-boundaries.ts';
import type { LonLat } from './visvalingam.ts';

export type Polygonal = { readonly type: 'Polygon'; readonly coordinates: number[][][] } | { readonly type: 'MultiPolygon'; readonly coordinates: number[][][][] };

/**
 * Each boundary as a GeoJSON geometry, coordinates rounded to `decimals` places (4 is about 11 m of
 * latitude). A ring that rounding leaves with fewer than 3 points is left out, and a polygon whose outer ring is.
 *
 * @example toGeoJsonGeometries(simplifyBoundaries(geometries, 50_000), 4)[0] // { type: 'MultiPolygon', coordinates: [[[[-3.0483, 53.8164], …]]] }
 */
export function toGeoJsonGeometries(boundaries: BoundaryArcs, decimals: number): Polygonal[] {
  const factor = 10 ** decimals;
  const round = (value: number): number => Math.round(value * factor) / factor;
  const ring = (refs: readonly number[]): number[][] | null => {
    const rounded: number[][] = [];
    for (const ref of refs) {
      const arc = arcOf(boundaries, ref);
      for (let i = rounded.length === 0 ? 0 : 1; i < arc.length; i += 1) {
        const [lon, lat] = arc[i] ?? [0, 0];
        const next = [round(lon), round(lat)];
        const last = rounded[rounded.length - 1];
        if (last === undefined || last[0] !== next[0] || last[1] !== next[1]) rounded.push(next);
      }
    }
    const first = rounded[0];
    const last = rounded[rounded.length - 1];
    if (first !== undefined && last !== undefined && (first[0] !== last[0] || first[1] !== last[1])) rounded.push([...first]);
    return rounded.length >= 4 ? rounded : null;
  };
  const polygon = (rings: readonly (readonly number[])[]): number[][][] | null => {
    const [outer, ...holes] = rings.map(ring);
    if (outer === null || outer === undefined) return null;
    return [outer, ...holes.filter((hole): hole is number[][] => hole !== null)];
  };
  return boundaries.shapes.map((shape): Polygonal => {
    const polygons = shape.polygons.map(polygon).filter((p): p is number[][][] => p !== null);
    return shape.type === 'Polygon' ? { type: 'Polygon', coordinates: polygons[0] ?? [] } : { type: 'MultiPolygon', coordinates: polygons };
  });
}

/** A TopoJSON topology (https://github.com/topojson/topojson-specification), quantised and delta-encoded. */
export interface Topology<P> {
  readonly type: 'Topology';
  readonly transform: { readonly scale: readonly [number, number]; readonly translate: readonly [number, number] };
  readonly objects: Readonly<Record<string, { readonly type: 'GeometryCollection'; readonly geometries: readonly TopologyGeometry<P>[] }>>;
  readonly arcs: readonly (readonly (readonly [number, number])[])[];
}

export type TopologyGeometry<P> =
  | { readonly type: 'Polygon'; readonly id: string; readonly properties: P; readonly arcs: readonly (readonly number[])[] }
  | { readonly type: 'MultiPolygon'; readonly id: string; readonly properties: P; readonly arcs: readonly (readonly (readonly number[])[])[] };

/**
 * The boundaries as one TopoJSON object `name`: each shared border is sent once, its points as whole
 * steps of 10^-decimals degrees from the south-west corner, each relative to the one before.
 * `features[i]` gives the id and properties of `boundaries.shapes[i]`.
 *
 * @example toTopology(simplifyBoundaries(geometries, 50_000), 'boundaries', [{ id: 'E06000009', properties: { code: 'E06000009', name: 'Blackpool' } }], 4)
 */
export function toTopology<P>(boundaries: BoundaryArcs, name: string, features: readonly { readonly id: string; readonly properties: P }[], decimals: number): Topology<P> {
  const step = 10 ** -decimals;
  let west = Infinity;
  let south = Infinity;
  for (const arc of boundaries.arcs) {
    for (const [lon, lat] of arc) {
      west = Math.min(west, lon);
      south = Math.min(south, lat);
    }
  }
  if (!Number.isFinite(west)) [west, south] = [0, 0];
  const arcs = boundaries.arcs.map((arc) => {
    const encoded: [number, number][] = [];
    let [x0, y0] = [0, 0];
    for (const [lon, lat] of arc) {
      const x = Math.round((lon - west) / step);
      const y = Math.round((lat - south) / step);
      // A point that falls on the one before it adds nothing; an arc keeps at least its first point.
      if (encoded.length > 0 && x === x0 && y === y0) continue;
      encoded.push(encoded.length === 0 ? [x, y] : [x - x0, y - y0]);
      [x0, y0] = [x, y];
    }
    return encoded;
  });
  const geometries = boundaries.shapes.map((shape, i): TopologyGeometry<P> => {
    const { id, properties } = features[i] ?? { id: '', properties: {} as P };
    return shape.type === 'Polygon'
      ? { type: 'Polygon', id, properties, arcs: shape.polygons[0] ?? [] }
      : { type: 'MultiPolygon', id, properties, arcs: shape.polygons };
  });
  return { type: 'Topology', transform: { scale: [step, step], translate: [west, south] }, objects: { [name]: { type: 'GeometryCollection', geometries } }, arcs };
}

function arcOf(boundaries: BoundaryArcs, ref: number): readonly LonLat[] {
  const arc = boundaries.arcs[ref < 0 ? ~ref : ref] ?? [];
  return ref < 0 ? [...arc].reverse() : arc;
}
