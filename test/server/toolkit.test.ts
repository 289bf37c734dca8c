import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findImporter } from '../../src/ingest/importers/index.ts';
import { fixedClock } from '../support/clock.ts';
import { testEngines } from '../support/engines.ts';
import { startTestApp, type TestApp } from '../support/server.ts';
import { createServices } from '../../src/storage/services/create-services.ts';

const STRANDS = [
  'strand_id,name,slug,impact_months,cost_rating,cost_label,evidence_strength_rating,evidence_strength_label,headline_summary,closing_gap_summary,tags,eef_url',
  'f,Feedback,feedback,6,1,Very Low,4,Extensive,High impact,,assessment;primary,https://example.org/f',
  'm,Metacognition,metacognition,8,1,Very Low,4,Extensive,High impact,Helps,pedagogy,https://example.org/m',
  'a,Aspiration interventions,aspiration,,1,Very Low,0,Insufficient,Unclear,,careers,https://example.org/a',
  'r,Reducing class size,class-size,2,5,Very High,2,Limited,Low impact,,primary,https://example.org/r',
].join('\n');
const EFFECTS = 'effect_size_range,months_progress\n0.00-0.05,0\n0.06-0.09,1\n0.10-0.18,2\n0.19-0.26,3\n0.27-0.35,4\n0.36-0.44,5\n0.96+,12\n';

describe.each(await testEngines())('Toolkit API on $name', (engine) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(engine);
    const dir = mkdtempSync(join(tmpdir(), 'oa-toolkit-api-'));
    writeFileSync(join(dir, 'strands.csv'), STRANDS);
    writeFileSync(join(dir, 'effects.csv'), EFFECTS);
    const options = { now: fixedClock(), actor: { userId: null, label: 'test' } };
    await findImporter('toolkit-strands')?.run(createServices(t.handle.db), join(dir, 'strands.csv'), options);
    await findImporter('toolkit-effect-sizes')?.run(createServices(t.handle.db), join(dir, 'effects.csv'), options);
  });
  afterAll(async () => {
    await t.close();
  });

  const names = async (query: string) =>
    (await t.app.inject({ method: 'GET', url: `/api/toolkit/strands${query}` })).json<{ items: { name: string }[] }>().items.map((s) => s.name);

  it('sorts by impact, most months first, strands without a figure last', async () => {
    expect(await names('')).toEqual(['Metacognition', 'Feedback', 'Reducing class size', 'Aspiration interventions']);
  });

  it('filters by cost, evidence and tag as the Toolkit does', async () => {
    expect(await names('?maxCost=2')).toEqual(['Metacognition', 'Feedback', 'Aspiration interventions']);
    expect(await names('?minEvidence=3&sort=name')).toEqual(['Feedback', 'Metacognition']);
    expect(await names('?tag=primary')).toEqual(['Feedback', 'Reducing class size']);
  });

  it('converts effect sizes to months and back', async () => {
    const toMonths = await t.app.inject({ method: 'GET', url: '/api/toolkit/effect-size?effectSize=0.4' });
    expect(toMonths.json()).toEqual({ effectSize: { min: 0.4, max: 0.4 }, months: 5 });
    const toEffect = await t.app.inject({ method: 'GET', url: '/api/toolkit/effect-size?months=3' });
    expect(toEffect.json()).toEqual({ effectSize: { min: 0.19, max: 0.26 }, months: 3 });
    const both = await t.app.inject({ method: 'GET', url: '/api/toolkit/effect-size?months=3&effectSize=0.2' });
    expect(both.statusCode).toBe(400);
  });
});
