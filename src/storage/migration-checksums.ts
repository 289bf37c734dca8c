import { sql, type Kysely } from 'kysely';
import { capabilitiesOf } from './dialect-capabilities.ts';
import { currentMigrationNameOf } from './migration-history.ts';
import { MIGRATION_CHECKSUMS } from './migrations/checksums.ts';

/** A migration this database ran from code that differs from the code here. */
export interface MigrationDrift {
  readonly name: string;
  readonly recorded: string;
  /** Null when the migration is no longer in the code at all. */
  readonly expected: string | null;
  /** This code's name for it, when `name` is a former name (migration-history.ts). */
  readonly currentName?: string;
}

/** Refusal to work on a database whose schema was made by migrations that have since been edited. */
export class MigrationDriftError extends Error {
  constructor(
    readonly location: string,
    readonly drift: readonly MigrationDrift[],
  ) {
    const names = drift.map(describeDrift).join(', ');
    super(
      `The database at ${location} was made by a different version of migration ${names} than this code holds: ` +
        'its schema may not be what the code expects. Restore a backup made by this version, or migrate a copy with the version that made it, ' +
        'then ask for a new migration that brings it forward (a migration that has landed is never edited).',
    );
    this.name = 'MigrationDriftError';
  }
}

function describeDrift(d: MigrationDrift): string {
  if (d.currentName !== undefined) return `${d.name} (an earlier name of ${d.currentName})`;
  return d.expected === null ? `${d.name} (no longer in the code)` : d.name;
}

/** Bookkeeping beside Kysely's own `kysely_migration` table: the checksum each migration had when it ran. */
const TABLE = 'migration_checksums';

/** In this connection's own schema only, on PostgreSQL (another schema's table says nothing about this one). */
async function checksumTableExists<DB>(db: Kysely<DB>): Promise<boolean> {
  const found =
    capabilitiesOf(db).engine === 'postgres'
      ? await sql<{ found: string | null }>`select to_regclass(${TABLE})::text as found`.execute(db)
      : await sql<{ found: string | null }>`select name as found from sqlite_master where type = 'table' and name = ${TABLE}`.execute(db);
  return (found.rows[0]?.found ?? null) !== null;
}

/** The checksum recorded for each migration, under the name the database records it by. */
export async function readRecordedChecksums<DB>(db: Kysely<DB>): Promise<ReadonlyMap<string, string>> {
  if (!(await checksumTableExists(db))) return new Map();
  const rows = await sql<{ name: string; checksum: string }>`select name, checksum from ${sql.table(TABLE)}`.execute(db);
  return new Map(rows.rows.map((r) => [r.name, r.checksum]));
}

/**
 * Which recorded checksums differ from `expected` (the landed list unless a test passes another). A checksum
 * recorded under a former name (migration-history.ts) is compared with that of the migration's name here.
 */
export function findMigrationDrift(recorded: ReadonlyMap<string, string>, expected: Readonly<Record<string, string>> = MIGRATION_CHECKSUMS): readonly MigrationDrift[] {
  const drift: MigrationDrift[] = [];
  for (const [name, checksum] of [...recorded].sort(([a], [b]) => a.localeCompare(b))) {
    const currentName = currentMigrationNameOf(name);
    const now = expected[currentName] ?? null;
    if (now !== checksum) drift.push({ name, recorded: checksum, expected: now, ...(currentName === name ? {} : { currentName }) });
  }
  return drift;
}

/** Throws MigrationDriftError when a migration this database ran has changed since. Reads only. */
export async function assertNoMigrationDrift<DB>(db: Kysely<DB>, location: string, expected: Readonly<Record<string, string>> = MIGRATION_CHECKSUMS): Promise<void> {
  const drift = findMigrationDrift(await readRecordedChecksums(db), expected);
  if (drift.length > 0) throw new MigrationDriftError(location, drift);
}

/**
 * Records the checksum of every applied migration that has none yet: those just run, and on a database
 * migrated before checksums were kept, every earlier one (taken on trust as the code here: nothing recorded
 * can say otherwise).
 */
export async function recordMigrationChecksums<DB>(db: Kysely<DB>, applied: readonly string[], at: Date, expected: Readonly<Record<string, string>> = MIGRATION_CHECKSUMS): Promise<void> {
  await sql`create table if not exists ${sql.table(TABLE)} (name varchar(200) primary key, checksum varchar(64) not null, recorded_at varchar(30) not null)`.execute(db);
  const recorded = await readRecordedChecksums(db);
  for (const name of applied) {
    if (recorded.has(name)) continue;
    const checksum = expected[name];
    if (checksum === undefined) throw new Error(`Migration ${name} has no checksum in src/storage/migrations/checksums.ts: add its line (npm test prints it)`);
    await sql`insert into ${sql.table(TABLE)} (name, checksum, recorded_at) values (${name}, ${checksum}, ${at.toISOString()}) on conflict (name) do nothing`.execute(db);
  }
}

/** Moves a migration's recorded checksum to another name; part of the caller's transaction. */
export async function renameRecordedChecksum<DB>(db: Kysely<DB>, from: string, to: string): Promise<void> {
  if (!(await checksumTableExists(db))) return;
  await sql`update ${sql.table(TABLE)} set name = ${to} where name = ${from}`.execute(db);
}
