import { readStoredRows, writeChanges, type Row } from '../../../storage/sync-rows.ts';
import { placeSchoolsAfterLoad } from '../../derive/place-schools.ts';
import type { Importer } from '../../importer.ts';
import { gssCode, optionalGssCode, urn } from '../../values.ts';
import {
  LAT_LON_TOLERANCE_METRES,
  metresBetween,
  optionalEasting,
  optionalLatitude,
  optionalLongitude,
  optionalNorthing,
  toLatLon,
} from './british-national-grid.ts';
import { knownAreaCodes, knownUrns, UNKNOWN_AREA, UNKNOWN_URN } from './known-codes.ts';

interface LocationRow {
  urn: number;
  educationLaCode: string;
  districtCode: string | null;
  easting: number | null;
  northing: number | null;
  lat: number | null;
  lon: number | null;
}

/**
 * Where schools already in `schools` are: coordinates, the 2013–18 district they fall in and their
 * education authority (GSS), from the joined open-schools table. Sets those columns and nothing else; the
 * district is kept as evidence (`located_district_code`) for placement, which then sets `district_code`
 * (docs/methodology.md §6.8). A blank means the file does not know, so a school keeps what it has: blank
 * coordinates (schools whose postcode found no centroid) leave any coordinates alone, a blank district
 * leaves the located district alone.
 * Latitude and longitude are worked out from easting and northing, as for `postcodes`, so the two agree;
 * the file's own must be within 10 m. Changes here are not written to `school_history`, which records the
 * register's facts (name, status, address), not how a school was geocoded.
 */
export const schoolLocationsImporter: Importer<LocationRow> = {
  kind: 'school-locations',
  description: 'School locations: coordinates, district and education authority',
  dependsOn: ['schools', 'geography'],
  columns: {
    urn: { headers: ['urn'], parse: urn },
    educationLaCode: { headers: ['la_code'], parse: gssCode },
    districtCode: { headers: ['lad13_code'], parse: optionalGssCode },
    easting: { headers: ['easting'], parse: optionalEasting },
    northing: { headers: ['northing'], parse: optionalNorthing },
    lat: { headers: ['lat'], parse: optionalLatitude },
    lon: { headers: ['lon'], parse: optionalLongitude },
  },
  key: (row) => String(row.urn),
  async check(rows, problems, { db }) {
    const [schools, areas] = [await knownUrns(db), await knownAreaCodes(db)];
    for (const { row, value } of rows) {
      if (!schools.has(value.urn)) problems.add({ row, column: 'urn', value: String(value.urn), reason: UNKNOWN_URN });
      if (!areas.has(value.educationLaCode)) problems.add({ row, column: 'la_code', value: value.educationLaCode, reason: UNKNOWN_AREA });
      if (value.districtCode !== null && !areas.has(value.districtCode)) problems.add({ row, column: 'lad13_code', value: value.districtCode, reason: UNKNOWN_AREA });
      const given = [value.easting, value.northing, value.lat, value.lon].filter((v) => v !== null).length;
      if (given !== 0 && given !== 4) {
        problems.add({ row, column: 'easting', value: null, reason: 'Give all of easting, northing, lat and lon, or leave all four blank' });
      } else if (value.easting !== null && value.northing !== null && value.lat !== null && value.lon !== null) {
        const computed = toLatLon(value.easting, value.northing);
        const distance = metresBetween(computed, { lat: value.lat, lon: value.lon });
        if (distance > LAT_LON_TOLERANCE_METRES) {
          problems.add({
            row,
            column: 'lat',
            value: `${String(value.lat)}, ${String(value.lon)}`,
            reason: `This is ${distance.toFixed(0)} m from where the easting and northing put it (${String(computed.lat)}, ${String(computed.lon)}): correct one or the other`,
          });
        }
      }
    }
  },
  async load(rows, { trx }) {
    const columns = ['urn', 'easting', 'northing', 'lat', 'lon', 'located_district_code', 'education_la_code'];
    const stored = await readStoredRows(trx, 'schools', ['urn'], columns);
    const updates: Row[] = rows.map((row) => {
      const [, easting, northing, lat, lon, districtCode] = stored.find({ urn: row.urn }) ?? [];
      const place =
        row.easting !== null && row.northing !== null
          ? { easting: row.easting, northing: row.northing, ...toLatLon(row.easting, row.northing) }
          : { easting: easting ?? null, northing: northing ?? null, lat: lat ?? null, lon: lon ?? null };
      return { urn: row.urn, ...place, located_district_code: row.districtCode ?? districtCode ?? null, education_la_code: row.educationLaCode };
    });
    return writeChanges(trx, 'schools', ['urn'], updates, stored);
  },
  afterLoad: placeSchoolsAfterLoad,
};
