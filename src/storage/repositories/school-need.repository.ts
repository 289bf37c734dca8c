import type { Kysely } from 'kysely';
import { postcodeSectorOf } from '../../domain/places/index.ts';
import { approximateHubLocation, type NeedInput } from '../../domain/research-network/index.ts';
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

export interface PlacedHub {
  readonly id: string;
  readonly name: string;
  readonly hostUrn: number | null;
  readonly hostName: string;
  readonly opportunityAreaId: string | null;
  readonly lat: number;
  readonly lon: number;
  /** Where the point came from: "at its host school", how the programme placed it, or how it was approximated. */
  readonly placedBy: string;
  /** True when the point is approximate (the host's postcode sector or its area), not a known place. */
  readonly approximate: boolean;
  /** The hub's own reach beyond its area and capacity, where the programme set them (`oa hubs reach`). */
  readonly radiusMetres?: number | undefined;
  readonly capacity?: number | undefined;
}

export interface UnplacedHub {
  readonly id: string;
  readonly name: string;
  readonly reason: string;
}

type Db = Kysely<Database>;

async function locatedSchoolsInSector(db: Db, postcode: string | null): Promise<{ lat: number; lon: number }[]> {
  const sector = postcode === null ? null : postcodeSectorOf(postcode);
  if (sector === null) return [];
  const rows = await db.selectFrom('schools').select(['lat', 'lon']).where('postcode', 'like', `${sector}%`).where('lat', 'is not', null).where('lon', 'is not', null).execute();
  return rows.flatMap((r) => (r.lat === null || r.lon === null ? [] : [{ lat: r.lat, lon: r.lon }]));
}

async function locatedSchoolsInArea(db: Db, opportunityAreaId: string | null): Promise<{ name: string | null; points: { lat: number; lon: number }[] }> {
  if (opportunityAreaId === null) return { name: null, points: [] };
  const area = await db.selectFrom('opportunity_areas').select('name').where('id', '=', opportunityAreaId).executeTakeFirst();
  const rows = await db
    .selectFrom('schools as s')
    .innerJoin('opportunity_area_districts as d', 'd.district_code', 's.district_code')
    .select(['s.lat', 's.lon'])
    .where('d.opportunity_area_id', '=', opportunityAreaId)
    .where('s.status', '=', 'open')
    .where('s.lat', 'is not', null)
    .where('s.lon', 'is not', null)
    .execute();
  return { name: area?.name ?? null, points: rows.flatMap((r) => (r.lat === null || r.lon === null ? [] : [{ lat: r.lat, lon: r.lon }])) };
}

/**
 * Research schools (every one, or `only` those ids) placed where the programme said they work from (`oa hubs place`), else at their host
 * school's register location, else approximately (the host's postcode sector, or the middle of the area it
 * serves: `approximateHubLocation`, docs/methodology.md §14.7); those with none of these are listed apart
 * with the reason.
 */
export async function loadHubs(db: Db, only?: { ids: readonly string[] }): Promise<{ placed: PlacedHub[]; unplaced: UnplacedHub[] }> {
  if (only?.ids.length === 0) return { placed: [], unplaced: [] };
  let query = db.selectFrom('research_schools as r');
  // Only the hubs asked for (a page of the hubs list): placing a hub approximately costs queries of its own.
  if (only !== undefined) query = query.where('r.id', 'in', only.ids);
  const rows = await query
    .leftJoin('schools as s', 's.urn', 'r.host_urn')
    .leftJoin('hub_placements as h', 'h.hub_id', 'r.id')
    .leftJoin('hub_reach as k', 'k.hub_id', 'r.id')
    .select(['r.id', 'r.name', 'r.host_urn', 'r.host_name', 'r.opportunity_area_id', 's.lat', 's.lon', 's.urn', 's.postcode', 'h.lat as placed_lat', 'h.lon as placed_lon', 'h.basis'])
    .select(['k.radius_metres', 'k.capacity'])
    .orderBy('r.id')
    .execute();
  const placed: PlacedHub[] = [];
  const unplaced: UnplacedHub[] = [];
  for (const r of rows) {
    const hub = {
      id: r.id, name: r.name, hostUrn: r.host_urn, hostName: r.host_name, opportunityAreaId: r.opportunity_area_id,
      ...(r.radius_metres === null ? {} : { radiusMetres: r.radius_metres }),
      ...(r.capacity === null ? {} : { capacity: r.capacity }),
    };
    if (r.placed_lat !== null && r.placed_lon !== null && r.basis !== null) {
      placed.push({ ...hub, lat: r.placed_lat, lon: r.placed_lon, placedBy: `placed by the programme ${r.basis}`, approximate: false });
      continue;
    }
    if (r.urn !== null && r.lat !== null && r.lon !== null) {
      placed.push({ ...hub, lat: r.lat, lon: r.lon, placedBy: 'at its host school', approximate: false });
      continue;
    }
    const hostPostcode = r.urn === null ? null : r.postcode;
    const area = await locatedSchoolsInArea(db, r.opportunity_area_id);
    const approximate = approximateHubLocation({ hostName: r.host_name, hostPostcode, sectorSchools: await locatedSchoolsInSector(db, hostPostcode), areaName: area.name, areaSchools: area.points });
    if (approximate !== null) placed.push({ ...hub, lat: approximate.lat, lon: approximate.lon, placedBy: approximate.basis, approximate: true });
    else if (r.host_urn === null) unplaced.push({ id: r.id, name: r.name, reason: `hosted by ${r.host_name}, which has no single URN` });
    else if (r.urn === null) unplaced.push({ id: r.id, name: r.name, reason: `host URN ${String(r.host_urn)} is not in the school register` });
    else unplaced.push({ id: r.id, name: r.name, reason: `host URN ${String(r.host_urn)} has no location` });
  }
  return { placed, unplaced };
}
