import type { Kysely } from 'kysely';

// `Kysely<any>`: a migration must not depend on today's schema types, which change later.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyDb = Kysely<any>;

/**
 * A fund's terms: who gives it, the conditions on spending it, and its planned amount by academic year
 * (JSON `[{"period":"2017/18","amountPence":…}]`; empty means evenly over the fund's years).
 */
export async function up(db: AnyDb): Promise<void> {
  await db.schema.alterTable('funds').addColumn('funder', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('funds').addColumn('conditions', 'text', (c) => c.notNull().defaultTo('')).execute();
  await db.schema.alterTable('funds').addColumn('profile', 'text', (c) => c.notNull().defaultTo('[]')).execute();
}

export async function down(db: AnyDb): Promise<void> {
  await db.schema.alterTable('funds').dropColumn('profile').execute();
  await db.schema.alterTable('funds').dropColumn('conditions').execute();
  await db.schema.alterTable('funds').dropColumn('funder').execute();
}
