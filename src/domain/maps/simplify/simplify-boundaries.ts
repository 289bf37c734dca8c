import type { AreaGeometry } from '../../places/index.ts';
import { arcKey, cutRing, findJunctions, keyedRing, type KeyedRing } from './shared-arcs.ts';
import { simplifyLine, type LonLat } from './visvalingam.ts';

/**
 * Boundaries as shared arcs, TopoJSON's model: each ring is a list of arc references, `i` for arc i as
 * stored and `~i` (that is, -i - 1) for arc i run backwards.
 */
export interface BoundaryArcs {
  readonly arcs: readonly (readonly LonLat[])[];
  /** Per geometry, per polygon, per ring (outer first), the arcs the ring is made of. */
  readonly shapes: readonly { readonly type: 'Polygon' | 'MultiPolygon'; readonly polygons: readonly (readonly (readonly number[])[])[] }[];
}

/**
 * Boundaries simplified for drawing, with borders kept shared: every ring is cut into arcs at the points
 * where borders meet, each arc is simplified once by Visvalingam and Whyatt's effective area (points whose
 * area is below `minimumArea` m² are dropped), and both neighbours get that same arc, so no gap or overlap
 * opens between districts (docs/methodology.md, "Simplified boundaries"). Arc ends are kept, and enough of
 * each arc that every ring keeps at least three points. With `minimumArea` 0 only the arcs are found.
 *
 * @example simplifyBoundaries([blackpool, fylde, wyre], 50_000) // the borders between them still match
 */
export function simplifyBoundaries(geometries: readonly AreaGeometry[], minimumArea: number): BoundaryArcs {
  const polygonsOf = (geometry: AreaGeometry): readonly (readonly (readonly (readonly number[])[])[])[] =>
    geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const keyed = geometries.map((geometry) => polygonsOf(geometry).map((polygon) => polygon.map((ring) => keyedRing(openRing(ring)))));
  const junctions = findJunctions(keyed.flat(2));
  const arcs: LonLat[][] = [];
  // Each arc as found (in its key's direction), for the rings that simplifying would flatten.
  const found: LonLat[][] = [];
  const arcIndex = new Map<string, number>();

  const ringArcs = (ring: KeyedRing): number[] => {
    const { arcs: pieces, closed } = cutRing(ring, junctions);
    return pieces.map((piece) => {
      const { key, reversed } = arcKey(piece);
      let index = arcIndex.get(key);
      if (index === undefined) {
        // Simplified in the key's direction, so both copies of a shared arc come out the same.
        index = arcs.length;
        const points = reversed ? [...piece.points].reverse() : piece.points;
        found.push(points);
        arcs.push(minimumArea > 0 ? simplifyLine(points, minimumArea, closed ? 2 : 0) : points);
        arcIndex.set(key, index);
      }
      return reversed ? ~index : index;
    });
  };

  const shapes = geometries.map((geometry, g) => ({ type: geometry.type, polygons: (keyed[g] ?? []).map((polygon) => polygon.map(ringArcs)) }));
  // A ring of few arcs, each simplified to its ends, would be a line: each of its arcs keeps its largest
  // point too. Changing the arc itself keeps it the same for every ring that shares it.
  for (const shape of shapes) {
    for (const polygon of shape.polygons) {
      for (const ring of polygon) {
        const points = ring.reduce((sum, ref) => sum + ((arcs[ref < 0 ? ~ref : ref]?.length ?? 1) - 1), 0);
        if (points >= 3) continue;
        for (const ref of ring) {
          const index = ref < 0 ? ~ref : ref;
          arcs[index] = simplifyLine(found[index] ?? [], minimumArea, 1);
        }
      }
    }
  }
  return { arcs, shapes };
}

/** A GeoJSON ring without its closing point. */
function openRing(ring: readonly (readonly number[])[]): LonLat[] {
  const points = ring.map((p): LonLat => [p[0] ?? 0, p[1] ?? 0]);
  const first = points[0];
  const last = points[points.length - 1];
  if (points.length > 1 && first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1]) points.pop();
  return points;
}
