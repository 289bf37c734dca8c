import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

/** The purposes a key is kept for; one so far. */
export type KeyPurpose = 'careers-pseudonym';

/** The fingerprint recorded for the key of `purpose`, or null when none has been recorded. */
export async function readKeyFingerprint(db: Kysely<Database>, purpose: KeyPurpose): Promise<string | null> {
  const row = await db.selectFrom('installation_keys').select('fingerprint').where('purpose', '=', purpose).executeTakeFirst();
  return row?.fingerprint ?? null;
}

/** Records (or replaces) the fingerprint of the key of `purpose`. */
export async function recordKeyFingerprint(db: Kysely<Database>, purpose: KeyPurpose, fingerprint: string, at: string): Promise<void> {
  await db
    .insertInto('installation_keys')
    .values({ purpose, fingerprint, recorded_at: at })
    .onConflict((oc) => oc.column('purpose').doUpdateSet({ fingerprint, recorded_at: at }))
    .execute();
}

/**
 * How many pupils of the careers and tutoring ledgers and of holiday attendance came from real records (made with the key), not the
 * synthetic generator: all use the one key, so any of them holding pupils makes a missing or wrong key an error.
 */
export async function countKeyedPupils(db: Kysely<Database>): Promise<number> {
  let pupils = 0;
  for (const table of ['careers_pupils', 'catch_up_pupils', 'holiday_pupils'] as const) {
    const row = await db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('synthetic', '=', 0)
      .executeTakeFirst();
    pupils += Number(row?.n ?? 0);
  }
  return pupils;
}
