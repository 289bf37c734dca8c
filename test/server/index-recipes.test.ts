import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { addUser, signIn, type SignedIn } from '../support/users.ts';
import { seedAttainmentIndicators } from '../support/attainment-indicators.ts';

interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}
interface Ranking {
  areas: { code: string; rank: number; coldSpot: boolean; rankInterval: [number, number] }[];
  coldSpotCount: number;
}

// Five districts (names from the demo data's area tree), one indicator each way.
const VALUES: [string, number, number][] = [
  ['E06000009', 40, 50],
  ['E06000015', 60, 30],
  ['E07000062', 50, 40],
  ['E07000148', 70, 20],
  ['E06000021', 42, 48],
];

const recipe = (attainmentWeight: number) => ({
  name: 'api-index',
  stages: [
    { id: 'school', name: 'School', indicators: [{ code: 't_attainment', polarity: 'higher_is_better', weight: attainmentWeight }] },
    { id: 'place', name: 'Place', indicators: [{ code: 't_deprivation', polarity: 'higher_is_worse' }] },
  ],
});

describe.each(await testEngines())('index recipes and selections over the API on $name', (engine) => {
  let t: TestApp;
  let analyst: SignedIn;
  beforeAll(async () => {
    t = await startTestApp(engine);
    await addUser(t.handle.db, 'analyst@example.gov.uk', 'analyst', []);
    analyst = await signIn(t.app, 'analyst@example.gov.uk');
    const { db } = t.handle;
    await seedAttainmentIndicators(db, VALUES, 't');
  });
  afterAll(async () => {
    await t.close();
  });

  const post = (url: string, payload: Record<string, unknown>) => t.app.inject({ method: 'POST', url, headers: analyst.headers, payload });

  it('previews a recipe without saving it, and names every field at fault in a bad one', async () => {
    const preview = await post('/api/index/preview', { recipe: recipe(1) });
    expect(preview.statusCode).toBe(200);
    const ranking = preview.json<Ranking>();
    expect(ranking.areas.map((a) => a.code)).toEqual(['E07000148', 'E06000015', 'E07000062', 'E06000021', 'E06000009']);
    expect(ranking.coldSpotCount).toBe(1);
    expect((await t.app.inject({ method: 'GET', url: '/api/index/recipes' })).json<{ items: { name: string }[] }>().items.map((r) => r.name)).toEqual(['proxy-district-2019', 'smc-2016']);

    const bad = await post('/api/index/preview', { recipe: { name: 'x', stages: [{ id: 's', name: 'S', indicators: [{ code: 'nope', polarity: 'higher_is_better', weight: 0 }] }] } });
    expect(bad.statusCode).toBe(400);
    const { error } = bad.json<ErrorBody>();
    expect(error.code).toBe('invalid_recipe');
    expect(error.fields).toEqual(expect.arrayContaining([
      { field: 'recipe.stages[0].indicators[0].code', message: 'unknown indicator "nope"' },
      expect.objectContaining({ field: 'recipe.stages[0].indicators[0].weight' }),
    ]));
  });

  it('saves versions, keeps each one, audits each save, and ranks by any of them', async () => {
    const first = await post('/api/index/recipes', { recipe: recipe(1), note: 'first' });
    expect([first.statusCode, first.json()]).toEqual([201, { name: 'api-index', version: 1, created: true }]);
    const same = await post('/api/index/recipes', { recipe: recipe(1) });
    expect([same.statusCode, same.json()]).toEqual([200, { name: 'api-index', version: 1, created: false }]);
    expect((await post('/api/index/recipes', { recipe: recipe(4), note: 'attainment ×4' })).statusCode).toBe(201);

    const shown = (await t.app.inject({ method: 'GET', url: '/api/index/recipes/api-index' })).json<{ version: number; versions: { version: number; note: string; savedBy: string }[]; recipe: ReturnType<typeof recipe> }>();
    expect(shown.version).toBe(2);
    expect(shown.versions.map((v) => [v.version, v.note, v.savedBy])).toEqual([[2, 'attainment ×4', 'analyst@example.gov.uk'], [1, 'first', 'analyst@example.gov.uk']]);
    expect((await t.app.inject({ method: 'GET', url: '/api/index/recipes/api-index?version=1' })).json<{ recipe: ReturnType<typeof recipe> }>().recipe).toEqual(recipe(1));
    expect((await t.app.inject({ method: 'GET', url: '/api/index/recipes/api-index?version=7' })).statusCode).toBe(404);

    const byVersion = (await t.app.inject({ method: 'GET', url: '/api/index?recipe=api-index@1' })).json<Ranking>();
    expect(byVersion.areas).toHaveLength(5);
    const audit = await t.handle.db.selectFrom('audit_log').select(['action', 'entity_id', 'actor']).where('entity_type', '=', 'index_recipe').orderBy('id').execute();
    expect(audit).toEqual([
      { action: 'index_recipe.save', entity_id: 'api-index@1', actor: 'analyst@example.gov.uk' },
      { action: 'index_recipe.save', entity_id: 'api-index@2', actor: 'analyst@example.gov.uk' },
    ]);
    const shipped = await post('/api/index/recipes', { recipe: { ...recipe(1), name: 'smc-2016' } });
    expect(shipped.statusCode).toBe(400);
  });

  it('runs a selection, saves it once under its name with recipes pinned, and refuses the name again', async () => {
    const body = { a: { recipe: 'api-index', band: 'bottom-half' }, b: { recipe: 'api-index@1', band: 'bottom-half' }, shortlist: 1, minPerRegion: 0, name: 'Round one' };
    const run = await post('/api/index/selections', body);
    expect(run.statusCode).toBe(200);
    const result = run.json<{ saved: boolean; inputs: { a: { recipe: string } }; decisions: { areaCode: string; picked: boolean }[] }>();
    expect(result.saved).toBe(true);
    expect(result.inputs.a.recipe).toBe('api-index@2');
    expect(result.decisions.filter((d) => d.picked)).toHaveLength(1);
    expect((await post('/api/index/selections', body)).statusCode).toBe(409);
    const saved = await t.app.inject({ method: 'GET', url: '/api/index/selections/Round%20one', headers: analyst.headers });
    expect(saved.json<{ decisions: unknown[] }>().decisions).toEqual(result.decisions);
    const list = await t.app.inject({ method: 'GET', url: '/api/index/selections', headers: analyst.headers });
    expect(list.json<{ items: { name: string }[]; more: boolean }>()).toMatchObject({ items: [{ name: 'Round one' }], more: false });
    expect((await post('/api/index/selections', { ...body, name: 'Round two' })).statusCode).toBe(200);
    const newest = (await t.app.inject({ method: 'GET', url: '/api/index/selections?limit=1', headers: analyst.headers })).json<{ items: { name: string }[]; more: boolean }>();
    expect(newest.more).toBe(true);
    expect(newest.items).toHaveLength(1);
  });
});
