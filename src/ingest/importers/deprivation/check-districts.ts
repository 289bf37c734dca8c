import type { Kysely } from 'kysely';
import type { Database } from '../../../storage/schema.ts';
import type { ProblemList } from '../../report.ts';
import { readKnownAreas } from '../geography/known-areas.ts';

/** Adds a problem for each row whose district is not a `district` in areas. */
export async function checkDistrictsKnown(
  rows: readonly { row: number; value: { district: string } }[],
  problems: ProblemList,
  db: Kysely<Database>,
  column: string,
): Promise<void> {
  const known = await readKnownAreas(db);
  for (const { row, value } of rows) {
    if (known.get(value.district)?.kind !== 'district') {
      problems.add({ row, column, value: value.district, reason: `There is no district ${value.district}: import the districts (geography) first, or correct the code` });
    }
  }
}

/** England's LSOAs (2011 census geography): the number each national rank runs up to. */
export const LSOA11_COUNT = 32_844;
