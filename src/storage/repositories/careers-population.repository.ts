import { sql, type Kysely } from 'kysely';
import { coverageTree, type CoverageLeaf, type CoverageNode, type CoverageRule } from '../../domain/careers/index.ts';
import { NO_DISTRICT_LABEL } from '../../domain/places/index.ts';
import type { Database } from '../schema.ts';
import { TALLIED_TARGETS } from './careers/rebuild-coverage-tallies.ts';

/**
 * The populations careers coverage is protected over (docs/methodology.md §15.4). Every table about pupils
 * in an Opportunity Area (the area's table by school, each of its schools' tables by year group, its
 * districts' figures in board reports) is cut from one tree, so disclosure control sees them together; a
 * school outside the areas is a population on its own. A national report is one tree of districts and
 * schools (or of year groups).
 */
export interface CoveragePopulation {
  readonly tree: CoverageNode;
  /** Names for keys: schools by URN, districts by GSS code. */
  readonly labels: ReadonlyMap<string, string>;
}

interface CountRow {
  readonly urn: number;
  readonly districtCode: string | null;
  readonly yearGroup: number;
  readonly fsm: boolean;
  readonly pupils: number;
  readonly reached: number;
}

/**
 * Pupils on roll and those reaching the target by school, year group and FSM status, for the schools
 * given (by district or URN): from the per-school tallies for targets up to TALLIED_TARGETS, else from
 * each pupil's kept figures, as `coverageTallies` does.
 */
async function countsByYear(db: Kysely<Database>, rule: CoverageRule, where: { districtCodes?: readonly string[]; urns?: readonly number[] }): Promise<CountRow[]> {
  const { target, eachYear } = rule;
  const tallied = target <= TALLIED_TARGETS;
  const pupils = tallied ? sql<number>`sum(p.pupils)` : sql<number>`count(*)`;
  const reached = tallied
    ? eachYear ? sql<number>`sum(p.reached_each_year)` : sql<number>`sum(p.reached)`
    : eachYear
      ? sql<number>`sum(case when p.encounters >= ${target} and p.encounter_years >= p.year_group - 6 then 1 else 0 end)`
      : sql<number>`sum(case when p.encounters >= ${target} then 1 else 0 end)`;
  const filters = [tallied ? sql`p.target = ${target}` : sql`p.leaving_date is null`];
  if (where.urns !== undefined) filters.push(where.urns.length === 0 ? sql`1 = 0` : sql`p.urn in (${sql.join(where.urns.map((u) => sql`${u}`))})`);
  if (where.districtCodes !== undefined) {
    filters.push(where.districtCodes.length === 0 ? sql`1 = 0` : sql`s.district_code in (${sql.join(where.districtCodes.map((d) => sql`${d}`))})`);
  }
  const table = tallied ? sql`careers_coverage_tallies p` : sql`careers_pupils p`;
  const { rows } = await sql<{ urn: number | string; district_code: string | null; year_group: number | string; fsm: number | string; pupils: number | string; reached: number | string | null }>`
    select p.urn as urn, s.district_code as district_code, p.year_group as year_group, p.fsm as fsm, ${pupils} as pupils, ${reached} as reached
    from ${table} left join schools s on s.urn = p.urn
    where ${sql.join(filters, sql` and `)}
    group by p.urn, s.district_code, p.year_group, p.fsm`.execute(db);
  return rows
    .map((r) => ({ urn: Number(r.urn), districtCode: r.district_code, yearGroup: Number(r.year_group), fsm: Number(r.fsm) === 1, pupils: Number(r.pupils), reached: Number(r.reached ?? 0) }))
    .filter((r) => r.pupils > 0);
}

/** Leaves of a tree from count rows: one per key path, FSM and other counts side by side. */
function leavesOf(rows: readonly CountRow[], pathOf: (row: CountRow) => string[]): CoverageLeaf[] {
  const byPath = new Map<string, { path: string[]; fsm: { pupils: number; reached: number }; notFsm: { pupils: number; reached: number } }>();
  for (const row of rows) {
    const path = pathOf(row);
    const key = path.join('\u0000');
    const leaf = byPath.get(key) ?? { path, fsm: { pupils: 0, reached: 0 }, notFsm: { pupils: 0, reached: 0 } };
    const part = row.fsm ? leaf.fsm : leaf.notFsm;
    part.pupils += row.pupils;
    part.reached += row.reached;
    byPath.set(key, leaf);
  }
  return [...byPath.values()];
}

/**
 * An Opportunity Area's pupils: area → district (when it has more than one) → school → year group.
 * Schools are those whose district is one of the area's, as on the area's careers page.
 */
export async function areaPopulation(db: Kysely<Database>, districtCodes: readonly string[], rule: CoverageRule): Promise<CoveragePopulation> {
  const rows = await countsByYear(db, rule, { districtCodes });
  const split = districtCodes.length > 1;
  const tree = coverageTree(leavesOf(rows, (r) => [...(split ? [r.districtCode ?? ''] : []), String(r.urn), String(r.yearGroup)]), 'total');
  return { tree, labels: await labelsFor(db, rows) };
}

/** One school's pupils on their own: school → year group (for a school in no Opportunity Area). */
export async function schoolPopulation(db: Kysely<Database>, urn: number, rule: CoverageRule): Promise<CoveragePopulation> {
  const rows = await countsByYear(db, rule, { urns: [urn] });
  return { tree: coverageTree(leavesOf(rows, (r) => [String(r.yearGroup)]), String(urn)), labels: await labelsFor(db, rows) };
}

/**
 * Every pupil, for a national report: all → district ('' where a school has none) → school, or, by year
 * group, all → year group.
 */
export async function nationalPopulation(db: Kysely<Database>, rule: CoverageRule, by: 'school' | 'year_group'): Promise<CoveragePopulation> {
  const rows = await countsByYear(db, rule, {});
  const path = by === 'school' ? (r: CountRow) => [r.districtCode ?? '', String(r.urn)] : (r: CountRow) => [String(r.yearGroup)];
  return { tree: coverageTree(leavesOf(rows, path), 'total'), labels: await labelsFor(db, rows) };
}

async function labelsFor(db: Kysely<Database>, rows: readonly CountRow[]): Promise<Map<string, string>> {
  const labels = new Map<string, string>();
  const urns = [...new Set(rows.map((r) => r.urn))];
  const schools = await (urns.length <= 1000 ? db.selectFrom('schools').select(['urn', 'name']).where('urn', 'in', urns.length === 0 ? [0] : urns) : db.selectFrom('schools').select(['urn', 'name'])).execute();
  const wanted = new Set(urns);
  for (const s of schools) if (wanted.has(s.urn)) labels.set(String(s.urn), s.name);
  const codes = [...new Set(rows.map((r) => r.districtCode).filter((c): c is string => c !== null))];
  if (codes.length > 0) for (const a of await db.selectFrom('areas').select(['code', 'name']).where('code', 'in', codes).execute()) labels.set(a.code, a.name);
  labels.set('', NO_DISTRICT_LABEL);
  return labels;
}
