import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../schema.ts';
import type { SourceRef } from './school-profile.repository.ts';
import { authoritiesOfDistricts, authoritiesOfOpportunityArea, type AuthorityRef } from './unplaced-schools.repository.ts';

export interface SchoolFilter {
  readonly q?: string;
  readonly urn?: number;
  readonly postcode?: string;
  readonly districtCode?: string;
  /** The local authority's 3-digit DfE number or its GSS code. */
  readonly la?: string;
  readonly phase?: string;
  readonly opportunityAreaId?: string;
  readonly status?: string;
  readonly page: number;
  readonly pageSize: number;
}

export interface SchoolSummary {
  readonly urn: number;
  readonly name: string;
  readonly town: string | null;
  readonly postcode: string | null;
  readonly phase: string;
  readonly status: string;
  readonly laCode: string;
  readonly districtCode: string | null;
  readonly districtName: string | null;
  readonly opportunityArea: { readonly id: string; readonly name: string } | null;
  readonly censusPeriod: string | null;
  readonly pupils: number | null;
  readonly fsm: number | null;
  readonly pctFsmEver6: number | null;
  /** Census fields the publisher gave as a code instead of a figure (SUPP, NE, …): { field: code }. */
  readonly censusMarkers: Readonly<Record<string, string>>;
  /** The file and load the school's register row came from. */
  readonly source: SourceRef;
  /** The file and load the census figures came from; null when there are none. */
  readonly censusSource: SourceRef | null;
}

/** The newest census period loaded, so lists show one consistent year. */
async function latestCensusPeriod(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('school_census').select((eb) => eb.fn.max('period').as('period')).executeTakeFirst();
  return row?.period ?? null;
}

function schoolsQuery(db: Kysely<Database>, period: string | null) {
  return db
    .selectFrom('schools as s')
    .leftJoin('areas as d', 'd.code', 's.district_code')
    .leftJoin('opportunity_area_districts as oad', 'oad.district_code', 's.district_code')
    .leftJoin('opportunity_areas as oa', 'oa.id', 'oad.opportunity_area_id')
    .leftJoin('school_census as c', (join) => join.onRef('c.urn', '=', 's.urn').on('c.period', '=', period ?? ''))
    .innerJoin('data_sources as rs', 'rs.id', 's.data_source_id')
    .leftJoin('data_sources as cs', 'cs.id', 'c.data_source_id');
}

/** The filters that are not about the school's district or Opportunity Area. */
function whereMatches(query: ReturnType<typeof schoolsQuery>, filter: Omit<SchoolFilter, 'districtCode' | 'opportunityAreaId' | 'page' | 'pageSize'>): ReturnType<typeof schoolsQuery> {
  if (filter.q !== undefined && filter.q.trim() !== '') {
    const words = filter.q.trim().toLowerCase().split(/\s+/).slice(0, 8);
    for (const word of words) query = query.where(sql<boolean>`lower(s.name) like ${`%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`);
  }
  if (filter.urn !== undefined) query = query.where('s.urn', '=', filter.urn);
  if (filter.postcode !== undefined) query = query.where('s.postcode', 'like', `${filter.postcode.toUpperCase().replace(/\s+/g, ' ').trim()}%`);
  if (filter.la !== undefined) {
    const la = filter.la;
    query = /^\d{3}$/.test(la) ? query.where('s.la_code_old', '=', la) : query.where('s.education_la_code', '=', la.toUpperCase());
  }
  if (filter.phase !== undefined) query = query.where('s.phase', '=', filter.phase);
  if (filter.status !== undefined) query = query.where('s.status', '=', filter.status);
  return query;
}

/** Schools matching `filter`, by name, one page at a time, with the total for paging. */
export async function findSchools(db: Kysely<Database>, filter: SchoolFilter): Promise<{ items: SchoolSummary[]; total: number }> {
  const period = await latestCensusPeriod(db);
  const query = matchingSchools(db, period, filter);
  const totalRow = await query.select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst();
  const rows = await withSummaryColumns(query)
    .orderBy('s.name')
    .orderBy('s.urn')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return { total: Number(totalRow?.n ?? 0), items: rows.map((r) => summaryOf(r, period)) };
}

/**
 * Every school matching `filter`, by name, as pages of `pageSize`, each page the schools after the last one
 * of the page before (by name and URN, the order of the schools_name_urn_idx index). A download of the whole
 * register reads it a page at a time, so no single query holds the event loop for long on SQLite
 * (docs/security.md, Bounded work).
 */
export async function* allSchoolsInPages(db: Kysely<Database>, filter: Omit<SchoolFilter, 'page' | 'pageSize'>, pageSize: number): AsyncGenerator<SchoolSummary[]> {
  const period = await latestCensusPeriod(db);
  let after: { name: string; urn: number } | null = null;
  for (;;) {
    let query = withSummaryColumns(matchingSchools(db, period, filter));
    if (after !== null) query = query.where(sql<boolean>`(s.name, s.urn) > (${after.name}, ${after.urn})`);
    const rows = await query.orderBy('s.name').orderBy('s.urn').limit(pageSize).execute();
    if (rows.length > 0) yield rows.map((r) => summaryOf(r, period));
    const last = rows.at(-1);
    if (last === undefined || rows.length < pageSize) return;
    after = { name: last.name, urn: last.urn };
  }
}

function matchingSchools(db: Kysely<Database>, period: string | null, filter: Omit<SchoolFilter, 'page' | 'pageSize'>) {
  let query = whereMatches(schoolsQuery(db, period), filter);
  if (filter.districtCode !== undefined) query = query.where('s.district_code', '=', filter.districtCode);
  if (filter.opportunityAreaId !== undefined) query = query.where('oa.id', '=', filter.opportunityAreaId);
  return query;
}

function withSummaryColumns(query: ReturnType<typeof schoolsQuery>) {
  return query.select([
    's.urn', 's.name', 's.town', 's.postcode', 's.phase', 's.status', 's.la_code_old', 's.district_code', 'd.name as district_name',
    'oa.id as oa_id', 'oa.name as oa_name', 'c.pupils', 'c.fsm', 'c.pct_fsm_ever6', 'c.markers',
    'rs.origin as register_file', 'rs.loaded_at as register_loaded_at', 'cs.origin as census_file', 'cs.loaded_at as census_loaded_at',
  ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof withSummaryColumns>['execute']>>[number];

function summaryOf(r: SummaryRow, period: string | null): SchoolSummary {
  return {
    urn: r.urn,
    name: r.name,
    town: r.town,
    postcode: r.postcode,
    phase: r.phase,
    status: r.status,
    laCode: r.la_code_old,
    districtCode: r.district_code,
    districtName: r.district_name,
    opportunityArea: r.oa_id === null || r.oa_name === null ? null : { id: r.oa_id, name: r.oa_name },
    censusPeriod: r.pupils === null && r.fsm === null ? null : period,
    pupils: r.pupils,
    fsm: r.fsm,
    pctFsmEver6: r.pct_fsm_ever6,
    censusMarkers: r.markers === null ? {} : (JSON.parse(r.markers) as Record<string, string>),
    source: { file: r.register_file, loadedAt: r.register_loaded_at },
    censusSource: r.census_file === null || r.census_loaded_at === null ? null : { file: r.census_file, loadedAt: r.census_loaded_at },
  };
}

/**
 * How many schools would match `filter` but have no district, in the education authorities its district or
 * Opportunity Area is in: the schools a list by district or area cannot show (docs/methodology.md §6.9).
 * Nothing for a filter without a district or area.
 */
export async function countUnplacedMatching(db: Kysely<Database>, filter: SchoolFilter): Promise<{ schools: number; authorities: AuthorityRef[] }> {
  const authorities =
    filter.districtCode !== undefined
      ? await authoritiesOfDistricts(db, [filter.districtCode])
      : filter.opportunityAreaId !== undefined
        ? await authoritiesOfOpportunityArea(db, filter.opportunityAreaId)
        : [];
  if (authorities.length === 0) return { schools: 0, authorities };
  const row = await whereMatches(schoolsQuery(db, null), filter)
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('s.district_code', 'is', null)
    .where('s.education_la_code', 'in', authorities.map((a) => a.code))
    .executeTakeFirst();
  return { schools: Number(row?.n ?? 0), authorities };
}

/** A school's recorded changes, one row per school changed by a load. */
export interface SchoolHistoryRow {
  readonly urn: number;
  readonly changed_at: string;
  readonly data_source_id: number;
  readonly changes: string;
}

/** Writes the history of a load's changed schools. */
export async function insertSchoolHistory(trx: Kysely<Database> | Transaction<Database>, history: readonly SchoolHistoryRow[]): Promise<void> {
  // 4 values a row: 500 rows a statement stays well inside both engines' limits on bound values.
  for (let start = 0; start < history.length; start += 500) {
    await trx.insertInto('school_history').values(history.slice(start, start + 500)).execute();
  }
}
