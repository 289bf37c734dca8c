import type { Kysely } from 'kysely';
import { isStateFundedSchool } from '../../domain/places/index.ts';
import type { Database } from '../schema.ts';
import { readPlacementGeography } from './school-placement.repository.ts';

/** An education authority by GSS code and name. */
export interface AuthorityRef {
  readonly code: string;
  readonly name: string;
}

/**
 * The education authorities the districts are in, as placement reads them (a county for its districts, a
 * single-tier district itself, or what `district_authorities` names), each once, in the order first met.
 * A school of one of these authorities with no district may belong to one of the districts: views of the
 * districts say how many there are (docs/methodology.md §6.9).
 */
export async function authoritiesOfDistricts(db: Kysely<Database>, districtCodes: readonly string[]): Promise<AuthorityRef[]> {
  if (districtCodes.length === 0) return [];
  const geography = await readPlacementGeography(db);
  const codes = [...new Set(districtCodes.map((d) => geography.authorityOf.get(d) ?? d))];
  return codes.map((code) => ({ code, name: geography.names.get(code) ?? code }));
}

/** The education authorities an Opportunity Area's districts are in; empty for no such area. */
export async function authoritiesOfOpportunityArea(db: Kysely<Database>, opportunityAreaId: string): Promise<AuthorityRef[]> {
  const rows = await db.selectFrom('opportunity_area_districts').select('district_code').where('opportunity_area_id', '=', opportunityAreaId).execute();
  return authoritiesOfDistricts(db, rows.map((r) => r.district_code));
}

/** A school no rule placed in a district. */
export interface UnplacedSchool {
  readonly urn: number;
  readonly name: string;
  readonly phase: string;
  readonly status: string;
  readonly minorGroup: string | null;
  readonly schoolType: string | null;
  readonly educationLaCode: string | null;
  /** Why no rule placed it, as placement recorded it. */
  readonly reason: string | null;
}

/** Schools of these education authorities that have no district, in URN order; only open ones unless `status` says otherwise. */
export async function listUnplacedSchools(
  db: Kysely<Database>,
  filter: { readonly authorityCodes: readonly string[]; readonly status?: string | null; readonly phases?: readonly string[] },
): Promise<UnplacedSchool[]> {
  if (filter.authorityCodes.length === 0 || filter.phases?.length === 0) return [];
  let query = db
    .selectFrom('schools')
    .select(['urn', 'name', 'phase', 'status', 'minor_group', 'school_type', 'education_la_code', 'district_note'])
    .where('district_code', 'is', null)
    .where('education_la_code', 'in', [...filter.authorityCodes]);
  const status = filter.status === undefined ? 'open' : filter.status;
  if (status !== null) query = query.where('status', '=', status);
  if (filter.phases !== undefined) query = query.where('phase', 'in', [...filter.phases]);
  const rows = await query.orderBy('urn').execute();
  return rows.map((r) => ({
    urn: r.urn,
    name: r.name,
    phase: r.phase,
    status: r.status,
    minorGroup: r.minor_group,
    schoolType: r.school_type,
    educationLaCode: r.education_la_code,
    reason: r.district_note,
  }));
}

/**
 * Open state-funded schools in all and those with no district, across England: what district figures (the
 * index, maps, twins) are built from and what they leave out. Counted by register type, so a national
 * register is a few hundred groups, not every school.
 */
export async function countUnplacedNationally(db: Kysely<Database>): Promise<{ unplaced: number; total: number }> {
  const rows = await db
    .selectFrom('schools')
    .select((eb) => [
      'minor_group',
      'school_type',
      eb.fn.countAll<number | string>().as('schools'),
      eb.fn.sum<number | string | null>(eb.case().when('district_code', 'is', null).then(1).else(0).end()).as('unplaced'),
    ])
    .where('status', '=', 'open')
    .groupBy(['minor_group', 'school_type'])
    .execute();
  let total = 0;
  let unplaced = 0;
  for (const r of rows) {
    if (!isStateFundedSchool({ minorGroup: r.minor_group, schoolType: r.school_type })) continue;
    total += Number(r.schools);
    unplaced += Number(r.unplaced ?? 0);
  }
  return { unplaced, total };
}
