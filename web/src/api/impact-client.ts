import { api, reply, type Schemas } from './http.ts';
import { withQuery } from './public-data-client.ts';

/** One estimate of GET /api/impact (the ImpactEstimate schema at /api/docs). */
export type ImpactEstimate = Schemas['ImpactEstimate'];

export type ImpactMethod = ImpactEstimate['method'];

/** One estimate for an Opportunity Area (by its id) on one measure, by `method` against the `comparison` pool (all, neighbours:K, region). */
export async function getAreaImpact(areaId: string, measure: string, from: string, choice: { readonly method: ImpactMethod; readonly comparison: string }, signal: AbortSignal): Promise<ImpactEstimate | null> {
  const query = { area: areaId, measure, from, method: choice.method, comparison: choice.comparison };
  const { estimates } = await reply(api.GET('/api/impact', { params: { query }, signal }));
  // openapi-fetch types replies through Readable<>, which widens a fixed pair (ci95) to an array.
  return (estimates[0] ?? null) as ImpactEstimate | null;
}

/** GET /api/impact/trend (the ImpactTrend schema at /api/docs). */
export type ImpactTrend = Schemas['ImpactTrend'];
export type TrendPoint = ImpactTrend['points'][number];

/** The trend's address: JSON by default, or the CSV download of the same rows. */
export function trendPath(areaId: string, measure: string, format?: 'csv'): string {
  return withQuery('/api/impact/trend', { area: areaId, measure, format });
}

/** An Opportunity Area's authority on one measure beside its neighbours' average, its region and England. */
export async function getAreaTrend(areaId: string, measure: string, signal: AbortSignal): Promise<ImpactTrend> {
  return reply(api.GET('/api/impact/trend', { params: { query: { area: areaId, measure } }, signal }));
}

/** GET /api/impact/national (the NationalImpact schema at /api/docs): every Opportunity Area's estimate for one measure, as far as worked out. */
export type NationalImpact = Schemas['NationalImpact'];

export async function getNationalImpact(measure: string, method: ImpactMethod, from: string, signal: AbortSignal): Promise<NationalImpact> {
  // openapi-fetch types replies through Readable<>, which widens a fixed pair (ci95) to an array.
  return (await reply(api.GET('/api/impact/national', { params: { query: { measure, method, from } }, signal }))) as NationalImpact;
}
