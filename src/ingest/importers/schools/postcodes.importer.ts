import { syncRows } from '../../../storage/sync-rows.ts';
import type { Importer } from '../../importer.ts';
import { postcode, text } from '../../values.ts';
import {
  LAT_LON_TOLERANCE_METRES,
  metresBetween,
  optionalEasting,
  optionalLatitude,
  optionalLongitude,
  optionalNorthing,
  required,
  toLatLon,
} from './british-national-grid.ts';

interface PostcodeRow {
  postcode: string;
  easting: number;
  northing: number;
  lat: number;
  lon: number;
  source: string;
}

/**
 * Postcode centroids on the British National Grid. Latitude and longitude are worked out here from easting
 * and northing (british-national-grid.ts); the file's own lat/lon must agree to within 10 m, or the row is a
 * problem, as one of the two is then wrong. Rows found by a geocoder rather than from the ONS census
 * headcount (`source` = opencage_geocoder, whose results may carry OpenStreetMap's licence) are kept with
 * their source, so a deployment that must avoid them can. The `source` column is required, which is also
 * what tells this file from others with postcodes and coordinates.
 */
export const postcodesImporter: Importer<PostcodeRow> = {
  kind: 'postcodes',
  description: 'Postcode centroids (British National Grid)',
  dependsOn: [],
  columns: {
    postcode: { headers: ['postcode'], parse: postcode },
    easting: { headers: ['easting'], parse: required(optionalEasting) },
    northing: { headers: ['northing'], parse: required(optionalNorthing) },
    lat: { headers: ['lat', 'latitude'], parse: required(optionalLatitude) },
    lon: { headers: ['lon', 'longitude'], parse: required(optionalLongitude) },
    source: { headers: ['source'], parse: text },
  },
  key: (row) => row.postcode,
  check(rows, problems) {
    for (const { row, value } of rows) {
      const computed = toLatLon(value.easting, value.northing);
      const distance = metresBetween(computed, value);
      if (distance > LAT_LON_TOLERANCE_METRES) {
        problems.add({
          row,
          column: 'lat',
          value: `${String(value.lat)}, ${String(value.lon)}`,
          reason: `This is ${distance.toFixed(0)} m from where the easting and northing put it (${String(computed.lat)}, ${String(computed.lon)}): correct one or the other`,
        });
      }
    }
    return Promise.resolve();
  },
  load: (rows, { trx, dataSourceId }) =>
    syncRows(
      trx,
      'postcodes',
      ['postcode'],
      rows.map((r) => ({
        postcode: r.postcode,
        easting: r.easting,
        northing: r.northing,
        ...toLatLon(r.easting, r.northing),
        source: r.source,
        data_source_id: dataSourceId,
      })),
      { ignoreInComparison: ['data_source_id'] },
    ),
};
