import { sql, type Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Careers: employers, Enterprise Advisers and their schools, pseudonymised pupils (a keyed hash stands in
 * for the UPN, which is never stored) and the encounter ledger. `encounters` and `encounter_years` on each
 * pupil are kept equal to what the ledger says, so coverage is one pass over pupils.
 */
export async function up(db: AnyDb): Promise<void> {
  const dialect = capabilitiesOf(db);
  await db.schema
    .createTable('careers_employers')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_key', 'varchar(200)', (c) => c.notNull().unique())
    .addColumn('cornerstone', 'integer', (c) => c.notNull().defaultTo(0).check(sql`cornerstone in (0, 1)`))
    .addColumn('sector', 'text')
    .addColumn('location', 'text')
    .addColumn('synthetic', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  await db.schema
    .createTable('careers_pupils')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('pseudonym', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('urn', 'integer', (c) => c.notNull())
    .addColumn('year_group', 'integer', (c) => c.notNull().check(sql`year_group between 7 and 13`))
    .addColumn('fsm', 'integer', (c) => c.notNull().check(sql`fsm in (0, 1)`))
    .addColumn('as_at', 'integer', (c) => c.notNull())
    .addColumn('leaving_date', 'varchar(10)')
    .addColumn('synthetic', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('encounters', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('encounter_years', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  // Covers the coverage report, so it reads the index alone, in school order, never the table.
  await db.schema
    .createIndex('careers_pupils_coverage_idx')
    .on('careers_pupils')
    .columns(['urn', 'fsm', 'leaving_date', 'year_group', 'encounters', 'encounter_years'])
    .execute();

  // Pupils on roll and those reaching each target from 1 to 10, per school, year group and FSM status: the
  // all-schools report reads about 3,400 × 14 rows of one target instead of every pupil. Rebuilt from
  // careers_pupils for every school a write touches (docs/methodology.md §15.3).
  await db.schema
    .createTable('careers_coverage_tallies')
    .addColumn('target', 'integer', (c) => c.notNull())
    .addColumn('urn', 'integer', (c) => c.notNull())
    .addColumn('year_group', 'integer', (c) => c.notNull())
    .addColumn('fsm', 'integer', (c) => c.notNull())
    .addColumn('pupils', 'integer', (c) => c.notNull())
    .addColumn('reached', 'integer', (c) => c.notNull())
    .addColumn('reached_each_year', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('careers_coverage_tallies_pk', ['target', 'urn', 'year_group', 'fsm'])
    .execute();

  await db.schema
    .createTable('careers_encounters')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('pupil_id', 'integer', (c) => c.notNull().references('careers_pupils.id').onDelete('cascade'))
    .addColumn('urn', 'integer', (c) => c.notNull())
    .addColumn('encounter_date', 'varchar(10)', (c) => c.notNull())
    .addColumn('academic_year', 'integer', (c) => c.notNull())
    .addColumn('encounter_type', 'varchar(30)', (c) => c.notNull())
    .addColumn('employer_id', 'integer', (c) => c.references('careers_employers.id'))
    .execute();
  // One encounter per pupil, day, type and employer: importing the same export again adds nothing.
  await sql`create unique index careers_encounters_key on careers_encounters (pupil_id, encounter_date, encounter_type, coalesce(employer_id, 0))`.execute(db);
  await db.schema.createIndex('careers_encounters_urn_idx').on('careers_encounters').column('urn').execute();
  await db.schema.createIndex('careers_encounters_employer_idx').on('careers_encounters').column('employer_id').execute();

  await db.schema
    .createTable('careers_advisers')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('employer_id', 'integer', (c) => c.references('careers_employers.id'))
    .addColumn('synthetic', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .createTable('careers_adviser_schools')
    .addColumn('adviser_id', 'integer', (c) => c.notNull().references('careers_advisers.id').onDelete('cascade'))
    .addColumn('urn', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('careers_adviser_schools_pk', ['adviser_id', 'urn'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['careers_adviser_schools', 'careers_advisers', 'careers_encounters', 'careers_coverage_tallies', 'careers_pupils', 'careers_employers']) {
    await db.schema.dropTable(table).execute();
  }
}
