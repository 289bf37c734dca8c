import type { Kysely } from 'kysely';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The academy (or foundation) trust a school belongs to, from GIAS `Trusts (code)`, `Trusts (name)` and
 * `TrustSchoolFlag (name)`. Columns on `schools` rather than a table of their own: a school is in at most
 * one trust at a time, and joining or leaving one is then a school change like any other, kept in
 * `school_history` by the same sync.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('schools').addColumn('trust_code', 'varchar(10)').execute();
  await db.schema.alterTable('schools').addColumn('trust_name', 'text').execute();
  await db.schema.alterTable('schools').addColumn('trust_flag', 'text').execute();
  await db.schema.createIndex('schools_trust_idx').on('schools').column('trust_code').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('schools_trust_idx').execute();
  await db.schema.alterTable('schools').dropColumn('trust_flag').execute();
  await db.schema.alterTable('schools').dropColumn('trust_name').execute();
  await db.schema.alterTable('schools').dropColumn('trust_code').execute();
}
