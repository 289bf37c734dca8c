import type { Kysely } from 'kysely';
import type { ScopeRef } from '../../domain/access/index.ts';
import type { IntermediaryKind } from '../../domain/research-network/index.ts';
import type { Database } from '../schema.ts';

/** Each local authority's name from `areas`, or each trust's from the register (the newest name a school gives it). */
export async function intermediaryNames(db: Kysely<Database>, kind: IntermediaryKind): Promise<Map<string, string>> {
  if (kind === 'local-authority') {
    const rows = await db.selectFrom('areas').select(['code', 'name']).execute();
    return new Map(rows.map((r) => [r.code, r.name]));
  }
  const rows = await db
    .selectFrom('schools')
    .select(['trust_code', (eb) => eb.fn.max('trust_name').as('name')])
    .where('trust_code', 'is not', null)
    .groupBy('trust_code')
    .execute();
  return new Map(rows.flatMap((r) => (r.trust_code === null || r.name === null ? [] : [[r.trust_code, r.name] as const])));
}

/**
 * The Opportunity Areas each local authority or trust works in: those holding one of its open schools, and
 * for a local authority also those whose districts it is the education authority for (the district itself
 * when single-tier, its county otherwise), so an area's own authority belongs to it before any school is
 * loaded. Only `code` when given.
 */
export async function intermediaryAreas(db: Kysely<Database>, kind: IntermediaryKind, code?: string): Promise<Map<string, Set<string>>> {
  const column = kind === 'trust' ? 's.trust_code' : 's.education_la_code';
  let bySchool = db
    .selectFrom('schools as s')
    .innerJoin('opportunity_area_districts as oad', 'oad.district_code', 's.district_code')
    .select([`${column} as code`, 'oad.opportunity_area_id'])
    .distinct()
    .where('s.status', '=', 'open')
    .where(column, 'is not', null);
  if (code !== undefined) bySchool = bySchool.where(column, '=', code);
  const pairs: { code: string | null; opportunity_area_id: string }[] = await bySchool.execute();
  if (kind === 'local-authority') {
    const districts = await db
      .selectFrom('opportunity_area_districts as oad')
      .leftJoin('areas as a', 'a.code', 'oad.district_code')
      .select(['oad.district_code', 'a.parent_code', 'oad.opportunity_area_id'])
      .execute();
    for (const d of districts) {
      for (const authority of [d.district_code, d.parent_code]) {
        if (authority !== null && (code === undefined || authority === code)) pairs.push({ code: authority, opportunity_area_id: d.opportunity_area_id });
      }
    }
  }
  const areas = new Map<string, Set<string>>();
  for (const p of pairs) {
    if (p.code === null) continue;
    const set = areas.get(p.code) ?? new Set<string>();
    set.add(p.opportunity_area_id);
    areas.set(p.code, set);
  }
  return areas;
}

/** The Research School hubs of each Opportunity Area. */
export async function hubsByArea(db: Kysely<Database>): Promise<Map<string, string[]>> {
  const rows = await db.selectFrom('research_schools').select(['id', 'opportunity_area_id']).where('opportunity_area_id', 'is not', null).orderBy('id').execute();
  const hubs = new Map<string, string[]>();
  for (const r of rows) if (r.opportunity_area_id !== null) hubs.set(r.opportunity_area_id, [...(hubs.get(r.opportunity_area_id) ?? []), r.id]);
  return hubs;
}

/**
 * Who may read an intermediary's statistics, as for an area's: the areas it works in and those areas'
 * hubs, by intermediary code (only `code`'s when given).
 */
export async function intermediaryScopes(db: Kysely<Database>, kind: IntermediaryKind, code?: string): Promise<Map<string, ScopeRef[]>> {
  const [areas, hubs] = await Promise.all([intermediaryAreas(db, kind, code), hubsByArea(db)]);
  return new Map([...areas].map(([c, ids]) => [c, [...ids].flatMap((id): ScopeRef[] => [`area:${id}`, ...(hubs.get(id) ?? []).map((h): ScopeRef => `hub:${h}`)])]));
}
