import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { api, reply } from './http.ts';
import type { BoundaryCollection, ProjectedBoundaries } from './public-data-types.ts';

/** How much detail a map needs: all England on one map (see the API). */
export type BoundaryDetail = 'england';

type BoundaryTopology = Topology<{ boundaries: GeometryCollection<{ code: string; name: string }> }>;

const districtBoundaries = new Map<BoundaryDetail, Promise<ProjectedBoundaries>>();

/**
 * Every district's boundary, simplified for a map of all England, fetched once per page load and kept in
 * memory: the map and the index draw from it. It comes as TopoJSON, each shared border sent once, about half the GeoJSON's size,
 * already projected by the server (projecting 326 districts took a cold browser a third of a second).
 * The shared request is never aborted by one page leaving (another may be waiting for it); a failed request
 * is forgotten so the next page tries again.
 */
export function getDistrictBoundaries(detail: BoundaryDetail, signal: AbortSignal): Promise<ProjectedBoundaries> {
  let loading = districtBoundaries.get(detail);
  if (loading === undefined) {
    // The document leaves this reply untyped (GeoJSON or TopoJSON by `format`): with format=topojson it is a Topology.
    const request = reply(api.GET('/api/boundaries', { params: { query: { kind: 'district', detail, format: 'topojson-projected' } }, signal: new AbortController().signal }));
    const started = request.then((body) => {
      const topology = body as BoundaryTopology;
      const [, , width = 0, height = 0] = topology.bbox ?? [];
      return { width, height, collection: feature(topology, topology.objects.boundaries) as BoundaryCollection };
    });
    loading = started;
    districtBoundaries.set(detail, started);
    void started.catch(() => {
      if (districtBoundaries.get(detail) === started) districtBoundaries.delete(detail);
    });
  }
  return abortable(loading, signal);
}

/**
 * One district's boundary and those of the districts around it, simplified for a small map of it: the few
 * an area page's map can show, cut by the server from the national file so their borders still match.
 */
export async function getDistrictBoundariesAround(code: string, signal: AbortSignal): Promise<BoundaryCollection> {
  return (await reply(api.GET('/api/boundaries', { params: { query: { kind: 'district', detail: 'district', around: code } }, signal }))) as BoundaryCollection;
}

/** `promise`, or a rejection as soon as `signal` aborts, whichever comes first. */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => {
      reject(signal.reason instanceof Error ? signal.reason : new DOMException('Aborted', 'AbortError'));
    };
    if (signal.aborted) {
      onAbort();
      return;
    }
    signal.addEventListener('abort', onAbort, { once: true });
    void promise.then(resolve, reject).finally(() => {
      signal.removeEventListener('abort', onAbort);
    });
  });
}

