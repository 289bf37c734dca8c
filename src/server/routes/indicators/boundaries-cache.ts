import { promisify } from 'node:util';
import { brotliCompress, constants as zlibConstants, gzip } from 'node:zlib';
import { areasAround, boundsOf, type BoundaryDetail, type Bounds } from '../../../domain/maps/index.ts';
import type { AreaGeometry } from '../../../domain/places/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import type { ContentEncoding } from '../../accept-encoding.ts';
import { buildBoundariesOffTheLoop } from './boundaries-off-the-loop.ts';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
/** Made once per data version, so brotli can take longer than the server's per-reply quality 4 for a smaller file. */
const BROTLI_QUALITY = 9;

export type BoundaryFormat = 'geojson' | 'topojson' | 'topojson-projected';

/** A boundary as stored: its code, name and GeoJSON geometry text. */
type StoredBoundary = Awaited<ReturnType<Services['boundaries']['listBoundaries']>>[number];

interface Feature {
  readonly code: string;
  readonly bounds: Bounds;
  /** The feature as GeoJSON text. */
  readonly text: string;
}

/**
 * The boundaries' reply bodies. The national file is megabytes that change only on import: each body is
 * built once per kind, detail, format and data version, the simplified ones on a thread; a request that
 * arrives while one is being built waits for that one. An area's neighbourhood is cut from its kind's
 * national GeoJSON at that detail, so its borders are the ones the national file has.
 */
export function createBoundariesCache(services: Services) {
  const kept = new Map<string, { readonly version: string; readonly value: Promise<unknown> }>();

  /** The value under `key` for this data version, made by `make` if there is none; a failure is not kept. */
  async function once<T>(key: string, make: () => Promise<T>): Promise<T> {
    const version = await services.dataVersion.dataVersion();
    const entry = kept.get(key);
    if (entry?.version === version) return entry.value as Promise<T>;
    const value = make();
    const current = { version, value };
    kept.set(key, current);
    value.catch(() => {
      if (kept.get(key) === current) kept.delete(key);
    });
    return value;
  }

  function body(kind: string, detail: BoundaryDetail, format: BoundaryFormat): Promise<string> {
    return once(`${kind}|${detail}|${format}`, async () => {
      const boundaries = await services.boundaries.listBoundaries(kind);
      return detail === 'full' && format === 'geojson' ? asStoredGeoJson(boundaries) : buildBoundariesOffTheLoop({ boundaries, detail, format });
    });
  }

  /**
   * A body compressed for `encoding`, once per data version (on libuv's threads): the maps' boundaries are
   * hundreds of kilobytes, which the server otherwise compressed afresh for every page that drew a map.
   */
  function compressedBody(kind: string, detail: BoundaryDetail, format: BoundaryFormat, encoding: ContentEncoding): Promise<Buffer> {
    return once(`${kind}|${detail}|${format}|${encoding}`, async () => {
      const text = await body(kind, detail, format);
      return encoding === 'br' ? brotliAsync(text, { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY } }) : gzipAsync(text);
    });
  }

  function features(kind: string, detail: BoundaryDetail): Promise<readonly Feature[]> {
    return once(`${kind}|${detail}|features`, async () => {
      const collection = JSON.parse(await body(kind, detail, 'geojson')) as { features: { id: string; geometry: AreaGeometry }[] };
      return collection.features.map((feature) => ({ code: feature.id, bounds: boundsOf(feature.geometry), text: JSON.stringify(feature) }));
    });
  }

  /** `code` and the areas of its kind around it (`areasAround`) as a GeoJSON FeatureCollection; null when it has no boundary. */
  async function around(kind: string, detail: BoundaryDetail, code: string): Promise<string | null> {
    const all = await features(kind, detail);
    const near = new Set(areasAround(all, code));
    if (near.size === 0) return null;
    return `{"type":"FeatureCollection","features":[${all.filter((f) => near.has(f.code)).map((f) => f.text).join(',')}]}`;
  }

  return { body, compressedBody, around };
}

/** The stored geometries, GeoJSON text passed through unparsed. */
function asStoredGeoJson(boundaries: readonly StoredBoundary[]): string {
  const features = boundaries.map(
    (b) => `{"type":"Feature","id":${JSON.stringify(b.code)},"properties":${JSON.stringify({ code: b.code, name: b.name })},"geometry":${b.geojson}}`,
  );
  return `{"type":"FeatureCollection","features":[${features.join(',')}]}`;
}
