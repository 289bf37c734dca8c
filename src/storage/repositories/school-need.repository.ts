import type { Kysely } from 'kysely';
import type { NeedInput } from '../../domain/research-network/index.ts';
import type { Database } from '../schema.ts';

/** The district deprivation figure the need score uses: higher is more deprived (docs/methodology.md §14.1). */
export const AREA_DEPRIVATION_INDICATOR = 'imd2015_mean_lsoa_score';

/** A school as the research network sees it: need figures, place and how to get in touch. */
export interface NetworkSchool extends NeedInput {
  readonly name: string;
  readonly street: string | null;
  readonly town: string | null;
  readonly postcode: string | null;
  readonly laCode: string;
  readonly districtCode: string | null;
  readonly educationLaCode: string | null;
  /** The school's trust (GIAS group id and name), null when in none or trusts are not loaded. */
  readonly trustCode: string | null;
  readonly trustName: string | null;
  readonly opportunityAreaId: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

async function latestPeriod(db: Kysely<Database>, table: 'school_census' | 'ks2_results' | 'ks4_results'): Promise<string> {
  const row = await db.selectFrom(table).select((eb) => eb.fn.max('period').as('period')).executeTakeFirst();
  return row?.period ?? '';
}

/**
 * Every open school with its newest census, KS2 and KS4 figures and its district's deprivation, for need
 * scores. Percentiles must be taken over all of these, so area filters apply after scoring.
 */
export async function loadNetworkSchools(db: Kysely<Database>): Promise<NetworkSchool[]> {
  const [census, ks2, ks4] = await Promise.all([latestPeriod(db, 'school_census'), latestPeriod(db, 'ks2_results'), latestPeriod(db, 'ks4_results')]);
  const deprivationPeriod =
    (
      await db
        .selectFrom('area_indicators')
        .select((eb) => eb.fn.max('period').as('period'))
        .where('indicator_code', '=', AREA_DEPRIVATION_INDICATOR)
        .executeTakeFirst()
    )?.period ?? '';
  const rows = await db
    .selectFrom('schools as s')
    .leftJoin('school_census as c', (j) => j.onRef('c.urn', '=', 's.urn').on('c.period', '=', census))
    .leftJoin('ks2_results as k2', (j) => j.onRef('k2.urn', '=', 's.urn').on('k2.period', '=', ks2))
    .leftJoin('ks4_results as k4', (j) => j.onRef('k4.urn', '=', 's.urn').on('k4.period', '=', ks4))
    .leftJoin('area_indicators as d', (j) =>
      j.onRef('d.area_code', '=', 's.district_code').on('d.indicator_code', '=', AREA_DEPRIVATION_INDICATOR).on('d.period', '=', deprivationPeriod),
    )
    .leftJoin('opportunity_area_districts as oad', 'oad.district_code', 's.district_code')
    .select([
      's.urn', 's.name', 's.phase', 's.street', 's.town', 's.postcode', 's.la_code_old', 's.district_code', 's.education_la_code', 's.trust_code', 's.trust_name', 's.lat', 's.lon',
      'oad.opportunity_area_id', 'c.pupils', 'c.fsm', 'c.pct_fsm_ever6', 'k2.pct_rwm_expected', 'k4.attainment8', 'd.value as deprivation',
    ])
    .where('s.status', '=', 'open')
    .orderBy('s.urn')
    .execute();
  return rows.map((r) => ({
    urn: r.urn,
    name: r.name,
    phase: r.phase,
    street: r.street,
    town: r.town,
    postcode: r.postcode,
    laCode: r.la_code_old,
    districtCode: r.district_code,
    educationLaCode: r.education_la_code,
    trustCode: r.trust_code,
    trustName: r.trust_name,
    opportunityAreaId: r.opportunity_area_id,
    lat: r.lat,
    lon: r.lon,
    pctFsm: r.fsm !== null && r.pupils !== null && r.pupils > 0 ? (100 * r.fsm) / r.pupils : null,
    pctFsmEver6: r.pct_fsm_ever6,
    ks2Attainment: r.pct_rwm_expected,
    ks4Attainment: r.attainment8,
    areaDeprivation: r.deprivation,
  }));
}

/** Whether a school lies in an area named by district or education authority GSS code, or Opportunity Area id. */
export function schoolInArea(school: NetworkSchool, area: string): boolean {
  const code = area.toUpperCase();
  return school.districtCode === code || school.educationLaCode === code || school.opportunityAreaId === area || school.laCode === area;
}

export interface PlacedHub {
  readonly id: string;
  readonly name: string;
  readonly hostUrn: number | null;
  readonly hostName: string;
  readonly opportunityAreaId: string | null;
  readonly lat: number;
  readonly lon: number;
  /** Where the point came from: "at its host school" or, when the programme placed it, how it did. */
  readonly placedBy: string;
}

export interface UnplacedHub {
  readonly id: string;
  readonly name: string;
  readonly reason: string;
}

/**
 * Research schools placed where the programme said they work from (`oa hubs place`), or else at their
 * host school's register location; those with neither are listed apart with the reason.
 */
export async function loadHubs(db: Kysely<Database>): Promise<{ placed: PlacedHub[]; unplaced: UnplacedHub[] }> {
  const rows = await db
    .selectFrom('research_schools as r')
    .leftJoin('schools as s', 's.urn', 'r.host_urn')
    .leftJoin('hub_placements as h', 'h.hub_id', 'r.id')
    .select(['r.id', 'r.name', 'r.host_urn', 'r.host_name', 'r.opportunity_area_id', 's.lat', 's.lon', 's.urn', 'h.lat as placed_lat', 'h.lon as placed_lon', 'h.basis'])
    .orderBy('r.id')
    .execute();
  const placed: PlacedHub[] = [];
  const unplaced: UnplacedHub[] = [];
  for (const r of rows) {
    const hub = { id: r.id, name: r.name, hostUrn: r.host_urn, hostName: r.host_name, opportunityAreaId: r.opportunity_area_id };
    if (r.placed_lat !== null && r.placed_lon !== null && r.basis !== null) placed.push({ ...hub, lat: r.placed_lat, lon: r.placed_lon, placedBy: `placed by the programme ${r.basis}` });
    else if (r.host_urn === null) unplaced.push({ id: r.id, name: r.name, reason: `hosted by ${r.host_name}, which has no single URN` });
    else if (r.urn === null) unplaced.push({ id: r.id, name: r.name, reason: `host URN ${String(r.host_urn)} is not in the school register` });
    else if (r.lat === null || r.lon === null) unplaced.push({ id: r.id, name: r.name, reason: `host URN ${String(r.host_urn)} has no location` });
    else placed.push({ ...hub, lat: r.lat, lon: r.lon, placedBy: 'at its host school' });
  }
  return { placed, unplaced };
}
