import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

type Connection = Kysely<Database>;

/** A function whose first parameter takes the database connection: a repository function. */
type TakesConnection = (db: Connection, ...args: never) => unknown;

/** A repository module's functions with the connection already given: `listAudit(db, query)` becomes `listAudit(query)`. */
export type BoundRepository<Module> = {
  readonly [Name in keyof Module as Module[Name] extends TakesConnection ? Name : never]: Module[Name] extends (db: never, ...args: infer Args) => infer Result
    ? (...args: Args) => Result
    : never;
};

/**
 * Binds every function of a repository module to one connection. Repositories are modules of functions that take
 * the connection first (so a transaction passes through them unchanged); the composition root binds them once, so
 * routes, commands and use cases call `services.audit.listAudit(query)` and never hold the connection.
 */
export function bindRepository<Module extends object>(module: Module, db: Connection): BoundRepository<Module> {
  const bound: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(module)) {
    if (typeof value === 'function') bound[name] = (...args: unknown[]): unknown => (value as (db: Connection, ...rest: unknown[]) => unknown)(db, ...args);
  }
  return bound as BoundRepository<Module>;
}
