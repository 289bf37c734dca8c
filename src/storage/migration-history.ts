import { MIGRATION_CHECKSUMS } from './migrations/checksums.ts';

/**
 * What landed versions did to the migration list that Kysely's own rules cannot follow, and the rule this
 * code checks instead of Kysely's order check. A landed migration is never edited or renamed in the code
 * again; these tables say how a database made before such a mistake was fixed is brought forward
 * (docs/decisions/0008-pupils-on-another-roll-are-held-not-moved.md, "Migration numbers").
 */

/** A landed migration renamed by a later landed version, its code unchanged. */
export interface MigrationRename {
  /** The name a database made by the earlier version records. */
  readonly from: string;
  /** The name in this code; the recorded checksum of `from` must be this migration's (MIGRATION_CHECKSUMS). */
  readonly to: string;
  readonly why: string;
}

export const MIGRATION_RENAMES: readonly MigrationRename[] = [
  {
    from: '0018-pupils-held-elsewhere',
    to: '0023-pupils-held-elsewhere',
    why:
      'a021ace landed it as 0018, numbered into the gap before 0022; be1f265 landed the same file (same checksum) as 0023. ' +
      'A database a021ace made records 0018, which Kysely calls a missing migration.',
  },
];

/** A migration allowed to run after some that sort after it, because a landed version applied those first. */
export interface LateMigration {
  readonly name: string;
  /** The later migrations that may already have run; it reads and writes nothing they change. */
  readonly mayRunAfter: readonly string[];
  readonly why: string;
}

export const LATE_MIGRATIONS: readonly LateMigration[] = [
  {
    name: '0037-catch-up-tallies',
    mayRunAfter: ['0038-user-names'],
    why:
      'be1f265 landed 0037 when a021ace had already landed 0038. 0037 creates the two catch-up tally tables and fills them from the ' +
      'catch-up tables of 0030 and 0031; 0038 only adds users.name. Neither touches what the other reads or writes, so either order ' +
      'gives the same schema and rows.',
  },
];

/** One row of Kysely's `kysely_migration` table. */
export interface ExecutedMigration {
  readonly name: string;
  /** ISO time it ran, as Kysely writes it. */
  readonly timestamp: string;
}

/** The name this code knows an executed migration by: renamed where MIGRATION_RENAMES says so, else its own. */
export function currentNameOf(name: string): string {
  return MIGRATION_RENAMES.find((r) => r.from === name)?.to ?? name;
}

/** Whether migration `earlier` may run (or have run) after `later`, which sorts after it. */
function mayRunAfter(earlier: string, later: string): boolean {
  if (LATE_MIGRATIONS.some((m) => m.name === earlier && m.mayRunAfter.includes(later))) return true;
  // A renamed migration ran at its old place: before every migration between its old and new names.
  return MIGRATION_RENAMES.some((r) => r.to === later && r.from < earlier && earlier < later);
}

/** A database whose applied migrations this code cannot bring forward safely. */
export class MigrationOrderError extends Error {
  constructor(
    readonly location: string,
    readonly problems: readonly string[],
  ) {
    super(
      `The database at ${location} cannot be migrated by this version: ${problems.join('; ')}. ` +
        'Use the version that made it, or ask for a fix that brings it forward (a migration that has landed is never renumbered).',
    );
    this.name = 'MigrationOrderError';
  }
}

/**
 * What Kysely checks (every applied migration is in the code, and they are the first ones of the list, in the
 * order they ran), except for the known cases above. `executed` holds the names this code uses (renames done).
 */
export function findMigrationOrderProblems(executed: readonly ExecutedMigration[], names: readonly string[]): readonly string[] {
  const problems: string[] = [];
  const ran = new Set(executed.map((m) => m.name));
  for (const m of executed) {
    if (!names.includes(m.name)) problems.push(`migration ${m.name} has run on it, but this code does not hold it`);
  }
  for (const pending of names.filter((n) => !ran.has(n))) {
    const after = executed.filter((m) => m.name > pending && !mayRunAfter(pending, m.name)).map((m) => m.name).sort();
    if (after.length === 1) problems.push(`migration ${pending} has not run on it, but ${after.join('')}, which comes after it, has`);
    if (after.length > 1) problems.push(`migration ${pending} has not run on it, but ${after.join(', ')}, which come after it, have`);
  }
  const time = (m: ExecutedMigration): number => new Date(m.timestamp).getTime();
  for (const a of executed) {
    for (const b of executed) {
      if (a.name < b.name && time(a) > time(b) && !mayRunAfter(a.name, b.name)) problems.push(`migration ${a.name} ran after ${b.name}, which comes after it`);
    }
  }
  return problems;
}

/** Throws MigrationOrderError naming each migration out of place. */
export function assertMigrationOrderOrThrow(executed: readonly ExecutedMigration[], names: readonly string[], location: string): void {
  const problems = findMigrationOrderProblems(executed, names);
  if (problems.length > 0) throw new MigrationOrderError(location, problems);
}

/** The checksum a recorded `from` must have for the rename: that of the migration it is renamed to. */
export function renameChecksumOf(rename: MigrationRename): string | undefined {
  return MIGRATION_CHECKSUMS[rename.to];
}
