import { setImmediate as nextTurn } from 'node:timers/promises';
import type { Kysely, KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs, QueryResult, RootOperationNode, UnknownRow } from 'kysely';
import type { Database } from './schema.ts';

/**
 * better-sqlite3 answers synchronously, so a handler's chain of queries runs as one turn of the event loop:
 * ten 30 ms queries block every other request for 300 ms. Handing each result over on the next turn lets
 * other requests run between queries, so a handler blocks the loop for its longest query and the work
 * between queries, not for the sum (docs/security.md, Bounded work).
 */
class YieldBetweenQueriesPlugin implements KyselyPlugin {
  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return args.node;
  }

  async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    await nextTurn();
    return args.result;
  }
}

/**
 * `db` with every query result handed over on a later turn of the event loop. For read-only routes only:
 * a transaction begun through it would stay open across those turns, and statements run directly on the
 * SQLite connection by another request (bulk writes, column reads) would land inside it.
 */
export function yieldingBetweenQueries(db: Kysely<Database>): Kysely<Database> {
  return db.withPlugin(new YieldBetweenQueriesPlugin());
}
