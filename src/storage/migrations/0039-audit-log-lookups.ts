import type { Kysely } from 'kysely';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * The audit page filters by when and by whom (issue 22, known costs): without these, each page and its
 * count read the whole log. `at` serves the date range (`from`, `to`); `actor, id` serves finding the
 * distinct people whose label holds the text asked for (one index entry per person) and then each one's
 * entries newest first.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_actor_idx').on('audit_log').columns(['actor', 'id']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropIndex('audit_log_actor_idx').execute();
  await db.schema.dropIndex('audit_log_at_idx').execute();
}
