import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deriveContextIndicators } from '../../../src/ingest/derive/context-indicators.ts';
import { deriveSchoolIndicators } from '../../../src/ingest/derive/school-indicators.ts';
import { loadRecipe } from '../../../src/ingest/recipes/load-recipe.ts';
import { loadTwinInputs } from '../../../src/app/twinning/load-twin-inputs.ts';
import type { DatabaseHandle } from '../../../src/storage/database.ts';
import { migrateToLatestOrThrow } from '../../../src/storage/migrate.ts';
import { createServices } from '../../../src/storage/services/create-services.ts';
import { loadDemoData } from '../../../src/storage/seed/load-demo-data.ts';
import { fixedClock } from '../../support/clock.ts';
import { CELL_KM2, loadContextFixture } from '../../support/context-fixture.ts';
import { testEngines } from '../../support/engines.ts';
import { dumpDatabase } from '../support/dump-database.ts';

const options = { now: fixedClock(), actor: { userId: null, label: 'test' } };
const round3 = (x: number) => Math.round(x * 1000) / 1000;

describe.each(await testEngines())('context indicators on $name', (engine) => {
  let handle: DatabaseHandle;
  beforeEach(async () => {
    handle = await engine.open();
    await migrateToLatestOrThrow(handle.db);
    await loadDemoData(handle.db, fixedClock());
    await loadContextFixture(handle.db);
  });
  afterEach(async () => {
    await handle.close();
  });
  const services = () => createServices(handle.db, handle.engine);

  const value = async (area: string, indicator: string) =>
    (await handle.db.selectFrom('area_indicators').select(['value', 'period']).where('area_code', '=', area).where('indicator_code', '=', indicator).executeTakeFirst()) ?? null;

  it('works out density, the share of children and the share of pupils with English as an additional language for each district', async () => {
    const result = await deriveContextIndicators(services(), options);
    expect(result).toMatchObject({ indicators: 3, values: 21 });
    expect(await value('E07000117', 'population_density_2015')).toEqual({ value: round3(2000 / CELL_KM2), period: '2015' });
    expect(await value('E07000122', 'population_density_2015')).toEqual({ value: round3(6000 / (2 * CELL_KM2)), period: '2015' });
    expect(await value('E07000122', 'pct_children_0_15_2015')).toEqual({ value: round3((1000 / 6000) * 100), period: '2015' });
    expect(await value('E07000122', 'pct_eal_pupils')).toEqual({ value: 10, period: '2018/19' });
    const audit = await handle.db.selectFrom('audit_log').select(['action', 'entity_id']).where('entity_id', '=', 'derived:context-indicators').execute();
    expect(audit).toEqual([{ action: 'data.derive', entity_id: 'derived:context-indicators' }]);
  });

  it('changes nothing, not even the load log, when run again on the same data', async () => {
    await deriveContextIndicators(services(), options);
    const before = await dumpDatabase(handle.db);
    expect(await deriveContextIndicators(services(), options)).toMatchObject({ inserted: 0, updated: 0 });
    expect(await dumpDatabase(handle.db)).toEqual(before);
  });

  it('adds districts up to their county by area, population and pupils, so the context recipe runs at the upper tier', async () => {
    await deriveSchoolIndicators(services(), options);
    await deriveContextIndicators(services(), options);
    const recipe = await loadRecipe(services(), 'context-upper-tier-2019', { allowPaths: false });
    if (!recipe.ok) throw new Error(recipe.error.join('; '));
    const inputs = await loadTwinInputs(services(), { tier: 'upper', recipe: recipe.value });
    expect(inputs.notes).toEqual([]);
    const lancashire = inputs.matrix.areas.findIndex((a) => a.code === 'E10000017');
    const column = (code: string) => inputs.matrix.columns.findIndex((c) => c.code === code);
    const raw = (code: string) => inputs.matrix.raw[lancashire * inputs.matrix.columns.length + column(code)];
    // Σ people ÷ Σ km²: 8,000 over three cells, not the mean of the two districts' densities (2,500 per cell).
    expect(raw('population_density_2015')).toBeCloseTo(8000 / (3 * CELL_KM2), 9);
    expect(raw('pct_children_0_15_2015')).toBeCloseTo(18.75, 9);
    expect(raw('pct_eal_pupils')).toBeCloseTo(15, 9);
  });
});
