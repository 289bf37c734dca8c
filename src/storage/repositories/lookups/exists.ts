import type { Kysely, Transaction } from 'kysely';
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

/** URNs asked about in one statement at most: a statement may bind only so many values. */
const URNS_PER_STATEMENT = 5000;

/** Which of these URNs the register holds. */
export async function schoolsHeld(db: Kysely<Database>, urns: readonly number[]): Promise<Set<number>> {
  const held = new Set<number>();
  for (let i = 0; i < urns.length; i += URNS_PER_STATEMENT) {
    const slice = urns.slice(i, i + URNS_PER_STATEMENT);
    for (const s of await db.selectFrom('schools').select('urn').where('urn', 'in', slice).execute()) held.add(s.urn);
  }
  return held;
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

type Db = Kysely<Database> | Transaction<Database>;

/** Every area held (a few hundred rows), with its name, kind and parent, for checking the codes a file refers to. */
export async function areasHeld(db: Db): Promise<{ code: string; name: string; kind: string; parent_code: string | null }[]> {
  return db.selectFrom('areas').select(['code', 'name', 'kind', 'parent_code']).execute();
}

/** Every area code held. */
export async function areaCodesHeld(db: Db): Promise<Set<string>> {
  return new Set((await db.selectFrom('areas').select('code').execute()).map((r) => r.code));
}

/** The DfE's LA numbers of the education authorities held, with each one's GSS code. */
export async function educationLaNumbers(db: Db): Promise<{ la_number: string; area_code: string }[]> {
  return db.selectFrom('education_la_numbers').select(['la_number', 'area_code']).execute();
}

/** The Research School hubs' ids, their training programmes (by id, with their hub) and the events' ids held. */
export async function researchNetworkIds(db: Db): Promise<{ hubs: Set<string>; programmeHubs: Map<string, string>; events: Set<string> }> {
  const [hubs, programmes, events] = await Promise.all([
    db.selectFrom('research_schools').select('id').execute(),
    db.selectFrom('research_programmes').select(['id', 'hub_id']).execute(),
    db.selectFrom('research_events').select('id').execute(),
  ]);
  return { hubs: new Set(hubs.map((h) => h.id)), programmeHubs: new Map(programmes.map((p) => [p.id, p.hub_id])), events: new Set(events.map((e) => e.id)) };
}

/** An Opportunity Area's id and name, or undefined when it is not held. */
export async function opportunityAreaName(db: Kysely<Database>, id: string): Promise<{ id: string; name: string } | undefined> {
  return db.selectFrom('opportunity_areas').select(['id', 'name']).where('id', '=', id).executeTakeFirst();
}

/** Every Opportunity Area's id and name, by name. */
export async function opportunityAreasByName(db: Kysely<Database>): Promise<{ id: string; name: string }[]> {
  return db.selectFrom('opportunity_areas').select(['id', 'name']).orderBy('name').execute();
}

/** A school's URN and name, or undefined when the register does not hold it. */
export async function schoolName(db: Kysely<Database>, urn: number): Promise<{ urn: number; name: string } | undefined> {
  return db.selectFrom('schools').select(['urn', 'name']).where('urn', '=', urn).executeTakeFirst();
}

/** The district each of these schools is placed in (null where it has none), for those the register holds. */
export async function districtsOfSchools(db: Db, urns: readonly number[]): Promise<Map<number, string | null>> {
  const found = new Map<number, string | null>();
  for (let i = 0; i < urns.length; i += URNS_PER_STATEMENT) {
    for (const s of await db.selectFrom('schools').select(['urn', 'district_code']).where('urn', 'in', urns.slice(i, i + URNS_PER_STATEMENT)).execute()) found.set(s.urn, s.district_code);
  }
  return found;
}

/** The parent (county or the district itself's authority) of each of these districts that is held. */
export async function parentsOfDistricts(db: Db, codes: readonly string[]): Promise<Map<string, string | null>> {
  const found = new Map<string, string | null>();
  for (let i = 0; i < codes.length; i += URNS_PER_STATEMENT) {
    for (const a of await db.selectFrom('areas').select(['code', 'parent_code']).where('kind', '=', 'district').where('code', 'in', codes.slice(i, i + URNS_PER_STATEMENT)).execute()) found.set(a.code, a.parent_code);
  }
  return found;
}
