import type { Kysely } from 'kysely';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Every school placed in a district by a stated rule (docs/methodology.md §6.8).
 *
 * `schools.district_code` stays the one column every view reads, but it becomes an output: what the files
 * say about a school's district is kept apart as evidence (`gias_district_code` from a GIAS extract,
 * `located_district_code` from a locations file), and the placement step writes `district_code` with the
 * rule that gave it, its confidence, what an imputation rests on, and a note (the postcode sector used, or
 * why a school is unplaced). `education_la_numbers` keeps DfE's three-digit LA numbers with their GSS
 * codes, so a school's education authority is known from the register itself; `district_authorities` keeps
 * the education authority each district is in as the districts lookup gives it, which for Bournemouth and
 * Poole (single-tier districts until 2019) is the 2019 authority their schools are now numbered under.
 *
 * A district already stored came from a file (a GIAS extract or a locations file; which one is not
 * recorded), so it is carried over as located evidence; the next placement (any register, locations or
 * boundaries import, or `oa schools place`) works every school out again.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('education_la_numbers')
    .addColumn('la_number', 'varchar(3)', (c) => c.primaryKey())
    .addColumn('area_code', 'varchar(9)', (c) => c.notNull().references('areas.code'))
    .execute();
  await db.schema
    .createTable('district_authorities')
    .addColumn('district_code', 'varchar(9)', (c) => c.primaryKey().references('areas.code'))
    .addColumn('authority_code', 'varchar(9)', (c) => c.notNull().references('areas.code'))
    .execute();
  await db.schema.alterTable('schools').addColumn('gias_district_code', 'varchar(9)').execute();
  await db.schema.alterTable('schools').addColumn('located_district_code', 'varchar(9)').execute();
  await db.schema.alterTable('schools').addColumn('district_rule', 'varchar(20)').execute();
  await db.schema.alterTable('schools').addColumn('district_confidence', 'double precision').execute();
  await db.schema.alterTable('schools').addColumn('district_basis', 'integer').execute();
  await db.schema.alterTable('schools').addColumn('district_note', 'text').execute();
  await db.updateTable('schools').set((eb) => ({ located_district_code: eb.ref('district_code') })).where('district_code', 'is not', null).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const column of ['district_note', 'district_basis', 'district_confidence', 'district_rule', 'located_district_code', 'gias_district_code']) {
    await db.schema.alterTable('schools').dropColumn(column).execute();
  }
  await db.schema.dropTable('district_authorities').execute();
  await db.schema.dropTable('education_la_numbers').execute();
}
