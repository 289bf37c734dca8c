import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { CsvParseResult } from '../csv/parse-csv.ts';
import type { TableReader } from '../importer.ts';

export interface FeatureTableOptions {
  /** The object of a TopoJSON topology whose features are the rows, e.g. `lad`. */
  readonly topologyObject: string;
}

/** The column that holds each feature's geometry, as GeoJSON text. */
export const GEOMETRY_COLUMN = 'geometry';

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const fail = (reason: string): CsvParseResult => ({ ok: false, problems: [{ row: null, reason }] });

function cellOf(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * Reads a GeoJSON FeatureCollection, or one object of a TopoJSON topology (turned into GeoJSON features
 * with topojson-client), as a table: one row per feature (row 1 is the first feature), a column per
 * property, and a `geometry` column holding the feature's geometry as GeoJSON text. Importers then map
 * and check the columns as they would a CSV file's.
 */
export function readFeatureTable(options: FeatureTableOptions): TableReader {
  return (text) => {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      // The parser's own message varies between Node versions, so it is not passed on.
      return fail('The file is not valid JSON: expected GeoJSON or TopoJSON text (it may be cut short, or not be JSON at all)');
    }
    if (!isObject(json)) return fail('The file is JSON but not an object: expected a GeoJSON FeatureCollection or a TopoJSON Topology');
    let features: readonly unknown[];
    if (json['type'] === 'Topology') {
      const objects = isObject(json['objects']) ? json['objects'] : {};
      const object = objects[options.topologyObject];
      if (!isObject(object) || object['type'] !== 'GeometryCollection' || !Array.isArray(object['geometries'])) {
        const names = Object.keys(objects);
        return fail(
          `The TopoJSON has no collection of shapes called "${options.topologyObject}"` +
            (names.length === 0 ? ' (it has no objects at all)' : ` (it has: ${names.join(', ')})`),
        );
      }
      try {
        // Checked above as far as topojson-client needs: a Topology holding this GeometryCollection.
        features = feature(json as unknown as Topology, object as unknown as GeometryCollection).features;
      } catch (error) {
        return fail(`The TopoJSON cannot be turned into shapes (${error instanceof Error ? error.message : String(error)}): its arcs may be damaged`);
      }
    } else if (json['type'] === 'FeatureCollection' && Array.isArray(json['features'])) {
      features = json['features'] as unknown[];
    } else {
      return fail(`Expected a GeoJSON FeatureCollection or a TopoJSON Topology, but the file's "type" is ${JSON.stringify(json['type'] ?? null)}`);
    }
    if (features.length === 0) return fail('The file has no features: expected one shape per area');

    const headers: string[] = [];
    const seen = new Set<string>();
    const propertiesOf = (f: unknown): Record<string, unknown> => (isObject(f) && isObject(f['properties']) ? f['properties'] : {});
    for (const f of features) {
      for (const key of Object.keys(propertiesOf(f))) {
        if (!seen.has(key) && key !== GEOMETRY_COLUMN) {
          seen.add(key);
          headers.push(key);
        }
      }
    }
    headers.push(GEOMETRY_COLUMN);
    const rows = features.map((f, index) => {
      const properties = propertiesOf(f);
      const geometry = isObject(f) ? f['geometry'] : null;
      return { row: index + 1, cells: headers.map((h) => (h === GEOMETRY_COLUMN ? cellOf(geometry) : cellOf(properties[h]))) };
    });
    return { ok: true, table: { headers, rows } };
  };
}
