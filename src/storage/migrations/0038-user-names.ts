import type { Kysely } from 'kysely';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * A person's name beside their email (issue 21, item 8: users managed in the web app), so the users page
 * and the audit page can say who someone is. Optional: accounts made before, by `oa users add` without
 * `--name` or by an OIDC sign-in, have none.
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('users').addColumn('name', 'varchar(200)').execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('users').dropColumn('name').execute();
}
