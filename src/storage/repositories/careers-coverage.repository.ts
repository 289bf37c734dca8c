import { sql, type Kysely } from 'kysely';
import type { CoverageRule, CoverageTallyRow } from '../../domain/careers/index.ts';
import { NO_DISTRICT_LABEL } from '../../domain/places/index.ts';
import type { Database } from '../schema.ts';
import { TALLIED_TARGETS } from './careers/rebuild-coverage-tallies.ts';

export type CoverageGrouping = 'school' | 'area' | 'fsm' | 'year_group';

export interface CoverageQuery {
  readonly by: CoverageGrouping;
  readonly rule: CoverageRule;
  /** Only these schools (a school user's scope); all when absent. */
  readonly urns?: readonly number[];
  /** Only schools in these districts (an area's); all when absent. */
  readonly districtCodes?: readonly string[];
}

export interface CoverageTallies {
  readonly rows: CoverageTallyRow[];
  /** A name for each key: the school's or district's name, `Year 9`, or `All pupils`. */
  readonly labels: ReadonlyMap<string, string>;
}

/**
 * Pupils on roll (no leaving date) and those reaching the target, per group and FSM status: from the
 * per-school tallies for targets up to 10, else from each pupil's kept figures (one pass over the pupils'
 * covering index). The rule is applied here as
 * `reachesTarget` does in the domain (docs/methodology.md, "Careers encounters and coverage").
 */
export async function coverageTallies(db: Kysely<Database>, query: CoverageQuery): Promise<CoverageTallies> {
  const { target, eachYear } = query.rule;
  // Targets up to TALLIED_TARGETS come from the per-school tallies; a higher one counts the pupils.
  const tallied = target <= TALLIED_TARGETS;
  const pupils = tallied ? sql<number>`sum(p.pupils)` : sql<number>`count(*)`;
  const reached = tallied
    ? eachYear ? sql<number>`sum(p.reached_each_year)` : sql<number>`sum(p.reached)`
    : eachYear
      ? sql<number>`sum(case when p.encounters >= ${target} and p.encounter_years >= p.year_group - 6 then 1 else 0 end)`
      : sql<number>`sum(case when p.encounters >= ${target} then 1 else 0 end)`;
  const key = {
    school: sql<string>`p.urn`,
    area: sql<string>`coalesce(s.district_code, '')`,
    fsm: sql<string>`'all'`,
    year_group: sql<string>`p.year_group`,
  }[query.by];
  const needsSchools = query.by === 'area' || query.districtCodes !== undefined;
  const filters = [tallied ? sql`p.target = ${target}` : sql`p.leaving_date is null`];
  if (query.urns !== undefined) filters.push(query.urns.length === 0 ? sql`1 = 0` : sql`p.urn in (${sql.join(query.urns.map((u) => sql`${u}`))})`);
  if (query.districtCodes !== undefined) {
    filters.push(query.districtCodes.length === 0 ? sql`1 = 0` : sql`s.district_code in (${sql.join(query.districtCodes.map((d) => sql`${d}`))})`);
  }
  const table = tallied ? sql`careers_coverage_tallies p` : sql`careers_pupils p`;
  const from = needsSchools ? sql`${table} left join schools s on s.urn = p.urn` : table;
  const { rows } = await sql<{ key: string | number; fsm: number | string; pupils: number | string; reached: number | string | null }>`
    select ${key} as key, p.fsm as fsm, ${pupils} as pupils, ${reached} as reached
    from ${from} where ${sql.join(filters, sql` and `)} group by ${query.by === 'fsm' ? sql`p.fsm` : sql`${key}, p.fsm`}`.execute(db);
  const tallies = rows.map((r) => ({ key: String(r.key), fsm: Number(r.fsm) === 1, pupils: Number(r.pupils), reached: Number(r.reached ?? 0) }));
  return { rows: tallies, labels: await labelsFor(db, query.by, [...new Set(tallies.map((t) => t.key))]) };
}

async function labelsFor(db: Kysely<Database>, by: CoverageGrouping, keys: readonly string[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  if (by === 'fsm') for (const key of keys) labels.set(key, 'All pupils');
  if (by === 'year_group') for (const key of keys) labels.set(key, `Year ${key}`);
  if (by === 'school' && keys.length > 0) {
    const wanted = new Set(keys);
    // A few schools (a school or an area page) by URN; the whole register for a national report.
    const urns = keys.map(Number).filter(Number.isSafeInteger);
    const query = db.selectFrom('schools').select(['urn', 'name']);
    const rows = await (urns.length <= 1000 ? query.where('urn', 'in', urns) : query).execute();
    for (const s of rows) if (wanted.has(String(s.urn))) labels.set(String(s.urn), s.name);
  }
  if (by === 'area' && keys.length > 0) {
    const areas = await db.selectFrom('areas').select(['code', 'name']).where('code', 'in', keys.filter((k) => k !== '').concat(['-'])).execute();
    for (const a of areas) labels.set(a.code, a.name);
    if (keys.includes('')) labels.set('', NO_DISTRICT_LABEL);
  }
  return labels;
}

/**
 * How many schools have pupils on roll in the ledger, by district (`''` for schools with no district): the
 * schools each row of the report by area rests on. Read from the kept tallies (target 1 holds every pupil on roll).
 */
export async function schoolsWithPupilsByDistrict(db: Kysely<Database>): Promise<Map<string, number>> {
  const { rows } = await sql<{ key: string | null; schools: number | string }>`
    select s.district_code as key, count(distinct t.urn) as schools
    from careers_coverage_tallies t left join schools s on s.urn = t.urn
    where t.target = 1 and t.pupils > 0
    group by s.district_code`.execute(db);
  return new Map(rows.map((r) => [r.key ?? '', Number(r.schools)]));
}

/** Schools of these education authorities with pupils on roll in the ledger but no district, in URN order. */
export async function unplacedSchoolsWithPupils(db: Kysely<Database>, authorityCodes: readonly string[]): Promise<{ urn: number; name: string }[]> {
  if (authorityCodes.length === 0) return [];
  const rows = await db
    .selectFrom('careers_coverage_tallies as t')
    .innerJoin('schools as s', 's.urn', 't.urn')
    .select(['s.urn', 's.name'])
    .distinct()
    .where('t.target', '=', 1)
    .where('t.pupils', '>', 0)
    .where('s.district_code', 'is', null)
    .where('s.education_la_code', 'in', [...authorityCodes])
    .orderBy('s.urn')
    .execute();
  return rows;
}
