import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export async function recordLoginFailure(db: Kysely<Database>, email: string, at: string): Promise<void> {
  await db.insertInto('login_failures').values({ email, at }).execute();
}

/** Failures for this email since `sinceIso`; old rows are pruned as a side effect. */
export async function countRecentLoginFailures(db: Kysely<Database>, email: string, sinceIso: string): Promise<number> {
  await db.deleteFrom('login_failures').where('at', '<', sinceIso).execute();
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => eb.fn.countAll<string | number>().as('n'))
    .where('email', '=', email)
    .where('at', '>=', sinceIso)
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export async function clearLoginFailures(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom('login_failures').where('email', '=', email).execute();
}
