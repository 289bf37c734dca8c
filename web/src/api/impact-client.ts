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

export type ImpactMethod = ImpactEstimate['method'];

/** One estimate for an Opportunity Area (by its id) on one measure, by `method` against the `comparison` pool (all, neighbours:K, region). */
export async function getAreaImpact(areaId: string, measure: string, from: string, choice: { readonly method: ImpactMethod; readonly comparison: string }, signal: AbortSignal): Promise<ImpactEstimate | null> {
  const reply = (await getJson(withQuery('/api/impact', { area: areaId, measure, from, method: choice.method, comparison: choice.comparison }), signal)) as { estimates: ImpactEstimate[] };
  return reply.estimates[0] ?? null;
}

/** GET /api/impact/trend (the ImpactTrend schema at /api/docs). */
export interface ImpactTrend {
  readonly measure: { readonly code: string; readonly name: string; readonly unit: string; readonly polarity: 'high' | 'low' | null; readonly description: string };
  readonly area: { readonly code: string; readonly name: string };
  readonly neighbours: readonly { readonly code: string; readonly name: string }[];
  readonly neighboursNote: string;
  readonly region: { readonly code: string; readonly name: string } | null;
  readonly england: { readonly code: string; readonly name: string } | null;
  readonly startYear: number;
  readonly start: string | null;
  readonly points: readonly TrendPoint[];
}

export interface TrendPoint {
  readonly period: string;
  readonly area: number | null;
  readonly neighbours: { readonly mean: number | null; readonly count: number };
  readonly region: number | null;
  readonly england: number | null;
  readonly stage: 'before' | 'starts' | 'running';
}

/** The trend's address: JSON by default, or the CSV download of the same rows. */
export function trendPath(areaId: string, measure: string, format?: 'csv'): string {
  return withQuery('/api/impact/trend', { area: areaId, measure, format });
}

/** An Opportunity Area's authority on one measure beside its neighbours' average, its region and England. */
export async function getAreaTrend(areaId: string, measure: string, signal: AbortSignal): Promise<ImpactTrend> {
  return (await getJson(trendPath(areaId, measure), signal)) as ImpactTrend;
}

/** GET /api/impact/national (the NationalImpact schema at /api/docs): every Opportunity Area's estimate for one measure, as far as worked out. */
export interface NationalImpact {
  readonly measure: { readonly code: string; readonly name: string; readonly unit: string };
  readonly from: string;
  readonly method: ImpactMethod;
  readonly done: number;
  readonly total: number;
  readonly complete: boolean;
  readonly areas: readonly {
    readonly id: string;
    readonly name: string;
    readonly status: 'ready' | 'working' | 'refused';
    readonly estimate: Pick<ImpactEstimate, 'estimate' | 'se' | 'ci95' | 'p_value' | 'pre_periods' | 'post_periods' | 'treated' | 'pool' | 'warnings'> | null;
    readonly problem: { readonly code: string; readonly message: string } | null;
  }[];
}

export async function getNationalImpact(measure: string, method: ImpactMethod, from: string, signal: AbortSignal): Promise<NationalImpact> {
  return (await getJson(withQuery('/api/impact/national', { measure, method, from }), signal)) as NationalImpact;
}
