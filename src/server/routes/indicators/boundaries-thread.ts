import { parentPort, workerData } from 'node:worker_threads';
import { BOUNDARY_SIMPLIFICATION, fitToWidth, simplifyBoundaries, toGeoJsonGeometries, toTopology, type BoundaryDetail } from '../../../domain/maps/index.ts';
import type { AreaGeometry } from '../../../domain/places/index.ts';

// Boundaries are simplified here, off the event loop: finding the shared borders of 326 districts and
// simplifying them took 2 to 3 s on a busy two-core machine, which on the main thread would hold up every other request.

/** What `buildBoundariesOffTheLoop` starts this thread with. */
export interface BoundariesThreadData {
  readonly boundaries: readonly { readonly code: string; readonly name: string; readonly geojson: string }[];
  readonly detail: BoundaryDetail;
  readonly format: 'geojson' | 'topojson' | 'topojson-projected';
}

/**
 * The reply's body: a GeoJSON FeatureCollection, or a TopoJSON topology with one object, `boundaries`; projected,
 * the topology's points are the England map's own (x east, y down, 600 units across, to a tenth of a unit) and its
 * `bbox` gives the drawing's size, so a browser draws the map without projecting it.
 */
export function buildBoundariesBody({ boundaries, detail, format }: BoundariesThreadData): string {
  const { minimumArea, decimals } = BOUNDARY_SIMPLIFICATION[detail];
  const arcs = simplifyBoundaries(
    boundaries.map((b) => JSON.parse(b.geojson) as AreaGeometry),
    minimumArea,
  );
  const features = boundaries.map((b) => ({ id: b.code, properties: { code: b.code, name: b.name } }));
  if (format === 'topojson') return JSON.stringify(toTopology(arcs, 'boundaries', features, decimals));
  if (format === 'topojson-projected') {
    const fitted = fitToWidth(arcs.arcs);
    return JSON.stringify({ ...toTopology({ ...arcs, arcs: fitted.value }, 'boundaries', features, 1), bbox: [0, 0, fitted.width, fitted.height] });
  }
  const geometries = toGeoJsonGeometries(arcs, decimals);
  return JSON.stringify({ type: 'FeatureCollection', features: features.map((f, i) => ({ type: 'Feature', ...f, geometry: geometries[i] })) });
}

if (parentPort !== null) parentPort.postMessage(buildBoundariesBody(workerData as BoundariesThreadData));
