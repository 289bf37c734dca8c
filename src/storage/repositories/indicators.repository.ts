import type { Kysely } from 'kysely';
import type { Database } from '../schema.ts';

export interface IndicatorInfo {
  readonly code: string;
  readonly name: string;
  readonly unit: string;
  readonly description: string;
  readonly periods: string[];
}

export interface IndicatorValue {
  readonly areaCode: string;
  readonly areaName: string;
  readonly areaKind: string;
  readonly value: number | null;
}

export async function listIndicators(db: Kysely<Database>): Promise<IndicatorInfo[]> {
  const [indicators, periods] = await Promise.all([
    db.selectFrom('indicators').select(['code', 'name', 'unit', 'description']).orderBy('name').execute(),
    db.selectFrom('area_indicators').select(['indicator_code', 'period']).distinct().orderBy('period').execute(),
  ]);
  const periodsOf = new Map<string, string[]>();
  for (const p of periods) periodsOf.set(p.indicator_code, [...(periodsOf.get(p.indicator_code) ?? []), p.period]);
  return indicators.map((i) => ({ ...i, periods: periodsOf.get(i.code) ?? [] }));
}

/** Every indicator code held. */
export async function indicatorCodes(db: Kysely<Database>): Promise<string[]> {
  return (await db.selectFrom('indicators').select('code').execute()).map((r) => r.code);
}

/** Every indicator held, with its unit, by code. */
export async function indicatorUnits(db: Kysely<Database>): Promise<Map<string, string>> {
  return new Map((await db.selectFrom('indicators').select(['code', 'unit']).execute()).map((i) => [i.code, i.unit]));
}

/** The newest period held of each of `codes` that has any value: the vintage an index or twin list uses. */
export async function newestPeriods(db: Kysely<Database>, codes: readonly string[]): Promise<Record<string, string>> {
  if (codes.length === 0) return {};
  const rows = await db
    .selectFrom('area_indicators')
    .select(['indicator_code'])
    .select((eb) => eb.fn.max('period').as('period'))
    .where('indicator_code', 'in', [...codes])
    .groupBy('indicator_code')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.indicator_code, r.period]));
}

/** Indicators' names by code, for those of `codes` that are held. */
export async function indicatorNames(db: Kysely<Database>, codes: readonly string[]): Promise<Record<string, string>> {
  if (codes.length === 0) return {};
  const rows = await db.selectFrom('indicators').select(['code', 'name']).where('code', 'in', [...codes]).execute();
  return Object.fromEntries(rows.map((i) => [i.code, i.name]));
}

/** One indicator's values for every area of a kind in a period (the newest period when none is given). */
export async function indicatorValues(
  db: Kysely<Database>,
  code: string,
  options: { period?: string; kind?: string },
): Promise<{ indicator: IndicatorInfo; period: string | null; values: IndicatorValue[]; source: { file: string; loadedAt: string } | null } | null> {
  const indicator = (await listIndicators(db)).find((i) => i.code === code);
  if (indicator === undefined) return null;
  const period = options.period ?? indicator.periods.at(-1) ?? null;
  if (period === null) return { indicator, period, values: [], source: null };
  let query = db
    .selectFrom('area_indicators as v')
    .innerJoin('areas as a', 'a.code', 'v.area_code')
    .innerJoin('data_sources as d', 'd.id', 'v.data_source_id')
    .select(['v.area_code', 'a.name', 'a.kind', 'v.value', 'd.origin', 'd.loaded_at'])
    .where('v.indicator_code', '=', code)
    .where('v.period', '=', period)
    .orderBy('a.name');
  if (options.kind !== undefined) query = query.where('a.kind', '=', options.kind);
  const rows = await query.execute();
  const first = rows[0];
  return {
    indicator,
    period,
    values: rows.map((r) => ({ areaCode: r.area_code, areaName: r.name, areaKind: r.kind, value: r.value })),
    source: first === undefined ? null : { file: first.origin, loadedAt: first.loaded_at },
  };
}

/** Every indicator value recorded for one area, newest period first within each indicator. */
/**
 * Every value held for an area, each indicator's newest period first (by the sortable period key where an
 * importer gave one: `2018/19` after `2018`), or with `latestOnly` each indicator's newest value alone.
 */
export async function indicatorsForArea(db: Kysely<Database>, areaCode: string, options: { readonly latestOnly?: boolean } = {}) {
  const rows = await db
    .selectFrom('area_indicators as v')
    .innerJoin('indicators as i', 'i.code', 'v.indicator_code')
    .innerJoin('data_sources as d', 'd.id', 'v.data_source_id')
    .select(['i.code', 'i.name', 'i.unit', 'v.period', 'v.value', 'd.origin', 'd.loaded_at'])
    .select((eb) => eb.fn.coalesce('v.period_key', 'v.period').as('sort_key'))
    .where('v.area_code', '=', areaCode)
    .orderBy('i.name')
    .orderBy('i.code')
    .orderBy('sort_key', 'desc')
    .execute();
  if (options.latestOnly !== true) return rows;
  const seen = new Set<string>();
  return rows.filter((row) => {
    if (seen.has(row.code)) return false;
    seen.add(row.code);
    return true;
  });
}

/**
 * The newest period's value of each of `codes` for every area of `kind`, as index inputs. Each indicator's
 * newest period is chosen separately (school results and deprivation are published for different years).
 */
export async function latestIndicatorValues(
  db: Kysely<Database>,
  codes: readonly string[],
  kind = 'district',
): Promise<{ areaCode: string; areaName: string; indicatorCode: string; value: number | null; period: string }[]> {
  if (codes.length === 0) return [];
  const periods = await newestPeriods(db, codes);
  const out: { areaCode: string; areaName: string; indicatorCode: string; value: number | null; period: string }[] = [];
  for (const [code, period] of Object.entries(periods)) {
    const rows = await db
      .selectFrom('area_indicators as v')
      .innerJoin('areas as a', 'a.code', 'v.area_code')
      .select(['v.area_code', 'a.name', 'v.value'])
      .where('v.indicator_code', '=', code)
      .where('v.period', '=', period)
      .where('a.kind', '=', kind)
      .execute();
    for (const r of rows) out.push({ areaCode: r.area_code, areaName: r.name, indicatorCode: code, value: r.value, period });
  }
  return out;
}
