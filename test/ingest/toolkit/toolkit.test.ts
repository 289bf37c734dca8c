import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findImporter } from '../../../src/ingest/importers/index.ts';
import type { RegisteredImporter } from '../../../src/ingest/registry.ts';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { fixedClock } from '../../support/clock.ts';
import { testEngines } from '../../support/engines.ts';
import { createServices } from '../../../src/storage/services/create-services.ts';

const TOOLKIT = fileURLToPath(new URL('../../../../shared/data/eef-toolkit/', import.meta.url));
const haveData = existsSync(TOOLKIT);
if (!haveData) console.warn('EEF Toolkit tests skipped: the shared data folder is not beside the repository.');

const importerOrThrow = (kind: string): RegisteredImporter => {
  const importer = findImporter(kind);
  if (importer === undefined) throw new Error(`no importer ${kind}`);
  return importer;
};
const options = { now: fixedClock(), actor: { userId: null, label: 'test' } };

describe.each(await testEngines())('EEF Toolkit import on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });

  it.runIf(haveData)('loads the 30 strands with their published months, costs and evidence', async () => {
    const outcome = await importerOrThrow('toolkit-strands').run(createServices(handle.db), join(TOOLKIT, 'eef_teaching_learning_toolkit_strands.csv'), options);
    expect(outcome).toMatchObject({ ok: true, counts: { rows: 30, inserted: 30, updated: 0, unchanged: 0 } });
    const strands = await handle.db.selectFrom('toolkit_strands').select(['slug', 'impact_months', 'cost_rating', 'evidence_rating']).execute();
    const bySlug = new Map(strands.map((s) => [s.slug, s]));
    expect(bySlug.get('metacognition-and-self-regulation')).toMatchObject({ impact_months: 8 });
    expect(bySlug.get('feedback')).toMatchObject({ impact_months: 6 });
    expect(bySlug.get('aspiration-interventions')).toMatchObject({ impact_months: null, cost_rating: 1, evidence_rating: 0 });
    const sources = await handle.db.selectFrom('data_sources').select(['origin', 'row_count']).execute();
    expect(sources).toEqual([{ origin: 'eef_teaching_learning_toolkit_strands.csv', row_count: 30 }]);
  });

  it.runIf(haveData)('changes nothing, not even the load log, when the same file comes again', async () => {
    const path = join(TOOLKIT, 'eef_effect_size_to_months.csv');
    await importerOrThrow('toolkit-effect-sizes').run(createServices(handle.db), path, options);
    const again = await importerOrThrow('toolkit-effect-sizes').run(createServices(handle.db), path, options);
    expect(again).toMatchObject({ ok: true, counts: { inserted: 0, updated: 0, unchanged: 13 } });
    expect(await handle.db.selectFrom('data_sources').selectAll().execute()).toHaveLength(1);
    const top = await handle.db.selectFrom('toolkit_effect_sizes').selectAll().where('months', '=', 12).executeTakeFirst();
    expect(top).toMatchObject({ min_effect: 0.96, max_effect: null });
  });

  it('counts what a dry run would change and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oa-toolkit-'));
    const path = join(dir, 'cost.csv');
    writeFileSync(path, 'cost_rating,label,range_per_pupil_per_year_gbp,range_per_class_per_year_gbp\r\n1,Very low,Up to £80,"Up to £2,000"\r\n');
    const outcome = await importerOrThrow('toolkit-cost-scale').run(createServices(handle.db), path, { ...options, dryRun: true });
    expect(outcome).toMatchObject({ ok: true, dryRun: true, counts: { inserted: 1 } });
    expect(await handle.db.selectFrom('toolkit_cost_scale').selectAll().execute()).toEqual([]);
    expect(await handle.db.selectFrom('data_sources').selectAll().execute()).toEqual([]);
  });

  it('reports every bad row with its row, column, value and reason, and writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'oa-toolkit-'));
    const path = join(dir, 'strands.csv');
    const header = 'strand_id,name,slug,impact_months,cost_rating,cost_label,evidence_strength_rating,evidence_strength_label,headline_summary,closing_gap_summary,tags,eef_url';
    const good = 'a,Arts,arts,3,1,Very Low,3,Moderate,Moderate impact,,x,https://example.org/a';
    writeFileSync(path, [header, good, 'b,Books,books,13,1,Very Low,3,Moderate,H,,x,https://example.org/b', 'c,Cats,cats,2,9,Very Low,6,Moderate,H,,x,http://example.org/c', good, ''].join('\n'));
    const outcome = await importerOrThrow('toolkit-strands').run(createServices(handle.db), path, options);
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problems).toEqual([
      { file: 'strands.csv', row: 3, column: 'impact_months', value: '13', reason: 'Months of progress must be from -12 to 12' },
      { file: 'strands.csv', row: 4, column: 'cost_rating', value: '9', reason: 'A rating must be from 1 to 5' },
      { file: 'strands.csv', row: 4, column: 'evidence_strength_rating', value: '6', reason: 'A rating must be from 0 to 5' },
      { file: 'strands.csv', row: 4, column: 'eef_url', value: 'http://example.org/c', reason: 'Expected a link starting https://' },
      { file: 'strands.csv', row: 5, column: null, value: 'a', reason: 'This repeats the row at line 2: each toolkit-strands row must be unique' },
    ]);
    expect(await handle.db.selectFrom('toolkit_strands').selectAll().execute()).toEqual([]);
  });
});
