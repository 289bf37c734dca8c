import type { Kysely } from 'kysely';
import { isSingleTierAuthority, type GssCode } from '../../domain/shared/gss-code.ts';
import type { OpportunityAreaGroup, TwinArea, TwinTier } from '../../domain/twinning/index.ts';
import type { Database } from '../schema.ts';

/** Districts (lower tier, 2013–18) or upper-tier authorities: counties plus single-tier districts. */

export interface TwinGeography {
  readonly areas: readonly TwinArea[];
  readonly opportunityAreas: readonly OpportunityAreaGroup[];
  /** Each district's upper-tier authority: itself when single-tier, else its county. */
  readonly upperTierOf: ReadonlyMap<string, string>;
  readonly names: ReadonlyMap<string, string>;
}

/**
 * The areas of a tier with their region and Opportunity Area, and each Opportunity Area's areas at that
 * tier (at the upper tier Fenland and East Cambridgeshire both give Cambridgeshire).
 */
export async function twinGeography(db: Kysely<Database>, tier: TwinTier): Promise<TwinGeography> {
  const [rows, members, programmes] = await Promise.all([
    db.selectFrom('areas').select(['code', 'name', 'kind', 'parent_code']).execute(),
    db.selectFrom('opportunity_area_districts').select(['opportunity_area_id', 'district_code']).execute(),
    db.selectFrom('opportunity_areas').select(['id', 'name']).orderBy('id').execute(),
  ]);
  const byCode = new Map(rows.map((r) => [r.code, r]));
  const regionOf = (code: string): string | null => {
    let at = byCode.get(code);
    for (let depth = 0; at !== undefined && depth < 5; depth += 1) {
      if (at.kind === 'region') return at.code;
      at = at.parent_code === null ? undefined : byCode.get(at.parent_code);
    }
    return null;
  };
  const upperTierOf = new Map<string, string>();
  for (const r of rows) {
    if (r.kind !== 'district') continue;
    const upper = isSingleTierAuthority(r.code as GssCode) ? r.code : r.parent_code !== null && byCode.get(r.parent_code)?.kind === 'education_la' ? r.parent_code : null;
    if (upper !== null) upperTierOf.set(r.code, upper);
  }
  const inTier = (r: { code: string; kind: string }) => (tier === 'district' ? r.kind === 'district' : r.kind === 'education_la' || (r.kind === 'district' && isSingleTierAuthority(r.code as GssCode)));
  const atTier = (district: string): string | null => (tier === 'district' ? district : (upperTierOf.get(district) ?? null));
  const opportunityAreas = programmes.map((p) => ({
    id: p.id,
    name: p.name,
    areaCodes: [...new Set(members.filter((m) => m.opportunity_area_id === p.id).map((m) => atTier(m.district_code)).filter((c): c is string => c !== null))].sort(),
  }));
  const programmeOf = new Map(opportunityAreas.flatMap((oa) => oa.areaCodes.map((code) => [code, oa.id] as const)));
  const areas = rows
    .filter(inTier)
    .map((r) => ({ code: r.code, name: r.name, regionCode: regionOf(r.code), opportunityArea: programmeOf.get(r.code) ?? null }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { areas, opportunityAreas, upperTierOf, names: new Map(rows.map((r) => [r.code, r.name])) };
}

/** One open school as similar-schools needs it: its newest census, where it is, and its newest results. */
export interface ComparableSchool {
  readonly urn: number;
  readonly name: string;
  readonly phase: string;
  readonly laCode: string | null;
  readonly regionCode: string | null;
  readonly censusPeriod: string;
  readonly pupils: number | null;
  /** Σ FSM ÷ pupils × 100. */
  readonly pctFsm: number | null;
  /** (SEN support + EHC plans) ÷ pupils × 100. */
  readonly pctSen: number | null;
  readonly ks2: { readonly period: string; readonly pctRwmExpected: number | null } | null;
  readonly ks4: { readonly period: string; readonly attainment8: number | null; readonly progress8: number | null } | null;
}

/**
 * Every open school with a row in the newest census period loaded, with its region (through its education
 * authority) and its newest KS2 and KS4 results. URN order.
 */
export async function comparableSchools(db: Kysely<Database>): Promise<ComparableSchool[]> {
  const latest = await db.selectFrom('school_census').select((eb) => eb.fn.max('period').as('period')).executeTakeFirst();
  const period = latest?.period ?? null;
  if (period === null) return [];
  const [schools, areas, ks2, ks4] = await Promise.all([
    db
      .selectFrom('schools as s')
      .innerJoin('school_census as c', 'c.urn', 's.urn')
      .select(['s.urn', 's.name', 's.phase', 's.education_la_code', 'c.pupils', 'c.fsm', 'c.sen_support', 'c.ehcp'])
      .where('c.period', '=', period)
      .where('s.status', '=', 'open')
      .orderBy('s.urn')
      .execute(),
    db.selectFrom('areas').select(['code', 'kind', 'parent_code']).execute(),
    db.selectFrom('ks2_results').select(['urn', 'period', 'pct_rwm_expected']).orderBy('period').execute(),
    db.selectFrom('ks4_results').select(['urn', 'period', 'attainment8', 'progress8']).orderBy('period').execute(),
  ]);
  const parentOf = new Map(areas.map((a) => [a.code, a]));
  const regionOf = (code: string | null): string | null => {
    let at = code === null ? undefined : parentOf.get(code);
    for (let depth = 0; at !== undefined && depth < 5; depth += 1) {
      if (at.kind === 'region') return at.code;
      at = at.parent_code === null ? undefined : parentOf.get(at.parent_code);
    }
    return null;
  };
  // Ordered by period, so the newest row of each school wins.
  const ks2Of = new Map(ks2.map((r) => [r.urn, { period: r.period, pctRwmExpected: r.pct_rwm_expected }]));
  const ks4Of = new Map(ks4.map((r) => [r.urn, { period: r.period, attainment8: r.attainment8, progress8: r.progress8 }]));
  const share = (count: number | null, pupils: number | null) => (count === null || pupils === null || pupils <= 0 ? null : (count / pupils) * 100);
  return schools.map((s) => ({
    urn: s.urn,
    name: s.name,
    phase: s.phase,
    laCode: s.education_la_code,
    regionCode: regionOf(s.education_la_code),
    censusPeriod: period,
    pupils: s.pupils,
    pctFsm: share(s.fsm, s.pupils),
    pctSen: s.sen_support === null || s.ehcp === null ? null : share(s.sen_support + s.ehcp, s.pupils),
    ks2: ks2Of.get(s.urn) ?? null,
    ks4: ks4Of.get(s.urn) ?? null,
  }));
}
