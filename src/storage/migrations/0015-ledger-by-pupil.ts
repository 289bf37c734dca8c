import { sql, type Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

const run = (db: AnyDb, statement: string) => sql.raw(statement).execute(db);

/** ENCOUNTER_TYPES as this migration was written: each type's place is its code in the ledger. */
const TYPES_AS_AT_0015 = ['talk', 'workplace_visit', 'work_experience', 'mentoring', 'enterprise_activity', 'careers_fair', 'employer_project', 'other'];

/**
 * The encounter ledger kept in pupil order, its key the table itself: one encounter per pupil, day, type
 * and employer is now the primary key (employer 0 when none is named, as a key column cannot be empty; the
 * day as the number yyyymmdd and the type as its place in the list of types, numbers being several times
 * quicker to bind and compare than text), on
 * SQLite a table without rowids, so writing and reading a pupil's encounters touches one place and no
 * separate unique index, school index or employer index has to be kept (docs/benchmarks.md, careers).
 * What those indexes answered is kept smaller beside it:
 * - `careers_pupil_schools`: each school and the pupils with encounters it recorded who are now at another
 *   school, so a school's ledger is found from its pupils and these without reading every encounter;
 * - `careers_employer_schools`: how many encounters each employer gave at each school (employer load),
 *   adjusted by every write.
 * The pupils' pseudonym becomes a named unique index, which a bulk load can drop and build again, and on
 * SQLite the coverage tallies, like the ledger, are kept in their key's order without rowids.
 */
export async function up(db: AnyDb): Promise<void> {
  const engine = capabilitiesOf(db).engine;
  const withoutRowid = engine === 'sqlite' ? ' without rowid' : '';
  if (engine === 'sqlite') {
    // SQLite cannot drop a column's UNIQUE: the table is made again without it. The new encounters table
    // points at the new pupils table, whose rename below carries the reference along.
    await run(db, `create table careers_pupils_new (
      id integer primary key autoincrement, pseudonym varchar(64) not null, urn integer not null,
      year_group integer not null check (year_group between 7 and 13), fsm integer not null check (fsm in (0, 1)),
      as_at integer not null, leaving_date varchar(10), synthetic integer default 0 not null,
      encounters integer default 0 not null, encounter_years integer default 0 not null)`);
    await run(db, 'insert into careers_pupils_new select id, pseudonym, urn, year_group, fsm, as_at, leaving_date, synthetic, encounters, encounter_years from careers_pupils');
  } else {
    const { rows } = await sql<{ name: string }>`select conname as name from pg_constraint where conrelid = 'careers_pupils'::regclass and contype = 'u'`.execute(db);
    for (const row of rows) await run(db, `alter table careers_pupils drop constraint "${row.name}"`);
  }
  const pupils = engine === 'sqlite' ? 'careers_pupils_new' : 'careers_pupils';
  await run(db, `create table careers_encounters_new (
    pupil_id integer not null references ${pupils} (id) on delete cascade,
    encounter_day integer not null,
    type_code integer not null,
    employer_id integer not null,
    urn integer not null,
    academic_year integer not null,
    primary key (pupil_id, encounter_day, type_code, employer_id))${withoutRowid}`);
  // A type unknown to this list (none can be: the importer refuses them) has no code and fails the migration.
  const typeCode = `case encounter_type ${TYPES_AS_AT_0015.map((t, i) => `when '${t}' then ${String(i)}`).join(' ')} end`;
  await run(db, `insert into careers_encounters_new (pupil_id, encounter_day, type_code, employer_id, urn, academic_year)
    select pupil_id, cast(replace(encounter_date, '-', '') as integer), ${typeCode}, coalesce(employer_id, 0), urn, academic_year from careers_encounters`);
  await run(db, 'drop table careers_encounters');
  if (engine === 'sqlite') {
    await run(db, 'drop table careers_pupils');
    await run(db, 'alter table careers_pupils_new rename to careers_pupils');
  }
  await run(db, 'alter table careers_encounters_new rename to careers_encounters');
  if (engine === 'postgres') {
    // PostgreSQL keeps constraint names through a table's rename: give them the table's own.
    await run(db, 'alter table careers_encounters rename constraint careers_encounters_new_pkey to careers_encounters_pkey');
    await run(db, 'alter table careers_encounters rename constraint careers_encounters_new_pupil_id_fkey to careers_encounters_pupil_id_fkey');
  }
  await run(db, 'create unique index careers_pupils_pseudonym_idx on careers_pupils (pseudonym)');
  if (engine === 'sqlite') {
    await run(db, 'create index careers_pupils_coverage_idx on careers_pupils (urn, fsm, leaving_date, year_group, encounters, encounter_years)');
  }

  if (engine === 'sqlite') {
    // The tallies are read and written by their key alone: on SQLite the key becomes the table.
    await run(db, `create table careers_coverage_tallies_new (
      target integer not null, urn integer not null, year_group integer not null, fsm integer not null,
      pupils integer not null, reached integer not null, reached_each_year integer not null,
      constraint careers_coverage_tallies_pk primary key (target, urn, year_group, fsm)) without rowid`);
    await run(db, 'insert into careers_coverage_tallies_new select target, urn, year_group, fsm, pupils, reached, reached_each_year from careers_coverage_tallies');
    await run(db, 'drop table careers_coverage_tallies');
    await run(db, 'alter table careers_coverage_tallies_new rename to careers_coverage_tallies');
  }

  // No reference to the pupils: SQLite would look for a deleted pupil's rows here by pupil, which this key
  // cannot do quickly; the repositories delete them with the pupil instead.
  await run(db, `create table careers_pupil_schools (
    urn integer not null, pupil_id integer not null, primary key (urn, pupil_id))${withoutRowid}`);
  await run(db, `insert into careers_pupil_schools (urn, pupil_id)
    select distinct e.urn, e.pupil_id from careers_encounters e join careers_pupils p on p.id = e.pupil_id where e.urn <> p.urn`);

  await run(db, `create table careers_employer_schools (
    employer_id integer not null references careers_employers (id), urn integer not null, encounters integer not null,
    primary key (employer_id, urn))${withoutRowid}`);
  await run(db, `insert into careers_employer_schools (employer_id, urn, encounters)
    select employer_id, urn, count(*) from careers_encounters where employer_id <> 0 group by employer_id, urn`);
}

/** Refused, changing nothing: the earlier ledger numbered its rows, which this one no longer has. Restore a backup instead. */
export function down(): Promise<void> {
  return Promise.reject(new Error('Migration 0015 (the ledger kept by pupil) cannot be undone; restore a backup taken before it'));
}
