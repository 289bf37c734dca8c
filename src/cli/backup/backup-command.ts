import { chmodSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pseudonymKeyFingerprint, readPseudonymKey } from '../../ingest/careers/pseudonym-key.ts';
import { formatBytes } from '../../ingest/csv/read-text-file.ts';
import { pgDump } from '../../storage/backup/postgres-tools.ts';
import { backupSqlite } from '../../storage/backup/sqlite-backup.ts';
import type { DatabaseTarget } from '../../storage/database-url.ts';
import { migrationStatus } from '../../storage/migrate.ts';
import { countKeyedPupils, readKeyFingerprint } from '../../storage/repositories/installation-keys.repository.ts';
import { loadConfigOrThrow, pseudonymKeyPathOrThrow } from '../config.ts';
import { UsageError } from '../failure.ts';
import type { CliIo } from '../io.ts';
import { withDatabase } from '../open-database.ts';
import { describeFile, KEY_FILE, MANIFEST_FILE, type BackupManifest } from './backup-manifest.ts';
import { passphraseProblem, sealKey } from './key-envelope.ts';

export interface BackupOptions {
  readonly folder: string;
  readonly passphraseStdin: boolean;
  readonly withoutKey: boolean;
}

/**
 * `oa backup FOLDER`: the database (SQLite's online backup API, or pg_dump) and the pseudonymisation key
 * (encrypted under a passphrase) into a new folder with a manifest of checksums. A failed backup leaves no
 * half-written folder behind.
 */
export async function runBackup(io: CliIo, options: BackupOptions): Promise<void> {
  const config = loadConfigOrThrow(io.env);
  if (config.database.engine === 'sqlite' && config.database.path === ':memory:') throw new UsageError('An in-memory database (sqlite::memory:) cannot be backed up: it goes when the command ends');
  const keyPath = keyPathOrNull(io.env, config.database);
  const key = options.withoutKey || keyPath === null ? null : readPseudonymKey(keyPath);
  const passphrase = key === null ? null : await passphraseOrThrow(io, options.passphraseStdin);
  const createdFolder = startEmptyFolderOrThrow(options.folder);
  try {
    await withDatabase(config.database, async (handle) => {
      const databaseFile = handle.engine === 'sqlite' ? 'database.sqlite' : 'database.pgdump';
      const destination = join(options.folder, databaseFile);
      if (config.database.engine === 'sqlite') await backupSqlite(handle.db, destination);
      else await pgDump(config.database, destination, io.env);
      // It holds pseudonymised pupil records: only the owner may read it.
      chmodSync(destination, 0o600);
      const keyedPupils = await countKeyedPupils(handle.db).catch(() => 0);
      const stored = await readKeyFingerprint(handle.db, 'careers-pseudonym').catch(() => null);
      let pseudonymKey: BackupManifest['pseudonymKey'] = null;
      if (key !== null && passphrase !== null) {
        const fingerprint = pseudonymKeyFingerprint(key);
        if (stored !== null && stored !== fingerprint && keyedPupils > 0) {
          io.stderr(`Warning: the key at ${keyPath ?? ''} is not the one the ledger's ${String(keyedPupils)} pupils were made with; it is backed up as it is.\n`);
        }
        writeFileSync(join(options.folder, KEY_FILE), `${JSON.stringify(sealKey(key, passphrase), null, 2)}\n`, { mode: 0o600, flag: 'wx' });
        pseudonymKey = { ...(await describeFile(options.folder, KEY_FILE)), fingerprint };
      } else if (keyedPupils > 0 && !options.withoutKey) {
        io.stderr(`Warning: the careers ledger holds ${String(keyedPupils)} pupils but there is no pseudonymisation key${keyPath === null ? ' setting (OA_PSEUDONYM_KEY_FILE)' : ` at ${keyPath}`}: this backup has none.\n`);
      }
      const manifest: BackupManifest = {
        format: 'opportunity-areas-backup',
        version: 1,
        createdAt: io.now().toISOString(),
        engine: handle.engine,
        migration: (await migrationStatus(handle.db)).current,
        database: await describeFile(options.folder, databaseFile),
        keyedPupils,
        pseudonymKey,
        keyLeftOut: options.withoutKey,
      };
      writeFileSync(join(options.folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600, flag: 'wx' });
      io.stdout(
        `Backed up ${handle.location} to ${options.folder}: the database (${formatBytes(manifest.database.bytes)}, ${manifest.migration ?? 'no migrations'})` +
          (pseudonymKey !== null
            ? ', and the pseudonymisation key encrypted with your passphrase. Keep the passphrase apart from the backup: without it the key cannot be restored.\n'
            : options.withoutKey
              ? '; the pseudonymisation key was left out (--without-key).\n'
              : '; there was no pseudonymisation key to include.\n'),
      );
    });
  } catch (error) {
    // Nothing half-written is left to be mistaken for a backup.
    for (const file of ['database.sqlite', 'database.pgdump', KEY_FILE, MANIFEST_FILE]) rmSync(join(options.folder, file), { force: true });
    if (createdFolder) rmSync(options.folder, { recursive: true, force: true });
    throw error;
  }
}

/** Where the key file is, or null when this installation has no key setting (PostgreSQL without one). */
function keyPathOrNull(env: NodeJS.ProcessEnv, database: DatabaseTarget): string | null {
  try {
    return pseudonymKeyPathOrThrow(env, database);
  } catch {
    return null;
  }
}

/** The passphrase from standard input (--passphrase-stdin) or OA_BACKUP_PASSPHRASE; refuses a weak or missing one. */
export async function passphraseOrThrow(io: CliIo, fromStdin: boolean): Promise<string> {
  const passphrase = fromStdin ? (await io.readStdin()).replace(/\r?\n$/, '') : (io.env['OA_BACKUP_PASSPHRASE'] ?? '');
  if (passphrase === '') {
    throw new UsageError(
      'This installation has a pseudonymisation key, which the backup must protect with a passphrase. Pipe one in with --passphrase-stdin, ' +
        'or set OA_BACKUP_PASSPHRASE (or leave the key out with --without-key and back it up another way)',
    );
  }
  const problem = passphraseProblem(passphrase);
  if (problem !== null) throw new UsageError(problem);
  return passphrase;
}

/** Creates `folder` readable only by its owner, refusing one that already holds files; true when it made it. */
function startEmptyFolderOrThrow(folder: string): boolean {
  let existing: string[] = [];
  try {
    existing = readdirSync(folder);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR') throw new UsageError(`${folder} is a file: give a folder for the backup`);
    if (code !== 'ENOENT') throw error;
  }
  if (existing.length > 0) throw new UsageError(`${folder} is not empty: give a new folder for each backup, so none is overwritten`);
  return mkdirSync(folder, { recursive: true, mode: 0o700 }) !== undefined;
}
