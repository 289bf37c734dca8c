import type { Transaction } from 'kysely';
import { capabilitiesOf } from '../../dialect-capabilities.ts';
import type { Database } from '../../schema.ts';
import { execute } from '../../bulk-insert.ts';

const ADD = 'on conflict (employer_id, urn) do update set encounters = careers_employer_schools.encounters + excluded.encounters';

/**
 * Adds to employer load (sign 1), or takes from it (sign -1), the encounters `encountersQuery` selects:
 * columns `employer_id` and `urn`, one row per encounter, those with no employer (0) ignored. Pairs left
 * with no encounters are removed. Run inside the transaction that writes those encounters, before a
 * deletion and after an insertion, under `lockLedger`.
 */
export async function adjustEmployerLoad(trx: Transaction<Database>, encountersQuery: string, sign: 1 | -1): Promise<void> {
  await execute(
    trx,
    `insert into careers_employer_schools (employer_id, urn, encounters)
     select employer_id, urn, ${String(sign)} * count(*) from (${encountersQuery}) d where employer_id <> 0 group by employer_id, urn ${ADD}`,
  );
  // Only the employers just adjusted can have fallen to none: look there, not through the whole load.
  if (sign < 0) await execute(trx, `delete from careers_employer_schools where employer_id in (select employer_id from (${encountersQuery}) d) and encounters <= 0`);
}

/**
 * Takes the ledger for the rest of the transaction, so figures kept beside it (employer load, the pupils'
 * tallies) are adjusted from what this writer saw: on PostgreSQL other writers of the ledger wait, readers
 * do not; SQLite has one writer at a time anyway.
 */
export async function lockLedger(trx: Transaction<Database>): Promise<void> {
  const lock = capabilitiesOf(trx).lockAgainstWriters('careers_encounters');
  if (lock !== null) await execute(trx, lock);
}
