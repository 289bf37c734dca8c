import type { Kysely } from 'kysely';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * A fingerprint of the careers pseudonymisation key kept beside the ledger (issue 23, finding 10): an HMAC of
 * a fixed label with the key, never the key itself, so a command can tell that the key file it has is the
 * one the ledger's pupils were made with. The key lives outside the database, so this migration cannot fill
 * it in: a ledger that already holds pupils takes the fingerprint of the key at hand on its next import
 * (README, "The pseudonymisation key").
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema
    .createTable('installation_keys')
    .addColumn('purpose', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('fingerprint', 'varchar(64)', (c) => c.notNull())
    .addColumn('recorded_at', 'varchar(30)', (c) => c.notNull())
    .execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.dropTable('installation_keys').execute();
}
