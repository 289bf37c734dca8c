import { sql, type Kysely } from 'kysely';
import { capabilitiesOf } from '../dialect-capabilities.ts';
import type { Database } from '../schema.ts';

/**
 * Takes one sign-in attempt for `email`, if any are left: in one transaction that other sign-ins wait
 * for, counts the email's failures since `sinceIso` and, when fewer than `limit`, records this attempt
 * as a failure straight away, before the password is checked. A right password then clears the email's
 * failures (`clearLoginFailures`); a wrong one leaves the attempt counted. So however many attempts
 * arrive at once, at most `limit` have their password checked in a window: counting after the check, 40
 * parallel wrong passwords were all checked and none refused. Failures older than the window are pruned.
 */
export async function takeLoginAttempt(db: Kysely<Database>, email: string, atIso: string, sinceIso: string, limit: number): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const lock = capabilitiesOf(trx).lockAgainstWriters('login_failures');
    if (lock !== null) await sql.raw(lock).execute(trx);
    await trx.deleteFrom('login_failures').where('at', '<', sinceIso).execute();
    const row = await trx
      .selectFrom('login_failures')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('email', '=', email)
      .executeTakeFirst();
    if (Number(row?.n ?? 0) >= limit) return false;
    await trx.insertInto('login_failures').values({ email, at: atIso }).execute();
    return true;
  });
}

export async function clearLoginFailures(db: Kysely<Database>, email: string): Promise<void> {
  await db.deleteFrom('login_failures').where('email', '=', email).execute();
}
