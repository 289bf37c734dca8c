import type { Kysely } from 'kysely';
import type { Database } from '../../schema.ts';

/** Whether the register holds a school with this URN, open or closed. */
export async function schoolExists(db: Kysely<Database>, urn: number): Promise<boolean> {
  return (await db.selectFrom('schools').select('urn').where('urn', '=', urn).executeTakeFirst()) !== undefined;
}

/** Whether an Opportunity Area with this id is held. */
export async function opportunityAreaExists(db: Kysely<Database>, id: string): Promise<boolean> {
  return (await db.selectFrom('opportunity_areas').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Whether a Guidance Report with this id is held. */
export async function guidanceReportExists(db: Kysely<Database>, id: string): Promise<boolean> {
  return (await db.selectFrom('guidance_reports').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** Every Opportunity Area's id and every Research School hub's id: the scopes the programme has. */
export async function programmeIds(db: Kysely<Database>): Promise<{ areas: string[]; hubs: string[] }> {
  const [areas, hubs] = await Promise.all([db.selectFrom('opportunity_areas').select('id').execute(), db.selectFrom('research_schools').select('id').execute()]);
  return { areas: areas.map((a) => a.id), hubs: hubs.map((h) => h.id) };
}

/** An Opportunity Area's name and board chair, or undefined when it is not held. */
export async function opportunityAreaWithChair(db: Kysely<Database>, id: string): Promise<{ id: string; name: string; chair: string | null } | undefined> {
  return db
    .selectFrom('opportunity_areas as a')
    .leftJoin('partnership_boards as b', 'b.opportunity_area_id', 'a.id')
    .select(['a.id', 'a.name', 'b.chair'])
    .where('a.id', '=', id)
    .executeTakeFirst();
}

/** Which of these URNs the register holds. */
export async function schoolsHeld(db: Kysely<Database>, urns: readonly number[]): Promise<Set<number>> {
  if (urns.length === 0) return new Set();
  return new Set((await db.selectFrom('schools').select('urn').where('urn', 'in', [...urns]).execute()).map((s) => s.urn));
}

/** A school's name and status, or undefined when the register does not hold it. */
export async function schoolNameAndStatus(db: Kysely<Database>, urn: number): Promise<{ name: string; status: string } | undefined> {
  return db.selectFrom('schools').select(['name', 'status']).where('urn', '=', urn).executeTakeFirst();
}

/** How many Opportunity Areas are held (none before the programme's facts are loaded). */
export async function countOpportunityAreas(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('opportunity_areas').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Every Opportunity Area's districts, with the area's id and name. */
export async function opportunityAreaDistricts(db: Kysely<Database>): Promise<{ id: string; name: string; district_code: string }[]> {
  return db.selectFrom('opportunity_area_districts as d').innerJoin('opportunity_areas as o', 'o.id', 'd.opportunity_area_id').select(['o.id', 'o.name', 'd.district_code']).execute();
}

/** The first `limit` Research School hubs' ids in id order, and how many there are. */
export async function hubIdsFirst(db: Kysely<Database>, limit: number): Promise<{ ids: string[]; total: number }> {
  const [ids, counted] = await Promise.all([
    db.selectFrom('research_schools').select('id').orderBy('id').limit(limit).execute(),
    db.selectFrom('research_schools').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return { ids: ids.map((r) => r.id), total: Number(counted.n) };
}
