import type { Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

export async function up(db: AnyDb): Promise<void> {
  const dialect = capabilitiesOf(db);

  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('email', 'varchar(254)', (c) => c.notNull().unique())
    .addColumn('role', 'varchar(20)', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('password_hash', 'text')
    .addColumn('oidc_subject', 'varchar(255)', (c) => c.unique())
    .addColumn('is_demo', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('disabled_at', 'varchar(30)')
    .execute();

  await db.schema
    .createTable('sessions')
    .addColumn('id_hash', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', 'varchar(64)', (c) => c.notNull())
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('expires_at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('public_id', 'varchar(32)', (c) => c.notNull().unique())
    .addColumn('secret_hash', 'varchar(64)', (c) => c.notNull())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('scope', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'varchar(30)', (c) => c.notNull())
    .addColumn('last_used_at', 'varchar(30)')
    .addColumn('revoked_at', 'varchar(30)')
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('at', 'varchar(30)', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer')
    .addColumn('actor', 'text', (c) => c.notNull())
    .addColumn('action', 'varchar(60)', (c) => c.notNull())
    .addColumn('entity_type', 'varchar(60)', (c) => c.notNull())
    .addColumn('entity_id', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_entity_idx').on('audit_log').columns(['entity_type', 'entity_id']).execute();

  await db.schema
    .createTable('login_failures')
    .addColumn('id', 'integer', dialect.autoIncrementPrimaryKey)
    .addColumn('email', 'varchar(254)', (c) => c.notNull())
    .addColumn('at', 'varchar(30)', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('login_failures_email_idx').on('login_failures').columns(['email', 'at']).execute();
}

export async function down(db: AnyDb): Promise<void> {
  for (const table of ['login_failures', 'audit_log', 'api_tokens', 'sessions', 'users']) {
    await db.schema.dropTable(table).execute();
  }
}
