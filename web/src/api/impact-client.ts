import { getJson } from './http.ts';
import { withQuery } from './public-data-client.ts';

/** One estimate of GET /api/impact (the ImpactEstimate schema at /api/docs). */
export interface ImpactEstimate {
  readonly measure: { readonly code: string; readonly name: string; readonly unit: string };
  readonly method: 'sdid' | 'sc' | 'did';
  readonly estimate: number;
  readonly se: number | null;
  readonly ci95: readonly [number, number] | null;
  readonly p_value: number | null;
  readonly pre_periods: readonly string[];
  readonly post_periods: readonly string[];
  readonly treated: readonly { readonly code: string; readonly name: string }[];
  readonly pool: string;
  readonly donors: readonly { readonly code: string; readonly name: string; readonly weight: number }[];
  readonly trajectory: readonly { readonly period: string; readonly treated: number; readonly comparison: number }[];
  readonly warnings: readonly string[];
}

/** The synthetic difference-in-differences estimate for an Opportunity Area (by its id) on one measure. */
export async function getAreaImpact(areaId: string, measure: string, from: string, signal: AbortSignal): Promise<ImpactEstimate | null> {
  const reply = (await getJson(withQuery('/api/impact', { area: areaId, measure, from, method: 'sdid' }), signal)) as { estimates: ImpactEstimate[] };
  return reply.estimates[0] ?? null;
}
