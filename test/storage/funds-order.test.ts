import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../src/storage/migrate.ts';
import { createServices, type Services } from '../../src/storage/services/create-services.ts';
import { testEngines } from '../support/engines.ts';

// The funds list is ordered in SQL so a page reads only its own funds (issue 22, known costs): these pin the
// order the list had when it was sorted in JavaScript with Intl.Collator, on both engines.

const fund = (id: string, name: string, over: { parent?: string; kind?: string; scope?: string; period?: string } = {}) => ({
  id,
  name,
  amount_pence: 1_000,
  period: over.period ?? '2030/31',
  scope: over.scope ?? 'national',
  kind: over.kind ?? (over.parent === undefined ? 'fund' : 'allocation'),
  parent_id: over.parent ?? null,
  opportunity_area_id: null,
  source_note: 'test',
});

describe.each(await testEngines())('funds list order on $name', (engine) => {
  let handle: DatabaseHandle;
  let funds: Services['funds'];
  beforeAll(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    // Inserted out of order, with names that differ only in case and a pot with pots of its own.
    await handle.db
      .insertInto('funds')
      .values([
        fund('z-gamma', 'Gamma'),
        fund('z-gamma-b', 'pot b', { parent: 'z-gamma' }),
        fund('z-gamma-ring', 'Ring', { parent: 'z-gamma', kind: 'ring_fenced' }),
        fund('z-gamma-a', 'Pot A', { parent: 'z-gamma' }),
        fund('z-gamma-a-2', 'Second', { parent: 'z-gamma-a', kind: 'contribution' }),
        fund('z-gamma-a-1', 'first', { parent: 'z-gamma-a', kind: 'contribution' }),
        fund('z-beta', 'beta'),
        fund('z-alpha', 'Alpha'),
        fund('z-ab-upper', 'Ab'),
        fund('z-ab-lower', 'ab'),
        fund('z-ab-mixed', 'aB'),
        fund('z-early', 'Zeta', { period: '2017/18' }),
        fund('z-programme', 'Zulu programme', { scope: 'programme', period: '2040/41' }),
      ])
      .execute();
    funds = createServices(handle.db, handle.engine).funds;
  });
  afterAll(async () => {
    await handle.close();
  });

  it('lists top-level funds by scope, period and name (case aside, lower case first), each followed by its pots by kind and name', async () => {
    const ids = (await funds.listFunds()).map((f) => f.id);
    expect(ids).toEqual([
      'z-programme',
      'z-early',
      'z-ab-lower',
      'z-ab-mixed',
      'z-ab-upper',
      'z-alpha',
      'z-beta',
      'z-gamma',
      'z-gamma-a',
      'z-gamma-a-1',
      'z-gamma-a-2',
      'z-gamma-b',
      'z-gamma-ring',
    ]);
    // The order Intl.Collator gave when the list was sorted in JavaScript.
    const names = (await funds.listFunds()).filter((f) => f.parentId === null && f.period === '2030/31').map((f) => f.name);
    expect(names).toEqual([...names].sort(new Intl.Collator().compare));
  });

  it('pages whole families in the same order, reading the count of families beside the page', async () => {
    const all = await funds.listFunds();
    for (const limit of [1, 2, 3]) {
      const pages = [];
      let total = 0;
      for (let offset = 0; offset < 10; offset += limit) {
        const page = await funds.listFundsPage({}, { offset, limit });
        total = page.total;
        pages.push(...page.funds);
      }
      expect(total).toBe(8);
      expect(pages.map((f) => f.id)).toEqual(all.map((f) => f.id));
    }
    const gamma = await funds.listFundsPage({}, { offset: 7, limit: 1 });
    expect(gamma.funds.map((f) => f.id)).toEqual(['z-gamma', 'z-gamma-a', 'z-gamma-a-1', 'z-gamma-a-2', 'z-gamma-b', 'z-gamma-ring']);
  });

  it('gives one fund with the pots below it by id, top-level or not, and nothing for an unknown id', async () => {
    expect((await funds.listFundsPage({ id: 'z-gamma-a' }, { offset: 0, limit: 100 })).funds.map((f) => f.id)).toEqual(['z-gamma-a', 'z-gamma-a-1', 'z-gamma-a-2']);
    expect(await funds.listFundsPage({ id: 'z-gamma-a' }, { offset: 1, limit: 100 })).toEqual({ total: 1, funds: [] });
    expect(await funds.listFundsPage({ id: 'nothing' }, { offset: 0, limit: 100 })).toEqual({ total: 0, funds: [] });
  });

  it('finds the contribution pots of the funds asked about', async () => {
    expect((await funds.listContributionsTo(['z-gamma-a', 'z-beta'])).map((f) => f.id).sort()).toEqual(['z-gamma-a-1', 'z-gamma-a-2']);
  });
});
