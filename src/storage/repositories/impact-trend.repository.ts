import type { Kysely } from 'kysely';
import { buildTrend, PROGRAMME_START_YEAR, type ImpactProblem, type Trend, type TrendArea } from '../../domain/impact/index.ts';
import { err, ok, type Result } from '../../domain/shared/result.ts';
import type { Database } from '../schema.ts';
import { findImpactIndicator } from './impact-indicator.repository.ts';
import { resolveAreas, savedNeighbours } from './impact-panel.repository.ts';
import { twinGeography } from './twinning.repository.ts';

export interface TrendRequest {
  /** An upper-tier authority's GSS code, or an Opportunity Area id standing for its authority. */
  readonly area: string;
  /** The indicator's code in the store, or a LAIT measure code. */
  readonly measure: string;
  /** How many of the area's saved statistical neighbours to average (the first k of its list). */
  readonly neighbours: number;
}

export interface AreaTrend {
  readonly measure: { readonly code: string; readonly name: string; readonly unit: string; readonly polarity: 'high' | 'low' | null; readonly description: string };
  readonly area: TrendArea;
  readonly neighbours: readonly TrendArea[];
  /** Where the neighbours come from ("the first 10 of set 3, …"), or why there are none. */
  readonly neighboursNote: string;
  readonly region: TrendArea | null;
  readonly england: TrendArea | null;
  readonly startYear: number;
  readonly trend: Trend;
}

const ENGLAND = 'E92000001';

/**
 * One measure for one upper-tier authority beside its statistical neighbours' average, its region and
 * England (docs/methodology.md §16.10). The neighbours are the first k of the area's list in the newest
 * saved set of upper-tier neighbours, as `--comparison neighbours:K` takes them for an estimate; with no
 * saved set the trend has no neighbours' line and says how to save one.
 */
export async function readAreaTrend(db: Kysely<Database>, request: TrendRequest): Promise<Result<AreaTrend, ImpactProblem>> {
  const found = await findImpactIndicator(db, request.measure);
  if (!found.ok) return found;
  const indicator = found.value;
  const geography = await twinGeography(db, 'upper');
  const resolved = resolveAreas(geography, [request.area]);
  if (!resolved.ok) return resolved;
  const [code, ...more] = resolved.value;
  const place = geography.areas.find((a) => a.code === code);
  if (code === undefined || place === undefined) {
    return err({ code: 'unknown-area', message: `${request.area} is not an upper-tier authority in the store: give the GSS code of a county or single-tier authority, like E06000009, or an Opportunity Area id, like blackpool` });
  }
  if (more.length > 0) {
    return err({ code: 'unknown-area', message: `${request.area} stands for several authorities (${resolved.value.join(', ')}): give the GSS code of one` });
  }
  const nameOf = (c: string): TrendArea => ({ code: c, name: geography.names.get(c) ?? c });

  const saved = await savedNeighbours(db, [code], request.neighbours);
  const neighbours = saved.ok ? saved.value.codes.filter((c) => c !== code).map(nameOf) : [];
  const neighboursNote = saved.ok
    ? `the first ${String(request.neighbours)} of ${place.name}’s statistical neighbours in saved set ${String(saved.value.setId)} (${saved.value.setName})`
    : `no saved set of upper-tier neighbours lists ${place.name}: save one with oa twins save --tier upper to see its neighbours’ average`;
  const region = place.regionCode === null ? null : nameOf(place.regionCode);
  const england = geography.names.has(ENGLAND) ? nameOf(ENGLAND) : null;

  const codes = [code, ...neighbours.map((n) => n.code), ...(region === null ? [] : [region.code]), ...(england === null ? [] : [england.code])];
  const values = await db.selectFrom('area_indicators').select(['area_code', 'period', 'value']).where('indicator_code', '=', indicator.code).where('area_code', 'in', codes).execute();
  const trend = buildTrend({ area: nameOf(code), neighbours, region, england, startYear: PROGRAMME_START_YEAR, values: values.map((v) => ({ area: v.area_code, period: v.period, value: v.value })) });
  const polarity = indicator.polarity === 'high' || indicator.polarity === 'low' ? indicator.polarity : null;
  return ok({
    measure: { code: indicator.code, name: indicator.name, unit: indicator.unit, polarity, description: indicator.description },
    area: nameOf(code),
    neighbours,
    neighboursNote,
    region,
    england,
    startYear: PROGRAMME_START_YEAR,
    trend,
  });
}
