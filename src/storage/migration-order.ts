import { mayRunAfter } from './migration-history.ts';

/** One row of Kysely's migration table. */
export interface ExecutedMigration {
  readonly name: string;
  /** ISO time it ran, as Kysely writes it. */
  readonly timestamp: string;
}

/** A database whose applied migrations are not the first of this code's list, in order, beyond the known cases. */
export class MigrationOrderError extends Error {
  constructor(
    readonly location: string,
    readonly problems: readonly string[],
  ) {
    super(
      `The database at ${location} cannot be migrated by this version: ${problems.join('; ')}. ` +
        'A new migration must be numbered after every migration that has landed. Use the version that made this database until a fix forward is released.',
    );
    this.name = 'MigrationOrderError';
  }
}

const timeOf = (m: ExecutedMigration): number => new Date(m.timestamp).getTime();

/**
 * Kysely's own rule, which this code applies in its place: every applied migration is in the code, none is
 * pending before one that has run, and they ran in name order (Kysely orders them by time, then name). The
 * only exceptions are the pairs in MIGRATIONS_RUN_OUT_OF_ORDER. `executed` holds this code's names (former
 * names already renamed); `names` is the code's list.
 */
export function findMigrationOrderProblems(executed: readonly ExecutedMigration[], names: readonly string[]): readonly string[] {
  const problems: string[] = [];
  const ran = new Set(executed.map((m) => m.name));
  for (const m of executed) {
    if (!names.includes(m.name)) problems.push(`migration ${m.name} has run on it, but this code does not hold it`);
  }
  for (const pending of [...names].sort().filter((name) => !ran.has(name))) {
    const after = [...ran].filter((name) => names.includes(name) && name > pending && !mayRunAfter(pending, name)).sort();
    if (after.length === 1) problems.push(`migration ${pending} has not run on it, but ${after.join('')}, which comes after it, has`);
    if (after.length > 1) problems.push(`migration ${pending} has not run on it, but ${after.join(', ')}, which come after it, have`);
  }
  for (const a of executed) {
    for (const b of executed) {
      if (a.name < b.name && timeOf(a) > timeOf(b) && !mayRunAfter(a.name, b.name)) problems.push(`migration ${a.name} ran after ${b.name}, which comes after it`);
    }
  }
  return problems;
}

/** Throws MigrationOrderError naming every migration out of place. */
export function assertMigrationOrderOrThrow(executed: readonly ExecutedMigration[], names: readonly string[], location: string): void {
  const problems = findMigrationOrderProblems(executed, names);
  if (problems.length > 0) throw new MigrationOrderError(location, problems);
}
