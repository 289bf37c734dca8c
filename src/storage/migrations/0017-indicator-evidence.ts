import type { Kysely } from 'kysely';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * What each district figure built from schools rests on (docs/methodology.md §9.3), one row per row of
 * `area_indicators` that `oa indicators derive` writes: how many mainstream schools (and others) have a
 * figure, their pupils on roll against all the district's pupils (and mainstream schools) in the phase, and the rule the figure was
 * judged by. A figure below its rule is stored in `area_indicators` as no value; this row says why.
 * District figures an earlier `oa indicators derive` wrote were never judged by a rule, so they are removed:
 * run `oa indicators derive` again to rebuild them (it needs nothing but the school data already loaded).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('area_indicator_evidence')
    .addColumn('area_code', 'varchar(9)', (c) => c.notNull())
    .addColumn('indicator_code', 'varchar(80)', (c) => c.notNull())
    .addColumn('period', 'varchar(20)', (c) => c.notNull())
    .addColumn('schools', 'integer', (c) => c.notNull())
    .addColumn('contributors', 'integer', (c) => c.notNull())
    .addColumn('pupils_covered', 'integer', (c) => c.notNull())
    .addColumn('phase_pupils', 'integer', (c) => c.notNull())
    .addColumn('phase_schools', 'integer', (c) => c.notNull())
    .addColumn('min_schools', 'integer', (c) => c.notNull())
    .addColumn('min_pupil_share', 'double precision', (c) => c.notNull())
    .addColumn('data_source_id', 'integer', (c) => c.notNull().references('data_sources.id'))
    .addPrimaryKeyConstraint('area_indicator_evidence_pk', ['area_code', 'indicator_code', 'period'])
    .execute();
  await db
    .deleteFrom('area_indicators')
    .where('data_source_id', 'in', db.selectFrom('data_sources').select('id').where('origin', '=', 'derived:school-indicators'))
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('area_indicator_evidence').execute();
}
