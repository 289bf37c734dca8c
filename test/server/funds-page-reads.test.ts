import { AliasNode, SelectQueryNode, TableNode, type KyselyPlugin, type OperationNode, type PluginTransformQueryArgs, type PluginTransformResultArgs, type QueryResult, type RootOperationNode, type UnknownRow } from 'kysely';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../src/server/app.ts';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { loadDemoData } from '../../src/storage/seed/load-demo-data.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';

// Issue 22, known costs: `/api/funds` read every fund to order parents first, though a reply is one page.
// The server here reads through a plugin that counts the rows each select from `funds` brings back.

const isFunds = (node: OperationNode): boolean =>
  (TableNode.is(node) && node.table.identifier.name === 'funds') || (AliasNode.is(node) && isFunds(node.node));

class FundRowsRead implements KyselyPlugin {
  rows = 0;
  readonly #queries = new WeakSet<object>();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (SelectQueryNode.is(args.node) && (args.node.from?.froms.some(isFunds) ?? false)) this.#queries.add(args.queryId);
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.#queries.has(args.queryId)) this.rows += args.result.rows.length;
    return Promise.resolve(args.result);
  }
}

const families = 300;

describe.each(await testEngines())('funds list reads on $name', (engine) => {
  let handle: DatabaseHandle;
  let app: FastifyInstance;
  const read = new FundRowsRead();
  beforeAll(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadDemoData(handle.db, fixedClock());
    const fund = (id: string, parentId: string | null, kind: string) => ({
      id,
      name: `Paged ${id}`,
      amount_pence: 1_000,
      period: '2030/31',
      scope: 'national',
      kind,
      parent_id: parentId,
      opportunity_area_id: 'blackpool',
      source_note: 'test',
    });
    const ids = Array.from({ length: families }, (_, i) => `paged-${String(i).padStart(3, '0')}`);
    await handle.db.insertInto('funds').values(ids.flatMap((id) => [fund(id, null, 'fund'), fund(`${id}-a`, id, 'allocation'), fund(`${id}-c`, id, 'contribution')])).execute();
    app = await buildServer({ db: handle.db.withPlugin(read), engine: handle.engine, clock: fixedClock(), webRoot: null, oidc: null });
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
    await handle.close();
  });

  it('reads the page’s funds and pots and the count, not every fund, for a page deep in the list', async () => {
    read.rows = 0;
    const reply = await app.inject({ method: 'GET', url: '/api/funds?pageSize=10&page=20' });
    expect(reply.statusCode).toBe(200);
    const body = reply.json<{ total: number; items: { id: string; parentId: string | null; funders: { funder: string }[] }[] }>();
    expect(body.items.filter((f) => f.parentId === null)).toHaveLength(10);
    expect(body.total).toBeGreaterThan(families);
    // The page's 10 funds, their 20 pots and the count's one row (reading every fund was over 900 rows).
    expect(read.rows).toBeLessThanOrEqual(10 * 3 + 1);
  });

  it('reads the page and its funds’ contribution pots for one area’s list', async () => {
    read.rows = 0;
    const reply = await app.inject({ method: 'GET', url: '/api/funds?opportunityArea=blackpool&pageSize=10&page=20' });
    const body = reply.json<{ items: { id: string; parentId: string | null; funders: { funder: string; amountPence: number }[] }[] }>();
    expect(body.items.filter((f) => f.parentId === null)).toHaveLength(10);
    expect(body.items.find((f) => f.parentId === null)?.funders).toEqual([{ funder: '', amountPence: 1_000, percent: 100 }]);
    expect(read.rows).toBeLessThanOrEqual(10 * 4 + 1);
  });
});
