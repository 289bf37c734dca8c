import type { Transaction } from 'kysely';
import { changedFields } from '../../../domain/access/index.ts';
import type { Database } from '../../../storage/schema.ts';
import { readColumns, type Value } from '../../../storage/read-columns.ts';
import { syncRows, type Row, type SyncCounts } from '../../../storage/sync-rows.ts';
import type { LoadContext } from '../../importer.ts';

/** A school as a register file gives it: every `schools` column it sets except where the school is. */
export type SchoolRecord = Row & { urn: number; postcode: string | null };

export interface Location {
  readonly easting: number;
  readonly northing: number;
  readonly lat: number;
  readonly lon: number;
}

const NO_LOCATION = { easting: null, northing: null, lat: null, lon: null } as const;

/** A stored easting, northing, latitude and longitude as a location, or null unless all four are there. */
function locationOf([easting, northing, lat, lon]: readonly Value[]): Location | null {
  if (easting === null || easting === undefined || northing === null || northing === undefined) return null;
  if (lat === null || lat === undefined || lon === null || lon === undefined) return null;
  return { easting: Number(easting), northing: Number(northing), lat: Number(lat), lon: Number(lon) };
}

/**
 * Where each school is. A location the file gives (GIAS has easting and northing) wins. Otherwise
 * "coordinates follow the postcode": a school the database already places keeps its coordinates (perhaps
 * set by `school-locations`) while its postcode is unchanged, else it takes its postcode's centroid from
 * `postcodes`, or none. So re-importing a register does not undo a more precise location, and a school
 * that moves is placed again.
 */
async function locate(trx: Transaction<Database>, records: readonly SchoolRecord[], given: ReadonlyMap<number, Location>): Promise<Map<number, Location | null>> {
  const current = await readColumns(trx, 'schools', ['urn', 'postcode', 'easting', 'northing', 'lat', 'lon']);
  const centroids = await readColumns(trx, 'postcodes', ['postcode', 'easting', 'northing', 'lat', 'lon']);
  const byUrn = new Map(current.map(([urn, postcode, ...place]) => [Number(urn), { postcode: postcode ?? null, location: locationOf(place) }]));
  const byPostcode = new Map(centroids.map(([postcode, ...place]) => [postcode ?? null, locationOf(place)]));
  const located = new Map<number, Location | null>();
  for (const record of records) {
    const known = byUrn.get(record.urn);
    const fromFile = given.get(record.urn);
    if (fromFile !== undefined) {
      located.set(record.urn, fromFile);
    } else if (known !== undefined && known.postcode === record.postcode && known.location !== null) {
      located.set(record.urn, known.location);
    } else {
      located.set(record.urn, (record.postcode === null ? undefined : byPostcode.get(record.postcode)) ?? null);
    }
  }
  return located;
}

/**
 * Inserts new schools and updates changed ones, writing one `school_history` row per changed school with
 * the fields that changed, before and after (`{"status":{"before":"open","after":"closed"}}`), in the same
 * transaction. `givenLocations` are locations the file itself gives, by URN.
 */
export async function syncSchools(
  records: readonly SchoolRecord[],
  { trx, dataSourceId, now }: LoadContext,
  givenLocations: ReadonlyMap<number, Location> = new Map(),
): Promise<SyncCounts> {
  const located = await locate(trx, records, givenLocations);
  const rows: Row[] = records.map((record) => ({
    ...record,
    ...(located.get(record.urn) ?? NO_LOCATION),
    data_source_id: dataSourceId,
  }));
  const history: { urn: number; changed_at: string; data_source_id: number; changes: string }[] = [];
  const counts = await syncRows(trx, 'schools', ['urn'], rows, {
    ignoreInComparison: ['data_source_id'],
    onUpdate: (before, after) => {
      const fields = Object.keys(after).filter((c) => c !== 'data_source_id');
      const pick = (row: Row) => Object.fromEntries(fields.map((c) => [c, row[c] ?? null]));
      history.push({ urn: Number(after['urn']), changed_at: now, data_source_id: dataSourceId, changes: JSON.stringify(changedFields(pick(before), pick(after))) });
    },
  });
  // 4 values a row: 500 rows a statement stays well inside both engines' limits on bound values.
  for (let start = 0; start < history.length; start += 500) {
    await trx.insertInto('school_history').values(history.slice(start, start + 500)).execute();
  }
  return counts;
}
