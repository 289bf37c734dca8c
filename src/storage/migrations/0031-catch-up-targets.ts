import type { Kysely } from 'kysely';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * Tutoring targets an Opportunity Area or a school sets for an academic year (issue 20: "65% of tutees
 * pupil premium", "15 hours per course"), with who set them and when (also in the audit log).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('catch_up_targets')
    .addColumn('scope_kind', 'varchar(10)', (c) => c.notNull())
    .addColumn('scope_key', 'varchar(100)', (c) => c.notNull())
    .addColumn('measure', 'varchar(40)', (c) => c.notNull())
    .addColumn('academic_year', 'integer', (c) => c.notNull())
    .addColumn('target', 'double precision', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.notNull())
    .addColumn('set_at', 'varchar(30)', (c) => c.notNull())
    .addPrimaryKeyConstraint('catch_up_targets_pk', ['scope_kind', 'scope_key', 'measure', 'academic_year'])
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('catch_up_targets').execute();
}
