/**
 * What databases made by landed versions record differently from this code, and the only departures from
 * name order this code accepts because of it (docs/decisions/0008-pupils-on-another-roll-are-held-not-moved.md,
 * "Migration numbers"). Landed migration files are never renamed or edited again: these two tables are the fix
 * forward, and nothing else is let through (migration-order.ts).
 */

/** A migration that a landed version recorded under another name; the file is byte-identical under both. */
export interface FormerMigrationName {
  /** The name Kysely's table (and `migration_checksums`) holds in a database that version made. */
  readonly formerName: string;
  /** This code's name; a record is renamed only when its checksum is this migration's (or none was recorded). */
  readonly name: string;
  /** The landed versions (commits) that named it so. */
  readonly landedIn: readonly string[];
}

export const FORMER_MIGRATION_NAMES: readonly FormerMigrationName[] = [
  { formerName: '0018-pupils-held-elsewhere', name: '0023-pupils-held-elsewhere', landedIn: ['a021ace', '595557f'] },
  { formerName: '0040-catch-up-tallies', name: '0037-catch-up-tallies', landedIn: ['595557f'] },
];

/** Two migrations that may run against name order: `earlier` (by name) after `later`. */
export interface MigrationsRunOutOfOrder {
  readonly earlier: string;
  readonly later: string;
  /** Why either order gives the same schema and rows. */
  readonly why: string;
}

export const MIGRATIONS_RUN_OUT_OF_ORDER: readonly MigrationsRunOutOfOrder[] = [
  {
    earlier: '0022-pseudonym-key-fingerprint',
    later: '0023-pupils-held-elsewhere',
    why: 'as 0018 (a021ace, 595557f) 0023 ran before 0022; 0023 adds careers_pupils.held_for, 0022 creates installation_keys',
  },
  {
    earlier: '0037-catch-up-tallies',
    later: '0038-user-names',
    why: 'a021ace had no 0037 and ran 0038; as 0040 (595557f) 0037 ran after 0038; 0037 creates and fills the catch-up tallies from the catch-up tables, 0038 adds users.name',
  },
  {
    earlier: '0037-catch-up-tallies',
    later: '0039-audit-log-lookups',
    why: 'as 0040 (595557f) 0037 ran after 0039; 0039 only indexes audit_log',
  },
];

/** The name this code knows a recorded migration by: its own, unless it is a former name. */
export function currentMigrationNameOf(recorded: string): string {
  return FORMER_MIGRATION_NAMES.find((f) => f.formerName === recorded)?.name ?? recorded;
}

/** Whether `earlier` (by name) may have run, or may run, after `later`. */
export function mayRunAfter(earlier: string, later: string): boolean {
  return MIGRATIONS_RUN_OUT_OF_ORDER.some((pair) => pair.earlier === earlier && pair.later === later);
}
