import type { Kysely } from 'kysely';
import { publishTutoring, type PublishedTutoringRow } from '../../../domain/catch-up/index.ts';
import type { Database } from '../../schema.ts';
import { districtsOfArea } from '../careers-advisers.repository.ts';
import { readSchoolPlaces, readTutoringRecords } from './tutoring-records.ts';

/** The URNs of the schools in an Opportunity Area's districts (as its careers pages count them). */
export async function schoolsOfArea(db: Kysely<Database>, areaId: string): Promise<number[]> {
  const districts = await districtsOfArea(db, areaId);
  if (districts.length === 0) return [];
  return (await db.selectFrom('schools').select('urn').where('district_code', 'in', districts).orderBy('urn').execute()).map((s) => s.urn);
}

/**
 * A district's tutoring figures as anyone without pupil-level rights may see them: its row of its
 * Opportunity Area's protected table by district (a district in no area alone), so a delivery plan shows
 * nothing the area's tables hide (docs/methodology.md §17.4). Undefined when the district has no tutoring.
 */
export async function protectedDistrictTutoring(db: Kysely<Database>, districtCode: string, academicYear: number): Promise<PublishedTutoringRow | undefined> {
  const area = await db.selectFrom('opportunity_area_districts').select('opportunity_area_id').where('district_code', '=', districtCode).executeTakeFirst();
  const districts = area === undefined ? [districtCode] : await districtsOfArea(db, area.opportunity_area_id);
  const urns = (await db.selectFrom('schools').select('urn').where('district_code', 'in', districts).execute()).map((s) => s.urn);
  const { records } = await readTutoringRecords(db, { academicYear, urns });
  const { places } = await readSchoolPlaces(db, urns);
  return publishTutoring(records, { by: 'district', places }).rows.find((r) => r.key === districtCode);
}
