import { syncRows } from '../../../storage/sync-rows.ts';
import { placeSchoolsAfterLoad } from '../../derive/place-schools.ts';
import { GEOMETRY_COLUMN, readFeatureTable } from '../../geojson/read-feature-table.ts';
import type { Importer } from '../../importer.ts';
import { gssCode } from '../../values.ts';
import { englandGeometry } from './england-geometry.ts';
import { readKnownAreas } from './known-areas.ts';

/** The district set every boundary here belongs to (areas holds the 2013–18 districts). */
export const BOUNDARY_VINTAGE = '2013-2018';

/** The TopoJSON object holding the districts, as in the 2013–18 file (`lad`). */
export const TOPOLOGY_OBJECT = 'lad';

/**
 * The file's own "type" is Topology or FeatureCollection: "type" comes before any member holding an object
 * (only plain values and flat arrays such as a bbox may precede it), so a nested "type" does not count.
 */
const TOP_LEVEL_TYPE = /^\s*\{(?:\s*"[^"]*"\s*:\s*(?:"[^"]*"|[-+\d.eE]+|\[[^[\]{}]*\]|true|false|null)\s*,)*\s*"type"\s*:\s*"(?:Topology|FeatureCollection)"/;

interface BoundaryRow {
  code: string;
  geometry: string;
}

/**
 * District boundaries, 2013–2018: a TopoJSON topology (object `lad`) or a GeoJSON FeatureCollection, one
 * feature per district keyed by its GSS code (property LAD13CD, or code / area_code / gss_code). Each shape
 * is stored as GeoJSON text (coordinates rounded to about 1 m) in `boundaries`; every code must be an area.
 */
export const boundariesImporter: Importer<BoundaryRow> = {
  kind: 'boundaries',
  description: 'District boundaries 2013–2018 (GeoJSON or TopoJSON)',
  dependsOn: ['geography'],
  columns: {
    code: { headers: ['LAD13CD', 'code', 'area_code', 'gss_code'], parse: gssCode },
    // A district's outline runs to megabytes; the file size limit bounds it.
    geometry: { headers: [GEOMETRY_COLUMN], parse: englandGeometry, maxLength: Number.POSITIVE_INFINITY },
  },
  read: readFeatureTable({ topologyObject: TOPOLOGY_OBJECT }),
  recognises: (sample) => ['.json', '.geojson', '.topojson'].includes(sample.extension) && TOP_LEVEL_TYPE.test(sample.head),
  key: (row) => row.code,
  async check(rows, problems, { db }) {
    const known = await readKnownAreas(db);
    for (const { row, value } of rows) {
      if (!known.has(value.code)) {
        problems.add({ row, column: 'LAD13CD', value: value.code, reason: `There is no area ${value.code}: import the districts (geography) first, or correct the code` });
      }
    }
  },
  load: (rows, { trx, dataSourceId }) =>
    syncRows(
      trx,
      'boundaries',
      ['area_code'],
      rows.map((r) => ({ area_code: r.code, vintage: BOUNDARY_VINTAGE, geojson: r.geometry, data_source_id: dataSourceId })),
      { ignoreInComparison: ['data_source_id'] },
    ),
  afterLoad: placeSchoolsAfterLoad,
};
