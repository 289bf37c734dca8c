import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';

// Issue 23, "lists that grow with use are not all paged or capped": each list here is filled past its
// default bound, and the reply must stop at the bound and say that more exist.

interface Page<T> {
  page: number;
  pageSize: number;
  total: number;
  items: T[];
}

describe.each(await testEngines())('bounded lists on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
  });
  afterAll(async () => {
    await t.close();
  });

  it('bounded work: the funds list is paged (100 funds by default, at most 500), whole funds with their pots, with the total', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/funds' })).json<Page<{ id: string }>>().total;
    const added = 101;
    const fund = (id: string, parentId: string | null) => ({
      id,
      name: `Bounded ${id}`,
      amount_pence: 1_000,
      period: '2030/31',
      scope: 'national',
      kind: parentId === null ? 'fund' : 'allocation',
      parent_id: parentId,
      opportunity_area_id: null,
      source_note: 'test',
    });
    const rows = Array.from({ length: added }, (_, i) => `bounded-${String(i).padStart(3, '0')}`).flatMap((id) => [fund(id, null), fund(`${id}-pot`, id)]);
    await t.handle.db.insertInto('funds').values(rows).execute();
    // Funds arrive with a data load, which the kept pages of the list are keyed by (as the register's are).
    await t.handle.db.insertInto('data_sources').values({ name: 'bounded funds', origin: 'test', loaded_at: '2026-12-07T00:00:00.000Z', row_count: rows.length, checksum: '-' }).execute();

    const first = (await t.app.inject({ method: 'GET', url: '/api/funds' })).json<Page<{ id: string; parentId: string | null }> & { checks: unknown[] }>();
    expect(first).toMatchObject({ page: 1, pageSize: 100, total: before + added });
    expect(first.items.filter((f) => f.parentId === null)).toHaveLength(100);
    const ids = new Set(first.items.map((f) => f.id));
    for (const f of first.items) if (f.parentId !== null) expect(ids.has(f.parentId)).toBe(true);

    const pages = Math.ceil((before + added) / 100);
    const last = (await t.app.inject({ method: 'GET', url: `/api/funds?page=${String(pages)}` })).json<Page<{ id: string; parentId: string | null }>>();
    expect(last.items.filter((f) => f.parentId === null)).toHaveLength(before + added - (pages - 1) * 100);
    expect(last.items.at(-1)).toMatchObject({ id: 'bounded-100-pot', parentId: 'bounded-100' });

    const one = (await t.app.inject({ method: 'GET', url: '/api/funds?id=bounded-007' })).json<Page<{ id: string }> & { checks: { fundId: string; allocatedPence: number }[] }>();
    expect(one.items.map((f) => f.id)).toEqual(['bounded-007', 'bounded-007-pot']);
    expect(one.checks).toEqual([expect.objectContaining({ fundId: 'bounded-007', allocatedPence: 1_000 })]);
    expect((await t.app.inject({ method: 'GET', url: '/api/funds?pageSize=501' })).statusCode).toBe(400);
    const csv = await t.app.inject({ method: 'GET', url: '/api/funds?format=csv' });
    expect(csv.body.match(/^bounded-\d{3}-pot,/gm)).toHaveLength(added);
  });
  it('bounded work: the Research School hubs list is paged (100 by default, at most 500) by name, with the total, and only the page is placed', async () => {
    const before = (await t.app.inject({ method: 'GET', url: '/api/hubs' })).json<Page<{ id: string }>>().total;
    const added = 101;
    const ids = Array.from({ length: added }, (_, i) => `zz-bounded-hub-${String(i).padStart(3, '0')}`);
    await t.handle.db
      .insertInto('research_schools')
      .values(ids.map((id) => ({ id, name: `ZZ ${id}`, host_name: 'No single school', host_urn: null, opportunity_area_id: null, announced_on: '2030-01-01', source_note: 'test' })))
      .execute();

    const first = (await t.app.inject({ method: 'GET', url: '/api/hubs' })).json<Page<{ id: string; name: string }>>();
    expect(first).toMatchObject({ page: 1, pageSize: 100, total: before + added });
    expect(first.items).toHaveLength(100);
    const names = first.items.map((h) => h.name);
    expect(names).toEqual([...names].sort());
    const last = (await t.app.inject({ method: 'GET', url: `/api/hubs?page=${String(Math.ceil((before + added) / 100))}` })).json<Page<{ id: string }>>();
    expect(last.items.at(-1)?.id).toBe('zz-bounded-hub-100');
    const one = (await t.app.inject({ method: 'GET', url: '/api/hubs?id=zz-bounded-hub-042' })).json<Page<{ id: string; placed: boolean; reason: string | null }>>();
    expect(one).toMatchObject({ total: 1, items: [{ id: 'zz-bounded-hub-042', placed: false, reason: 'hosted by No single school, which has no single URN' }] });
    expect((await t.app.inject({ method: 'GET', url: '/api/hubs?pageSize=501' })).statusCode).toBe(400);
  });
  it('bounded work: saved index recipes are listed the most recently saved first, 200 by default (at most 500), with more; a recipe lists its newest 100 versions', async () => {
    const saved = 201;
    const at = (i: number) => new Date(Date.UTC(2030, 0, 1, 0, 0, i)).toISOString();
    const rows = Array.from({ length: saved }, (_, i) => ({ name: `bounded-recipe-${String(i).padStart(3, '0')}`, version: 1, recipe: '{}', note: '', saved_at: at(i), saved_by: 'test' }));
    // One recipe saved again and again: its versions grow with use too.
    const versions = Array.from({ length: 101 }, (_, i) => ({ name: 'bounded-recipe-000', version: i + 2, recipe: '{}', note: `v${String(i + 2)}`, saved_at: at(300 + i), saved_by: 'test' }));
    await t.handle.db.insertInto('index_recipes').values([...rows, ...versions]).execute();

    type Recipes = { items: { name: string; source: string; latestVersion: number | null }[]; more: boolean };
    const list = (await t.app.inject({ method: 'GET', url: '/api/index/recipes' })).json<Recipes>();
    const savedItems = list.items.filter((r) => r.source === 'saved');
    expect(list.more).toBe(true);
    expect(savedItems).toHaveLength(200);
    expect(savedItems[0]).toEqual(expect.objectContaining({ name: 'bounded-recipe-000', latestVersion: 102 }));
    expect(savedItems[1]?.name).toBe('bounded-recipe-200');
    expect(list.items.filter((r) => r.source === 'shipped').length).toBeGreaterThan(0);
    const all = (await t.app.inject({ method: 'GET', url: '/api/index/recipes?limit=500' })).json<Recipes>();
    expect(all.more).toBe(false);
    expect(all.items.filter((r) => r.source === 'saved')).toHaveLength(saved);
    expect((await t.app.inject({ method: 'GET', url: '/api/index/recipes?limit=501' })).statusCode).toBe(400);

    type Detail = { version: number; versions: { version: number }[]; moreVersions: boolean };
    const detail = (await t.app.inject({ method: 'GET', url: '/api/index/recipes/bounded-recipe-000' })).json<Detail>();
    expect(detail).toMatchObject({ version: 102, moreVersions: true });
    expect(detail.versions.map((v) => v.version)).toEqual(Array.from({ length: 100 }, (_, i) => 102 - i));
    const every = (await t.app.inject({ method: 'GET', url: '/api/index/recipes/bounded-recipe-000?versions=500' })).json<Detail>();
    expect(every).toMatchObject({ moreVersions: false });
    expect(every.versions).toHaveLength(102);
  });
});
