import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../schema.ts';

type Db = Kysely<Database> | Transaction<Database>;

/** Key stage 2 results per school and period: pupils and the share reaching the expected standard. */
export async function ks2Results(db: Db) {
  return db.selectFrom('ks2_results').select(['urn', 'period', 'pupils', 'pct_rwm_expected']).execute();
}

/** Key stage 4 results per school and period: pupils and average Attainment 8. */
export async function ks4Results(db: Db) {
  return db.selectFrom('ks4_results').select(['urn', 'period', 'pupils', 'attainment8']).execute();
}

/** Disadvantaged pupils' destinations after key stage 4 per school and period: cohort and share sustained. */
export async function disadvantagedDestinations(db: Db) {
  return db.selectFrom('ks4_destinations').select(['urn', 'period', 'cohort', 'pct_sustained']).where('pupil_group', '=', 'disadvantaged').execute();
}

/** The January census per school and period: pupils on roll, FSM-eligible pupils, FSM ever 6 share. */
export async function schoolCensus(db: Db) {
  return db.selectFrom('school_census').select(['urn', 'period', 'pupils', 'fsm', 'pct_fsm_ever6']).execute();
}

/** Pupils with English as an additional language and pupils on roll, per placed school and census period, with its district. */
export async function censusEalByDistrict(db: Db) {
  return db.selectFrom('school_census as c').innerJoin('schools as s', 's.urn', 'c.urn').select(['s.district_code', 'c.period', 'c.eal', 'c.pupils']).where('s.district_code', 'is not', null).execute();
}

/** The LSOAs of one deprivation vintage with their district, population and children. */
export async function lsoaPopulations(db: Db, vintage: string) {
  return db.selectFrom('lsoa_deprivation').select(['district_code', 'population', 'children']).where('vintage', '=', vintage).execute();
}

/** How many LSOAs of one deprivation vintage each district has. */
export async function lsoaCountsByDistrict(db: Db, vintage: string): Promise<Map<string, number>> {
  const counts = await db
    .selectFrom('lsoa_deprivation')
    .select(['district_code'])
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('vintage', '=', vintage)
    .groupBy('district_code')
    .execute();
  return new Map(counts.map((c) => [c.district_code, Number(c.n)]));
}

/** Every boundary held, as GeoJSON text by area code. */
export async function boundaryShapes(db: Db) {
  return db.selectFrom('boundaries').select(['area_code', 'geojson']).execute();
}

/** A register school as the evidence rule reads it. */
export interface SchoolForEvidence {
  readonly urn: number;
  readonly district_code: string | null;
  readonly education_la_code: string | null;
  readonly school_type: string | null;
  readonly minor_group: string | null;
  readonly phase: string;
  readonly age_low: number | null;
  readonly age_high: number | null;
}

/**
 * The register, a few thousand schools per query by URN: read at once it is one query of 50,000 rows, which
 * on SQLite holds the event loop for over 100 ms while a web request waits (docs/security.md, Bounded work).
 */
export async function* registerInPages(db: Db, pageSize = 4_000): AsyncGenerator<SchoolForEvidence> {
  let after = -1;
  for (;;) {
    const page = await db
      .selectFrom('schools')
      .select(['urn', 'district_code', 'education_la_code', 'school_type', 'minor_group', 'phase', 'age_low', 'age_high'])
      .where('urn', '>', after)
      .orderBy('urn')
      .limit(pageSize)
      .execute();
    yield* page;
    const last = page.at(-1);
    if (last === undefined || page.length < pageSize) return;
    after = last.urn;
  }
}

type DerivedTable = 'area_indicators' | 'area_indicator_evidence';
type DerivedKey = { area_code: string; indicator_code: string; period: string };

/** The keys held in a derived table for these indicator codes (only rows of these data sources, when given). */
export async function derivedRowKeys(trx: Db, table: DerivedTable, codes: readonly string[], sourceIds: readonly number[] | null): Promise<DerivedKey[]> {
  let query = trx.selectFrom(table).select(['area_code', 'indicator_code', 'period']).where('indicator_code', 'in', [...codes]);
  if (sourceIds !== null) query = query.where('data_source_id', 'in', sourceIds.length === 0 ? [-1] : [...sourceIds]);
  return query.execute();
}

/** Deletes one derived row by its key. */
export async function deleteDerivedRow(trx: Db, table: DerivedTable, key: DerivedKey): Promise<void> {
  await trx.deleteFrom(table).where('area_code', '=', key.area_code).where('indicator_code', '=', key.indicator_code).where('period', '=', key.period).execute();
}

/** The ids of every load recorded with this origin. */
export async function dataSourceIdsOf(trx: Db, origin: string): Promise<number[]> {
  return (await trx.selectFrom('data_sources').select('id').where('origin', '=', origin).execute()).map((s) => s.id);
}
