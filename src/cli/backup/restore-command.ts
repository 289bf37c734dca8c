import { closeSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { formatPseudonymKey, pseudonymKeyFingerprint, readPseudonymKey } from '../../ingest/careers/pseudonym-key.ts';
import { listOwnTables } from '../../storage/backup/database-tables.ts';
import { pgRestore } from '../../storage/backup/postgres-tools.ts';
import { checkSqliteFile, restoreSqlite } from '../../storage/backup/sqlite-backup.ts';
import { migrationStatus } from '../../storage/migrate.ts';
import { countKeyedPupils, readKeyFingerprint } from '../../storage/repositories/installation-keys.repository.ts';
import { loadConfigOrThrow, pseudonymKeyPathOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import type { CliIo } from '../io.ts';
import { withDatabase } from '../open-database.ts';
import { passphraseOrThrow } from './backup-command.ts';
import { KEY_FILE, readBackupOrProblem } from './backup-manifest.ts';
import { openKey } from './key-envelope.ts';

export interface RestoreOptions {
  readonly folder: string;
  readonly passphraseStdin: boolean;
  readonly force: boolean;
}

/**
 * `oa restore FOLDER`: puts a backup back into the database DATABASE_URL names, and its pseudonymisation key
 * where the key setting points. Everything that could stop it is checked before anything is written: the
 * backup whole and unchanged, the same engine, the passphrase, an empty database and no different key
 * already in place (both allowed with --force, which keeps the replaced key beside it).
 */
export async function runRestore(io: CliIo, options: RestoreOptions): Promise<void> {
  const config = loadConfigOrThrow(io.env);
  const read = await readBackupOrProblem(options.folder);
  if (!read.ok) throw new Error(read.reason);
  const manifest = read.manifest;
  if (manifest.engine !== config.database.engine) {
    throw new UsageError(
      `This backup is of a ${engineName(manifest.engine)} database, and DATABASE_URL names a ${engineName(config.database.engine)} one: ` +
        `restore it into ${manifest.engine === 'sqlite' ? 'a sqlite: database' : 'a postgres:// database'}`,
    );
  }
  if (config.database.engine === 'sqlite' && config.database.path === ':memory:') throw new UsageError('A backup cannot be restored into an in-memory database (sqlite::memory:): give a file');
  const databaseFile = join(options.folder, manifest.database.file);
  if (manifest.engine === 'sqlite') {
    const problem = checkSqliteFile(databaseFile);
    if (problem !== null) throw new Error(`The database in this backup is damaged (${problem}): use another copy of the backup`);
  }

  // The key: opened and its place checked before the database is touched.
  let key: { readonly bytes: Buffer; readonly path: string; readonly replaces: boolean; readonly alreadyThere: boolean } | null = null;
  if (manifest.pseudonymKey !== null) {
    const path = pseudonymKeyPathOrThrow(io.env, config.database);
    const opened = openKey(JSON.parse(readFileSync(join(options.folder, KEY_FILE), 'utf8')), await passphraseOrThrow(io, options.passphraseStdin));
    if (!opened.ok) throw new UsageError(opened.reason);
    if (pseudonymKeyFingerprint(opened.key) !== manifest.pseudonymKey.fingerprint) throw new Error('The key in this backup is not the one its manifest names: the backup is damaged');
    const existing = readPseudonymKey(path);
    const replaces = existing !== null && !existing.equals(opened.key);
    const alreadyThere = existing?.equals(opened.key) === true;
    if (replaces && !options.force) {
      throw new UsageError(
        `There is already a different pseudonymisation key at ${path}. Restoring would replace it, and pupils made with it would no longer match: ` +
          'move it away first, or run again with --force (it is then kept beside the restored key)',
      );
    }
    key = { bytes: opened.key, path, replaces, alreadyThere };
  }

  await withDatabase(config.database, async (handle) => {
    const tables = await listOwnTables(handle.db);
    if (tables.length > 0 && !options.force) {
      throw new UsageError(
        `The database at ${handle.location} is not empty (it has ${String(tables.length)} tables): restore into a new, empty database, ` +
          'or run again with --force to replace what it holds',
      );
    }
    if (config.database.engine === 'postgres') await pgRestore(config.database, databaseFile, { clean: tables.length > 0 }, io.env);
  });
  // SQLite is restored with the target closed here: the backup API opens it itself.
  if (config.database.engine === 'sqlite') await restoreSqlite(databaseFile, config.database.path);

  if (key !== null) writeKey(key, io.now());

  await withDatabase(config.database, async (handle) => {
    const status = await migrationStatus(handle.db);
    const pupils = await countKeyedPupils(handle.db).catch(() => 0);
    const stored = await readKeyFingerprint(handle.db, 'careers-pseudonym').catch(() => null);
    io.stdout(`Restored ${handle.location} from ${options.folder} (backed up ${manifest.createdAt}): ${String(pupils)} careers pupils.\n`);
    if (key?.alreadyThere === true) io.stdout(`The pseudonymisation key at ${key.path} is already the backup's.\n`);
    else if (key !== null) io.stdout(`Put the pseudonymisation key back at ${key.path}${key.replaces ? ` (the key that was there is kept at ${key.path}.replaced-${stamp(io.now())})` : ''}.\n`);
    if (key === null && pupils > 0) {
      io.stderr(
        `Warning: this backup has no pseudonymisation key${manifest.keyLeftOut ? ' (it was made with --without-key)' : ''}, and the ledger holds ${String(pupils)} pupils. ` +
          'Put their key file back where OA_PSEUDONYM_KEY_FILE (or the default beside the database) points: until then oa careers import refuses to run.\n',
      );
    }
    if (key !== null && stored !== null && stored !== pseudonymKeyFingerprint(key.bytes)) {
      io.stderr('Warning: the restored ledger records a different key fingerprint from the key in the backup: oa careers import will refuse to run until the right key is in place.\n');
    }
    if (status.pending.length > 0) io.stdout(`The database needs ${String(status.pending.length)} migration(s) for this version of the service: run oa db migrate.\n`);
  });
}

/** Writes the key with mode 0600, moving a different key that was there aside first (--force). */
function writeKey(key: { readonly bytes: Buffer; readonly path: string; readonly replaces: boolean }, now: Date): void {
  const existing = readPseudonymKey(key.path);
  if (existing?.equals(key.bytes) === true) return;
  if (existing !== null) renameSync(key.path, `${key.path}.replaced-${stamp(now)}`);
  mkdirSync(dirname(key.path), { recursive: true });
  const fd = openSync(key.path, 'wx', 0o600);
  try {
    writeSync(fd, formatPseudonymKey(key.bytes));
  } finally {
    closeSync(fd);
  }
}

const stamp = (now: Date) => now.toISOString().replace(/[:.]/g, '-');
const engineName = (engine: 'sqlite' | 'postgres') => (engine === 'sqlite' ? 'SQLite' : 'PostgreSQL');
