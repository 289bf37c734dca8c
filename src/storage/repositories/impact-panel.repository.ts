import type { Kysely } from 'kysely';
import { buildPanel, comparePeriods, listSome, type Dropped, type ImpactProblem, type Panel, type PanelRow } from '../../domain/impact/index.ts';
import { laitIndicatorCode } from '../../domain/shared/lait-indicator-code.ts';
import { err, ok, type Result } from '../../domain/shared/result.ts';
import type { Database } from '../schema.ts';
import { twinGeography } from './twinning.repository.ts';

/** Who the treated areas are compared with: every other upper-tier authority, or their saved statistical neighbours. */
export type ComparisonPool = 'all' | 'twins';

export interface StorePanelRequest {
  /** The indicator's code in the store (lait_ks2rwm_expected_std), or a LAIT measure code (KS2RWM_Expected_STD). */
  readonly measure: string;
  /** GSS codes of the treated upper-tier authorities (an Opportunity Area's education authority). */
  readonly treated: readonly string[];
  /** The first period under the programme, as a period label of the indicator (`2017`, `2017/18`). */
  readonly start: string;
  readonly pool: ComparisonPool;
  /** Keep authorities of other Opportunity Areas in the pool (left out by default: they were treated too). */
  readonly includeOpportunityAreas?: boolean;
}

export interface StorePanel {
  readonly panel: Panel;
  readonly indicator: { readonly code: string; readonly name: string; readonly unit: string; readonly polarity: string | null };
  /** Every area's name by code, for the treated and the pool. */
  readonly names: ReadonlyMap<string, string>;
  /** What the pool was: "all 150 other upper-tier authorities", "the saved neighbours in set 3 (name)". */
  readonly poolDescription: string;
}

/**
 * Builds the balanced panel of one indicator for treated upper-tier authorities against a comparison
 * pool, from the indicator store (docs/methodology.md §16.6): the pool is every other upper-tier
 * authority (England and the regions are comparators to look at, not donors) or the treated areas'
 * neighbours in the newest saved set of upper-tier neighbours; authorities of other Opportunity Areas
 * are left out unless asked for. Periods in time order; the treated areas are treated from `start` on.
 * `buildPanel` then drops periods and areas with missing values, and every drop is listed with why.
 */
export async function readStorePanel(db: Kysely<Database>, request: StorePanelRequest): Promise<Result<StorePanel, ImpactProblem>> {
  const candidates = await db.selectFrom('indicators').select(['code', 'name', 'unit', 'polarity']).where('code', 'in', [request.measure, laitIndicatorCode(request.measure)]).execute();
  const indicator = candidates.find((c) => c.code === request.measure) ?? candidates[0];
  if (indicator === undefined) {
    return err({ code: 'unknown-measure', message: `There is no indicator ${request.measure}: check the code (GET /api/indicators lists them), or import the file it comes from` });
  }
  const geography = await twinGeography(db, 'upper');
  const tier = new Map(geography.areas.map((a) => [a.code, a]));
  const treated = [...new Set(request.treated)].sort();
  const unknown = treated.filter((code) => !tier.has(code));
  if (unknown.length > 0) {
    return err({ code: 'unknown-area', message: `${listSome(unknown)} ${unknown.length > 1 ? 'are not upper-tier authorities' : 'is not an upper-tier authority'} in the store: give the GSS code of a county or single-tier authority, like E06000009` });
  }
  const isTreated = new Set(treated);
  const excluded: Dropped[] = [];
  let pool = geography.areas.filter((a) => !isTreated.has(a.code)).map((a) => a.code);
  let poolDescription = `every other upper-tier authority (${String(pool.length)})`;
  if (request.pool === 'twins') {
    const neighbours = await savedNeighbours(db, treated);
    if (!neighbours.ok) return neighbours;
    pool = neighbours.value.codes.filter((code) => !isTreated.has(code));
    poolDescription = `${String(pool.length)} saved statistical neighbours (set ${String(neighbours.value.setId)}, ${neighbours.value.setName})`;
  }
  if (request.includeOpportunityAreas !== true) {
    pool = pool.filter((code) => {
      const programme = tier.get(code)?.opportunityArea ?? null;
      if (programme !== null) excluded.push({ kind: 'unit', unit: code, reason: `Left out of the comparison: in the Opportunity Area ${geography.opportunityAreas.find((o) => o.id === programme)?.name ?? programme}` });
      return programme === null;
    });
  }

  const units = [...treated, ...pool];
  const values = await db
    .selectFrom('area_indicators')
    .select(['area_code', 'period', 'value'])
    .where('indicator_code', '=', indicator.code)
    .where('area_code', 'in', units)
    .execute();
  const withValues = new Set(values.map((v) => v.area_code));
  const without = treated.filter((code) => !withValues.has(code));
  if (without.length > 0) {
    return err({ code: 'missing-values', message: `${indicator.code} has no values for ${listSome(without.map((code) => `${geography.names.get(code) ?? code} (${code})`))}: choose another measure` });
  }
  for (const code of pool) if (!withValues.has(code)) excluded.push({ kind: 'unit', unit: code, reason: `Left out of the comparison: no values for ${indicator.code}` });
  const periods = [...new Set(values.map((v) => v.period))].sort(comparePeriods);
  if (!periods.includes(request.start)) {
    return err({
      code: 'unknown-start',
      message: periods.length === 0 ? `${indicator.code} has no values for these areas` : `The start ${request.start} is not a period of ${indicator.code}: choose one of ${listSome(periods, 12)}`,
    });
  }
  const rows: PanelRow[] = values.map((v) => ({
    unit: v.area_code,
    period: v.period,
    value: v.value,
    treated: isTreated.has(v.area_code) && comparePeriods(v.period, request.start) >= 0,
  }));
  const built = buildPanel(rows);
  if (!built.ok) return built;
  return ok({
    panel: { ...built.value, dropped: [...excluded, ...built.value.dropped] },
    indicator,
    names: geography.names,
    poolDescription,
  });
}

/** The union of the treated areas' neighbours in the newest saved upper-tier set that lists them all. */
async function savedNeighbours(db: Kysely<Database>, treated: readonly string[]): Promise<Result<{ codes: string[]; setId: number; setName: string }, ImpactProblem>> {
  const sets = await db.selectFrom('neighbour_sets').select(['id', 'name']).where('tier', '=', 'upper').orderBy('id', 'desc').execute();
  for (const set of sets) {
    const entries = await db.selectFrom('neighbour_set_entries').select(['area_code', 'neighbour_code']).where('set_id', '=', set.id).where('area_code', 'in', [...treated]).execute();
    const listed = new Set(entries.map((e) => e.area_code));
    if (treated.every((code) => listed.has(code))) return ok({ codes: [...new Set(entries.map((e) => e.neighbour_code))].sort(), setId: set.id, setName: set.name });
  }
  return err({
    code: 'no-neighbours',
    message: `No saved set of upper-tier neighbours lists ${listSome([...treated])}: save one with oa twins save --tier upper, or compare with every authority (pool all)`,
  });
}
