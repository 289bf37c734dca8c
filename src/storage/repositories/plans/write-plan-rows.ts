import type { Transaction } from 'kysely';
import type { Polarity } from '../../../domain/delivery-plans/index.ts';
import type { Database } from '../../schema.ts';
import { emptyCounts, type SyncCounts } from '../../sync-rows.ts';

/** One row of a delivery plan file: a measure at one period, with its target, its actual, or both. */
export interface PlanRow {
  area: string;
  priority: string;
  theme: string;
  objective: string;
  measure: string;
  measureName: string;
  definition: string;
  unit: string;
  polarity: Polarity;
  baseline: number;
  baselinePeriod: string;
  indicator: string | null;
  indicatorArea: string | null;
  period: string;
  target: number | null;
  actual: number | null;
  source: string | null;
  recordedOn: string | null;
}

type Trx = Transaction<Database>;

function tally(counts: SyncCounts, outcome: 'inserted' | 'updated' | 'unchanged'): void {
  counts[outcome] += 1;
}

const same = (a: Readonly<Record<string, unknown>>, b: Readonly<Record<string, unknown>>) => Object.keys(b).every((k) => a[k] === b[k]);

async function priorityId(trx: Trx, row: PlanRow, counts: SyncCounts, cache: Map<string, number>): Promise<number> {
  const key = `${row.area}|${row.priority}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const found = await trx.selectFrom('plan_priorities').select(['id', 'theme']).where('opportunity_area_id', '=', row.area).where('title', '=', row.priority).executeTakeFirst();
  let id: number;
  if (found === undefined) {
    id = (await trx.insertInto('plan_priorities').values({ opportunity_area_id: row.area, title: row.priority, theme: row.theme }).returning('id').executeTakeFirstOrThrow()).id;
    tally(counts, 'inserted');
  } else {
    id = found.id;
    if (found.theme !== row.theme) await trx.updateTable('plan_priorities').set({ theme: row.theme }).where('id', '=', id).execute();
    tally(counts, found.theme === row.theme ? 'unchanged' : 'updated');
  }
  cache.set(key, id);
  return id;
}

async function objectiveId(trx: Trx, priority: number, title: string, counts: SyncCounts, cache: Map<string, number>): Promise<number> {
  const key = `${String(priority)}|${title}`;
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const found = await trx.selectFrom('plan_objectives').select('id').where('priority_id', '=', priority).where('title', '=', title).executeTakeFirst();
  const id = found?.id ?? (await trx.insertInto('plan_objectives').values({ priority_id: priority, title }).returning('id').executeTakeFirstOrThrow()).id;
  tally(counts, found === undefined ? 'inserted' : 'unchanged');
  cache.set(key, id);
  return id;
}

async function measureId(trx: Trx, row: PlanRow, objective: number, counts: SyncCounts): Promise<number> {
  const fields = {
    objective_id: objective, name: row.measureName, definition: row.definition, unit: row.unit, polarity: row.polarity,
    baseline_value: row.baseline, baseline_period: row.baselinePeriod, indicator_code: row.indicator, indicator_area_code: row.indicatorArea,
  };
  const found = await trx.selectFrom('plan_measures').selectAll().where('opportunity_area_id', '=', row.area).where('code', '=', row.measure).executeTakeFirst();
  if (found === undefined) {
    const { id } = await trx.insertInto('plan_measures').values({ opportunity_area_id: row.area, code: row.measure, override_status: null, override_reason: null, ...fields }).returning('id').executeTakeFirstOrThrow();
    tally(counts, 'inserted');
    return id;
  }
  if (same(found, fields)) tally(counts, 'unchanged');
  else {
    await trx.updateTable('plan_measures').set(fields).where('id', '=', found.id).execute();
    tally(counts, 'updated');
  }
  return found.id;
}

/**
 * Writes a plan file's rows: priorities, objectives and measures found by their titles and codes (created
 * when new, updated when their details changed), then each row's target and actual for its period. Rows
 * already held as they are count as unchanged, so the same file twice changes nothing.
 */
export async function writePlan(trx: Trx, rows: readonly PlanRow[], file: string): Promise<SyncCounts> {
  const counts = emptyCounts();
  const priorities = new Map<string, number>();
  const objectives = new Map<string, number>();
  const measures = new Map<string, number>();
  for (const row of rows) {
    const key = `${row.area}|${row.measure}`;
    let measure = measures.get(key);
    if (measure === undefined) {
      const priority = await priorityId(trx, row, counts, priorities);
      measure = await measureId(trx, row, await objectiveId(trx, priority, row.objective, counts, objectives), counts);
      measures.set(key, measure);
    }
    if (row.target !== null) {
      const found = await trx.selectFrom('plan_targets').select('value').where('measure_id', '=', measure).where('period', '=', row.period).executeTakeFirst();
      if (found === undefined) await trx.insertInto('plan_targets').values({ measure_id: measure, period: row.period, value: row.target }).execute();
      else if (found.value !== row.target) await trx.updateTable('plan_targets').set({ value: row.target }).where('measure_id', '=', measure).where('period', '=', row.period).execute();
      tally(counts, found === undefined ? 'inserted' : found.value === row.target ? 'unchanged' : 'updated');
    }
    if (row.actual !== null) {
      const actual = { value: row.actual, source: row.source ?? '', recorded_on: row.recordedOn ?? '' };
      const found = await trx.selectFrom('plan_actuals').select(['value', 'source', 'recorded_on']).where('measure_id', '=', measure).where('period', '=', row.period).executeTakeFirst();
      if (found === undefined) await trx.insertInto('plan_actuals').values({ measure_id: measure, period: row.period, ...actual, recorded_by: `import:${file}` }).execute();
      else if (!same(found, actual)) await trx.updateTable('plan_actuals').set({ ...actual, recorded_by: `import:${file}` }).where('measure_id', '=', measure).where('period', '=', row.period).execute();
      tally(counts, found === undefined ? 'inserted' : same(found, actual) ? 'unchanged' : 'updated');
    }
  }
  return counts;
}
