import { parentPort, workerData } from 'node:worker_threads';
import { BOUNDARY_SIMPLIFICATION, simplifyBoundaries, toGeoJsonGeometries, toTopology, type BoundaryDetail } from '../../../domain/maps/index.ts';
import type { AreaGeometry } from '../../../domain/places/index.ts';

// Boundaries are simplified here, off the event loop: finding the shared borders of 326 districts and
// simplifying them took 2 to 3 s on a busy two-core machine, which on the main thread would hold up every other request.

/** What `buildBoundariesOffTheLoop` starts this thread with. */
export interface BoundariesThreadData {
  readonly boundaries: readonly { readonly code: string; readonly name: string; readonly geojson: string }[];
  readonly detail: BoundaryDetail;
  readonly format: 'geojson' | 'topojson';
}

/** The reply's body: a GeoJSON FeatureCollection, or a TopoJSON topology with one object, `boundaries`. */
export function buildBoundariesBody({ boundaries, detail, format }: BoundariesThreadData): string {
  const { minimumArea, decimals } = BOUNDARY_SIMPLIFICATION[detail];
  const arcs = simplifyBoundaries(
    boundaries.map((b) => JSON.parse(b.geojson) as AreaGeometry),
    minimumArea,
  );
  const features = boundaries.map((b) => ({ id: b.code, properties: { code: b.code, name: b.name } }));
  if (format === 'topojson') return JSON.stringify(toTopology(arcs, 'boundaries', features, decimals));
  const geometries = toGeoJsonGeometries(arcs, decimals);
  return JSON.stringify({ type: 'FeatureCollection', features: features.map((f, i) => ({ type: 'Feature', ...f, geometry: geometries[i] })) });
}

if (parentPort !== null) parentPort.postMessage(buildBoundariesBody(workerData as BoundariesThreadData));
