import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/storage/database.ts';
import { runOa } from '../support/cli.ts';
import { seedAttainmentIndicators } from '../support/attainment-indicators.ts';

const dir = mkdtempSync(join(tmpdir(), 'oa-recipes-'));
const env = { DATABASE_URL: `sqlite:${join(dir, 'oa.sqlite')}`, USER: 'analyst1' };

// Six districts in three regions; one indicator each way.
const VALUES: [string, number, number][] = [
  ['E06000009', 40, 50], // Blackpool, North West
  ['E08000004', 45, 45], // Oldham, North West
  ['E06000015', 60, 30], // Derby, East Midlands
  ['E07000062', 50, 40], // Hastings, South East
  ['E07000148', 70, 20], // Norwich, East of England
  ['E06000021', 42, 48], // Stoke-on-Trent, West Midlands
];

function file(name: string, content: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
}

const recipe = (weight: number) => ({
  name: 'local-index',
  description: 'A test index',
  stages: [
    { id: 'school', name: 'School', indicators: [{ code: 'test_attainment', polarity: 'higher_is_better', weight }] },
    { id: 'place', name: 'Place', indicators: [{ code: 'test_deprivation', polarity: 'higher_is_worse' }] },
  ],
});

beforeAll(async () => {
  expect((await runOa(['db', 'migrate'], env)).code).toBe(0);
  expect((await runOa(['demo', 'load'], env)).code).toBe(0);
  const handle = await openDatabase({ engine: 'sqlite', path: join(dir, 'oa.sqlite') });
  await seedAttainmentIndicators(handle.db, VALUES);
  await handle.close();
});

describe('oa index recipes', () => {
  it('saves a recipe as version 1, then a changed one as version 2, and an unchanged one not at all', async () => {
    const first = await runOa(['index', 'recipes', 'save', file('v1.json', recipe(1)), '--note', 'first cut'], env);
    expect(first).toMatchObject({ code: 0, stdout: 'Saved local-index version 1. Use it as --recipe local-index (latest) or --recipe local-index@1.\n' });
    expect((await runOa(['index', 'recipes', 'save', file('v1-again.json', recipe(1))], env)).stdout).toBe('local-index version 1 is already this recipe; nothing saved.\n');
    expect((await runOa(['index', 'recipes', 'save', file('v2.json', recipe(3)), '--note', 'attainment counts triple'], env)).code).toBe(0);

    const list = JSON.parse((await runOa(['index', 'recipes', 'list', '--format', 'json'], env)).stdout) as { name: string; source: string; version: number | null; savedBy: string | null }[];
    expect(list.map((r) => [r.name, r.source, r.version])).toEqual([['proxy-district-2019', 'shipped', null], ['smc-2016', 'shipped', null], ['local-index', 'saved', 2]]);
    expect(list.at(-1)?.savedBy).toBe('cli:analyst1');

    const versions = await runOa(['index', 'recipes', 'show', 'local-index', '--versions'], env);
    expect(versions.stdout).toMatch(/2 .*attainment counts triple[\s\S]*1 .*first cut/);
    const v1 = JSON.parse((await runOa(['index', 'recipes', 'show', 'local-index@1'], env)).stdout) as { stages: { indicators: { weight?: number }[] }[] };
    expect(v1.stages[0]?.indicators[0]?.weight).toBe(1);
    const latest = JSON.parse((await runOa(['index', 'recipes', 'show', 'local-index'], env)).stdout) as { stages: { indicators: { weight?: number }[] }[] };
    expect(latest.stages[0]?.indicators[0]?.weight).toBe(3);
  });

  it('computes the index from a saved recipe by name and by version', async () => {
    for (const ref of ['local-index', 'local-index@1']) {
      const run = await runOa(['index', 'compute', '--recipe', ref, '--format', 'json', '--draws', '50'], env);
      expect(run.code).toBe(0);
      const { areas } = JSON.parse(run.stdout) as { areas: { code: string; rank: number }[] };
      expect(areas[0]?.code).toBe('E07000148');
      expect(areas).toHaveLength(6);
    }
    const missing = await runOa(['index', 'compute', '--recipe', 'local-index@9'], env);
    expect(missing).toMatchObject({ code: 2, stderr: 'oa: There is no version 9 of a saved recipe called "local-index"\n' });
  });

  it('refuses a bad recipe naming each field, a shipped name, and a file that is not JSON, saving nothing', async () => {
    const bad = await runOa(['index', 'recipes', 'save', file('bad.json', { name: 'broken', stages: [{ id: 's', name: 'S', indicators: [{ code: 'nope', polarity: 'up', weight: '2' }] }] })], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('stages[0].indicators[0].code: unknown indicator "nope"');
    expect(bad.stderr).toContain('stages[0].indicators[0].weight');
    const shipped = await runOa(['index', 'recipes', 'save', file('shipped.json', { ...recipe(1), name: 'smc-2016' })], env);
    expect(shipped.stderr).toContain('name: "smc-2016" is a shipped recipe; save your version under a new name, like "smc-2016-local"');
    const notJson = await runOa(['index', 'recipes', 'save', file('not.json', '{ nope')], env);
    expect(notJson.code).toBe(2);
    expect(notJson.stderr).toMatch(/^oa: .*not\.json is not valid JSON/);
    const list = JSON.parse((await runOa(['index', 'recipes', 'list', '--format', 'json'], env)).stdout) as { name: string }[];
    expect(list.map((r) => r.name)).not.toContain('broken');
  });
});

describe('oa select --save and oa selections', () => {
  it('saves a selection with its recipes pinned to the versions used, and shows it again', async () => {
    const run = await runOa(['select', '--a', 'local-index:bottom-half', '--b', 'local-index@1:bottom-half', '--shortlist', '2', '--save', 'Test round 1', '--format', 'json'], env);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('Saved as "Test round 1". See it again with: oa selections show Test round 1\n');
    const picked = (JSON.parse(run.stdout) as { shortlist: { areaCode: string }[] }).shortlist.map((d) => d.areaCode);
    expect(picked).toHaveLength(2);

    const shown = JSON.parse((await runOa(['selections', 'show', 'Test round 1', '--format', 'json'], env)).stdout) as {
      inputs: { a: { recipe: string }; b: { recipe: string }; shortlist: number };
      decisions: { areaCode: string; picked: boolean; reason: string }[];
      savedBy: string;
    };
    expect(shown.inputs.a.recipe).toBe('local-index@2');
    expect(shown.inputs.b.recipe).toBe('local-index@1');
    expect(shown.decisions.filter((d) => d.picked).map((d) => d.areaCode)).toEqual(picked);
    expect(shown.decisions.every((d) => d.reason.length > 0)).toBe(true);
    expect(shown.savedBy).toBe('cli:analyst1');

    const again = await runOa(['select', '--a', 'local-index:bottom-half', '--b', 'local-index:bottom-half', '--save', 'Test round 1'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('A selection called "Test round 1" is already saved');
    expect((await runOa(['selections', 'list'], env)).stdout).toContain('Test round 1');
    expect((await runOa(['selections', 'show', 'nothing'], env))).toMatchObject({ code: 2, stderr: 'oa: No selection is saved as "nothing". See: oa selections list\n' });
  });
});

describe('oa list commands', () => {
  it('bounded work: oa index recipes list, oa selections list and oa users list stop at --limit and say how many there are', async () => {
    const handle = await openDatabase({ engine: 'sqlite', path: join(dir, 'oa.sqlite') });
    const later = '2099-01-01T00:00:00.000Z';
    await handle.db.insertInto('index_recipes').values({ name: 'bounded-newest', version: 1, recipe: '{}', note: '', saved_at: later, saved_by: 'test' }).execute();
    await handle.db.insertInto('area_selections').values({ name: 'Bounded newest', inputs: '{}', decisions: '[]', saved_at: later, saved_by: 'test' }).execute();
    await handle.close();

    const recipes = await runOa(['index', 'recipes', 'list', '--limit', '1', '--format', 'json'], env);
    const saved = (JSON.parse(recipes.stdout) as { name: string; source: string }[]).filter((r) => r.source === 'saved');
    expect(saved.map((r) => r.name)).toEqual(['bounded-newest']);
    expect(recipes.stderr).toMatch(/^Showing 1 of \d+ saved recipes, the most recently saved \(--limit to see more\)\.\n$/);
    expect((await runOa(['index', 'recipes', 'list'], env)).stderr).toBe('');

    const selections = await runOa(['selections', 'list', '--limit', '1'], env);
    expect(selections.stdout).toContain('Bounded newest');
    expect(selections.stdout).not.toContain('Test round 1');
    expect(selections.stderr).toMatch(/^Showing 1 of \d+ saved selections, the newest \(--limit to see more\)\.\n$/);

    for (const email of ['a@example.gov.uk', 'b@example.gov.uk']) expect((await runOa(['users', 'add', '--email', email, '--role', 'analyst'], env)).code).toBe(0);
    const users = await runOa(['users', 'list', '--limit', '1', '--format', 'json'], env);
    expect(JSON.parse(users.stdout)).toHaveLength(1);
    expect(users.stderr).toMatch(/^Showing 1 of \d+ users, by email \(--limit to see more\)\.\n$/);
    expect((await runOa(['users', 'list', '--limit', '0'], env)).code).not.toBe(0);
  });
});
