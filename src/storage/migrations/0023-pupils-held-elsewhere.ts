import { sql, type Kysely } from 'kysely';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * A school's own record of a pupil who is on another school's roll: `held_for` names that other record.
 * A school user recording such a pupil gets a record of their own at their school (so the other school's
 * record is never changed, and the reply is the same as for a new pupil), until the national team or the
 * area lead of both schools transfers the pupil, merging the two (docs/methodology.md §15.7). Most pupils
 * have none, so the index holds only those that do: the list of records waiting for a transfer.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('careers_pupils').addColumn('held_for', 'integer').execute();
  await sql`create index careers_pupils_held_for_idx on careers_pupils (held_for) where held_for is not null`.execute(db);
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('careers_pupils_held_for_idx').execute();
  await db.schema.alterTable('careers_pupils').dropColumn('held_for').execute();
}
