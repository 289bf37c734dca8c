import { sql, type Kysely } from 'kysely';
import type { ScopeRef } from '../../domain/access/index.ts';
import { ADVISER_PHASES, needsEnterpriseAdviser } from '../../domain/careers/index.ts';
import type { Database } from '../schema.ts';
import { authoritiesOfDistricts, listUnplacedSchools, type AuthorityRef, type UnplacedSchool } from './unplaced-schools.repository.ts';

export interface CareersSchoolPlace {
  readonly urn: number;
  readonly name: string;
  readonly phase: string;
  readonly districtCode: string | null;
  readonly opportunityAreaId: string | null;
}

/** A school by URN with its Opportunity Area, for scoping and headings; null when not in the register. */
export async function findCareersSchool(db: Kysely<Database>, urn: number): Promise<CareersSchoolPlace | null> {
  const row = await db
    .selectFrom('schools as s')
    .leftJoin('opportunity_area_districts as d', 'd.district_code', 's.district_code')
    .select(['s.urn', 's.name', 's.phase', 's.district_code', 'd.opportunity_area_id'])
    .where('s.urn', '=', urn)
    .executeTakeFirst();
  return row === undefined ? null : { urn: row.urn, name: row.name, phase: row.phase, districtCode: row.district_code, opportunityAreaId: row.opportunity_area_id ?? null };
}

/** What a school's careers records belong to for access: the school, and its Opportunity Area when it is in one. */
export async function careersSchoolScopes(db: Kysely<Database>, urn: number): Promise<ScopeRef[]> {
  const school = await findCareersSchool(db, urn);
  return [`school:${urn}`, ...(school?.opportunityAreaId == null ? [] : [`area:${school.opportunityAreaId}` as const])];
}

/** The districts making up an Opportunity Area; empty when there is no such area. */
export async function districtsOfArea(db: Kysely<Database>, areaId: string): Promise<string[]> {
  const rows = await db.selectFrom('opportunity_area_districts').select('district_code').where('opportunity_area_id', '=', areaId).execute();
  return rows.map((r) => r.district_code);
}

export interface AdviserCoverageRow {
  readonly urn: number;
  readonly name: string;
  readonly phase: string;
  readonly districtCode: string | null;
  /** Enterprise Advisers matched to the school; empty is a gap. */
  readonly advisers: readonly string[];
}

/**
 * Every open school in the districts that should have an Enterprise Adviser (state-funded secondary and
 * all-through schools and colleges, `needsEnterpriseAdviser`), with its advisers (none: a gap), by name.
 */
export async function adviserCoverage(db: Kysely<Database>, districtCodes: readonly string[]): Promise<AdviserCoverageRow[]> {
  if (districtCodes.length === 0) return [];
  const rows = await db
    .selectFrom('schools as s')
    .leftJoin('careers_adviser_schools as cas', 'cas.urn', 's.urn')
    .leftJoin('careers_advisers as a', 'a.id', 'cas.adviser_id')
    .select(['s.urn', 's.name', 's.phase', 's.minor_group', 's.school_type', 's.district_code', 'a.name as adviser'])
    .where('s.district_code', 'in', [...districtCodes])
    .where('s.phase', 'in', [...ADVISER_PHASES])
    .where((eb) => eb(eb.fn('lower', ['s.status']), 'like', 'open%'))
    .orderBy('s.name')
    .orderBy('s.urn')
    .execute();
  const bySchool = new Map<number, { urn: number; name: string; phase: string; districtCode: string | null; advisers: string[] }>();
  for (const r of rows) {
    if (!needsEnterpriseAdviser({ phase: r.phase, minorGroup: r.minor_group, schoolType: r.school_type })) continue;
    const school = bySchool.get(r.urn) ?? { urn: r.urn, name: r.name, phase: r.phase, districtCode: r.district_code, advisers: [] };
    if (r.adviser !== null) school.advisers.push(r.adviser);
    bySchool.set(r.urn, school);
  }
  return [...bySchool.values()];
}

/**
 * The open schools that should have an Enterprise Adviser but have no district, in the education authorities
 * the districts are in: they may be the area's, and coverage cannot count them (docs/methodology.md §6.9).
 */
export async function unplacedAdviserSchools(db: Kysely<Database>, districtCodes: readonly string[]): Promise<{ authorities: AuthorityRef[]; schools: UnplacedSchool[] }> {
  const authorities = await authoritiesOfDistricts(db, districtCodes);
  const unplaced = await listUnplacedSchools(db, { authorityCodes: authorities.map((a) => a.code), phases: ADVISER_PHASES });
  return { authorities, schools: unplaced.filter((s) => needsEnterpriseAdviser(s)) };
}

export interface EmployerLoad {
  readonly employerId: number;
  readonly name: string;
  readonly cornerstone: boolean;
  readonly sector: string | null;
  /** Schools in the districts where the employer gave at least one encounter. */
  readonly schools: number;
  readonly encounters: number;
}

/** How many of the districts' schools each employer works with, busiest first: to avoid over-asking the same firms. */
export async function employerLoad(db: Kysely<Database>, districtCodes: readonly string[]): Promise<EmployerLoad[]> {
  if (districtCodes.length === 0) return [];
  const { rows } = await sql<{ id: number; name: string; cornerstone: number | string; sector: string | null; schools: number | string; encounters: number | string }>`
    select e.id, e.name, e.cornerstone, e.sector, count(*) as schools, sum(l.encounters) as encounters
    from careers_employer_schools l
    join careers_employers e on e.id = l.employer_id
    join schools s on s.urn = l.urn
    where s.district_code in (${sql.join(districtCodes.map((d) => sql`${d}`))})
    group by e.id, e.name, e.cornerstone, e.sector
    order by count(*) desc, e.name`.execute(db);
  return rows.map((r) => ({ employerId: r.id, name: r.name, cornerstone: Number(r.cornerstone) === 1, sector: r.sector, schools: Number(r.schools), encounters: Number(r.encounters) }));
}
