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
