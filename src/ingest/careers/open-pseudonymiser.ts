import type { Kysely } from 'kysely';
import { countKeyedPupils, readKeyFingerprint, recordKeyFingerprint } from '../../storage/repositories/installation-keys.repository.ts';
import type { Database } from '../../storage/schema.ts';
import { connectionOf, type Services } from '../../storage/services/create-services.ts';
import { createPseudonymiser, loadOrCreatePseudonymKey, PseudonymKeyError, pseudonymKeyFingerprint, readPseudonymKey } from './pseudonym-key.ts';

/**
 * Refuses, with how to put it right, a key that would give the ledger's pupils new pseudonyms (issue 23,
 * finding 10): none at `path` while the ledger holds pupils, or one whose fingerprint is not the ledger's.
 * Without this, a database restored or moved without its key made a new one, and the next import counted
 * every pupil twice. Creates nothing; for a service checking before it starts.
 */
export async function checkPseudonymKeyOrThrow(db: Kysely<Database>, path: string): Promise<void> {
  const key = readPseudonymKey(path);
  const stored = await readKeyFingerprint(db, 'careers-pseudonym');
  if (key === null) {
    const pupils = await countKeyedPupils(db);
    if (pupils > 0) throw new PseudonymKeyError(missingKeyMessage(path, pupils));
    return;
  }
  const fingerprint = pseudonymKeyFingerprint(key);
  if (stored !== null && stored !== fingerprint) {
    const pupils = await countKeyedPupils(db);
    if (pupils > 0) throw new PseudonymKeyError(wrongKeyMessage(path, pupils, fingerprint, stored));
  }
}

/**
 * The pseudonymiser for the ledger in `db`, once the key at `path` is known to be the one its pupils were
 * made with (checkPseudonymKeyOrThrow). An empty ledger may start a new key: it is created, and its
 * fingerprint recorded. A ledger that held pupils before fingerprints were kept (migration 0022) records the
 * fingerprint of the key it is first used with.
 */
export async function openPseudonymiserOrThrow(services: Services, path: string, now: () => Date): Promise<(upn: string) => string> {
  const db = connectionOf(services);
  await checkPseudonymKeyOrThrow(db, path);
  const key = loadOrCreatePseudonymKey(path);
  const fingerprint = pseudonymKeyFingerprint(key);
  if ((await readKeyFingerprint(db, 'careers-pseudonym')) !== fingerprint) await recordKeyFingerprint(db, 'careers-pseudonym', fingerprint, now().toISOString());
  return createPseudonymiser(key);
}

const pupilsText = (n: number) => `${n.toLocaleString('en-GB')} pupil${n === 1 ? '' : 's'}`;

function missingKeyMessage(path: string, pupils: number): string {
  return (
    `The pseudonymisation key is missing: there is no file at ${path}, but the careers ledger holds ${pupilsText(pupils)} made with a key. ` +
    'A new key would count every pupil imported again twice. Put the key file back from the backup the database came from ' +
    '(oa restore puts it back with the database), or set OA_PSEUDONYM_KEY_FILE to where it is'
  );
}

function wrongKeyMessage(path: string, pupils: number, fingerprint: string, stored: string): string {
  return (
    `The pseudonymisation key at ${path} (fingerprint ${fingerprint.slice(0, 12)}) is not the key the careers ledger's ${pupilsText(pupils)} ` +
    `were made with (fingerprint ${stored.slice(0, 12)}): with it every pupil imported again would be counted twice. ` +
    'Put back the key file from the same backup as the database, or set OA_PSEUDONYM_KEY_FILE to the right one'
  );
}
