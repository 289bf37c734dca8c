import { changedFields } from '../../../domain/access/index.ts';
import { readColumns, type Value } from '../../../storage/read-columns.ts';
import { emptyCounts, readStoredRows, writeChanges, type Row, type SyncCounts } from '../../../storage/sync-rows.ts';
import type { LoadContext } from '../../importer.ts';
import { insertSchoolHistory } from '../../../storage/repositories/schools.repository.ts';

/** A school as a register file gives it: every `schools` column it sets except where the school is. */
export type SchoolRecord = Row & { urn: number; postcode: string | null };

export interface Location {
  readonly easting: number;
  readonly northing: number;
  readonly lat: number;
  readonly lon: number;
}

/** A stored easting, northing, latitude and longitude as a location, or null unless all four are there. */
function locationOf(easting: Value | undefined, northing: Value | undefined, lat: Value | undefined, lon: Value | undefined): Location | null {
  if (easting === null || easting === undefined || northing === null || northing === undefined) return null;
  if (lat === null || lat === undefined || lon === null || lon === undefined) return null;
  return { easting: Number(easting), northing: Number(northing), lat: Number(lat), lon: Number(lon) };
}

const LOCATION_COLUMNS = ['easting', 'northing', 'lat', 'lon'] as const;

/**
 * Inserts new schools and updates changed ones, writing one `school_history` row per changed school with
 * the fields that changed, before and after (`{"status":{"before":"open","after":"closed"}}`), in the same
 * transaction. `givenLocations` are locations the file itself gives, by URN.
 *
 * Where each school is: a location the file gives (GIAS has easting and northing) wins. Otherwise
 * "coordinates follow the postcode": a school the database already places keeps its coordinates (perhaps
 * set by `school-locations`) while its postcode is unchanged, else it takes its postcode's centroid from
 * `postcodes`, or none. So re-importing a register does not undo a more precise location, and a school
 * that moves is placed again. The records are completed in place (location and data source), not copied:
 * a national register is tens of thousands of them.
 */
export async function syncSchools(
  records: readonly SchoolRecord[],
  { trx, dataSourceId, now }: LoadContext,
  givenLocations: ReadonlyMap<number, Location> = new Map(),
): Promise<SyncCounts> {
  const first = records[0];
  if (first === undefined) return emptyCounts();
  const columns = [...new Set([...Object.keys(first), ...LOCATION_COLUMNS, 'data_source_id'])];
  const stored = await readStoredRows(trx, 'schools', ['urn'], columns);
  const [postcodeAt, eastingAt, northingAt, latAt, lonAt] = ['postcode', ...LOCATION_COLUMNS].map((c) => columns.indexOf(c)) as [number, number, number, number, number];
  const centroids = new Map<string, readonly Value[]>();
  for (const centroid of await readColumns(trx, 'postcodes', ['postcode', ...LOCATION_COLUMNS])) centroids.set(String(centroid[0]), centroid);
  for (const record of records) {
    const known = stored.find(record);
    let location = givenLocations.get(record.urn) ?? null;
    if (location === null && known !== undefined && known[postcodeAt] === record.postcode) {
      location = locationOf(known[eastingAt], known[northingAt], known[latAt], known[lonAt]);
    }
    const centroid = location === null && record.postcode !== null ? centroids.get(record.postcode) : undefined;
    if (centroid !== undefined) location = locationOf(centroid[1], centroid[2], centroid[3], centroid[4]);
    record['easting'] = location?.easting ?? null;
    record['northing'] = location?.northing ?? null;
    record['lat'] = location?.lat ?? null;
    record['lon'] = location?.lon ?? null;
    record['data_source_id'] = dataSourceId;
  }
  const history: { urn: number; changed_at: string; data_source_id: number; changes: string }[] = [];
  const counts = await writeChanges(trx, 'schools', ['urn'], records, stored, {
    ignoreInComparison: ['data_source_id'],
    onUpdate: (before, after) => {
      const fields = Object.keys(after).filter((c) => c !== 'data_source_id');
      const pick = (row: Row) => Object.fromEntries(fields.map((c) => [c, row[c] ?? null]));
      history.push({ urn: Number(after['urn']), changed_at: now, data_source_id: dataSourceId, changes: JSON.stringify(changedFields(pick(before), pick(after))) });
    },
  });
  await insertSchoolHistory(trx, history);
  return counts;
}
