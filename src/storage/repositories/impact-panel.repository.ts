import type { Kysely } from 'kysely';
import { buildPanel, comparePeriods, listSome, type Comparison, type Dropped, type ImpactProblem, type Panel, type PanelRow } from '../../domain/impact/index.ts';
import { err, ok, type Result } from '../../domain/shared/result.ts';
import type { Database } from '../schema.ts';
import { findImpactIndicator } from './impact-indicator.repository.ts';
import { twinGeography, type TwinGeography } from './twinning.repository.ts';

export interface StorePanelRequest {
  /** The indicator's code in the store (lait_ks2rwm_expected_std), or a LAIT measure code (KS2RWM_Expected_STD). */
  readonly measure: string;
  /**
   * The treated areas: GSS codes of upper-tier authorities, or Opportunity Area ids (`blackpool`), each
   * standing for its upper-tier authority or authorities (the education authority of its districts).
   */
  readonly areas: readonly string[];
  /** The first period under the programme, as a period label of the indicator (`2017`, `2017/18`). */
  readonly from: string;
  readonly comparison: Comparison;
  /** Keep authorities of other Opportunity Areas in the pool (left out by default: they were treated too). */
  readonly includeOpportunityAreas?: boolean;
}

export interface StorePanel {
  readonly panel: Panel;
  readonly indicator: { readonly code: string; readonly name: string; readonly unit: string; readonly polarity: string | null };
  /** Every area's name by code, for the treated and the pool. */
  readonly names: ReadonlyMap<string, string>;
  /** What the pool was: "every other upper-tier authority (150)", "8 saved statistical neighbours (set 3, name)". */
  readonly poolDescription: string;
}

const GSS = /^E\d{8}$/i;

/**
 * Builds the balanced panel of one indicator for treated upper-tier authorities against a comparison
 * pool, from the indicator store (docs/methodology.md §16.6): the pool is every other upper-tier
 * authority (England and the regions are comparators to look at, not donors), the treated areas'
 * neighbours in the newest saved set of upper-tier neighbours (the first k of each list when asked), or
 * the other upper-tier authorities of their region; authorities of other Opportunity Areas are left out
 * unless asked for. An Opportunity Area id stands for its upper-tier authorities. Periods in time order; the treated areas are treated from `start` on.
 * `buildPanel` then drops periods and areas with missing values, and every drop is listed with why.
 */
export async function readStorePanel(db: Kysely<Database>, request: StorePanelRequest): Promise<Result<StorePanel, ImpactProblem>> {
  const found = await findImpactIndicator(db, request.measure);
  if (!found.ok) return found;
  const { code, name, unit, polarity } = found.value;
  const indicator = { code, name, unit, polarity };
  const geography = await twinGeography(db, 'upper');
  const tier = new Map(geography.areas.map((a) => [a.code, a]));
  const resolved = resolveAreas(geography, request.areas);
  if (!resolved.ok) return resolved;
  const treated = resolved.value;
  const unknown = treated.filter((code) => !tier.has(code));
  if (unknown.length > 0) {
    return err({
      code: 'unknown-area',
      message: `${listSome(unknown)} ${unknown.length > 1 ? 'are not upper-tier authorities' : 'is not an upper-tier authority'} in the store: give the GSS code of a county or single-tier authority, like E06000009, or an Opportunity Area id, like blackpool`,
    });
  }
  const isTreated = new Set(treated);
  const excluded: Dropped[] = [];
  let pool = geography.areas.filter((a) => !isTreated.has(a.code)).map((a) => a.code);
  let poolDescription = `every other upper-tier authority (${String(pool.length)})`;
  if (request.comparison.kind === 'neighbours') {
    const neighbours = await savedNeighbours(db, treated, request.comparison.k);
    if (!neighbours.ok) return neighbours;
    pool = neighbours.value.codes.filter((code) => !isTreated.has(code));
    const first = request.comparison.k === null ? '' : `, the first ${String(request.comparison.k)} of each list`;
    poolDescription = `${String(pool.length)} saved statistical neighbours (set ${String(neighbours.value.setId)}, ${neighbours.value.setName}${first})`;
  } else if (request.comparison.kind === 'region') {
    const regions = new Set(treated.map((code) => tier.get(code)?.regionCode ?? null));
    if (regions.has(null)) {
      const without = treated.filter((code) => (tier.get(code)?.regionCode ?? null) === null);
      return err({ code: 'no-region', message: `The region of ${listSome(without.map((code) => `${geography.names.get(code) ?? code} (${code})`))} is not known: import the geography, or compare with every authority (comparison all)` });
    }
    pool = geography.areas.filter((a) => !isTreated.has(a.code) && regions.has(a.regionCode)).map((a) => a.code);
    const regionNames = [...regions].map((code) => geography.names.get(code ?? '') ?? code ?? '').sort();
    poolDescription = `the ${String(pool.length)} other upper-tier authorities in ${listSome(regionNames)}`;
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
  if (!periods.includes(request.from)) {
    return err({
      code: 'unknown-start',
      message: periods.length === 0 ? `${indicator.code} has no values for these areas` : `The start ${request.from} is not a period of ${indicator.code}: choose one of ${listSome(periods, 12)}`,
    });
  }
  const rows: PanelRow[] = values.map((v) => ({
    unit: v.area_code,
    period: v.period,
    value: v.value,
    treated: isTreated.has(v.area_code) && comparePeriods(v.period, request.from) >= 0,
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

/**
 * GSS codes as given (upper-cased) and Opportunity Area ids as their upper-tier authorities, A–Z without
 * repeats; an id that names no Opportunity Area, or one whose authorities are not in the store, is refused.
 */
export function resolveAreas(geography: TwinGeography, areas: readonly string[]): Result<string[], ImpactProblem> {
  const codes: string[] = [];
  const unknown: string[] = [];
  for (const area of areas) {
    const given = area.trim();
    if (GSS.test(given)) {
      codes.push(given.toUpperCase());
      continue;
    }
    const programme = geography.opportunityAreas.find((o) => o.id === given.toLowerCase());
    if (programme === undefined) unknown.push(given);
    else if (programme.areaCodes.length === 0) {
      return err({ code: 'unknown-area', message: `The upper-tier authority of the Opportunity Area ${programme.name} is not known: import the education authorities (oa import education-authorities), or give its GSS code` });
    } else codes.push(...programme.areaCodes);
  }
  if (unknown.length > 0) {
    return err({
      code: 'unknown-area',
      message: `${listSome(unknown.map((u) => `"${u}"`))} ${unknown.length > 1 ? 'are' : 'is'} neither a GSS code nor an Opportunity Area: give a code like E06000009, or one of ${listSome(geography.opportunityAreas.map((o) => o.id), 12)}`,
    });
  }
  if (codes.length === 0) return err({ code: 'unknown-area', message: 'Give at least one treated area: a GSS code like E06000009, or an Opportunity Area id like blackpool' });
  return ok([...new Set(codes)].sort());
}

/**
 * The union of the treated areas' neighbours (the first `k` of each list, or all of them) in the newest
 * saved upper-tier set that lists them all.
 */
export async function savedNeighbours(db: Kysely<Database>, treated: readonly string[], k: number | null): Promise<Result<{ codes: string[]; setId: number; setName: string }, ImpactProblem>> {
  const sets = await db.selectFrom('neighbour_sets').select(['id', 'name']).where('tier', '=', 'upper').orderBy('id', 'desc').execute();
  for (const set of sets) {
    let query = db.selectFrom('neighbour_set_entries').select(['area_code', 'neighbour_code']).where('set_id', '=', set.id).where('area_code', 'in', [...treated]);
    if (k !== null) query = query.where('rank', '<=', k);
    const entries = await query.execute();
    const listed = new Set(entries.map((e) => e.area_code));
    if (treated.every((code) => listed.has(code))) return ok({ codes: [...new Set(entries.map((e) => e.neighbour_code))].sort(), setId: set.id, setName: set.name });
  }
  return err({
    code: 'no-neighbours',
    message: `No saved set of upper-tier neighbours lists ${listSome([...treated])}: save one with oa twins save --tier upper, or compare with every authority (comparison all)`,
  });
}
