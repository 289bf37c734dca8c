import { getJson } from './http.ts';
import type {
  AreaDetail, AreaTwins, EffectSizeConversion, IndexAreaExplanation, IndexResult, IndicatorList, IndicatorValues, SchoolList, SchoolPlacementReport, SchoolProfile, ToolkitStrandList,
} from './public-data-types.ts';

/** Query parameters as the API takes them; empty values are left out of the URL. */
export type QueryParams = Readonly<Record<string, string | number | undefined>>;

/** `withQuery('/api/schools', { q: 'park', page: 2, phase: '' })` → "/api/schools?q=park&page=2". */
export function withQuery(path: string, params: QueryParams): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== '') query.set(name, String(value));
  }
  const text = query.toString();
  return text === '' ? path : `${path}?${text}`;
}

/** The CSV download of the same rows an API list call returns. */
export function csvLink(path: string, params: QueryParams = {}): string {
  return withQuery(path, { ...params, format: 'csv' });
}

export async function getSchools(params: QueryParams, signal: AbortSignal): Promise<SchoolList> {
  return (await getJson(withQuery('/api/schools', params), signal)) as SchoolList;
}

export async function getSchoolPlacement(signal: AbortSignal): Promise<SchoolPlacementReport> {
  return (await getJson('/api/schools/placement', signal)) as SchoolPlacementReport;
}

export function schoolPlacementCsvLink(): string {
  return csvLink('/api/schools/placement');
}

export async function getSchool(urn: string, signal: AbortSignal): Promise<SchoolProfile> {
  return (await getJson(`/api/schools/${encodeURIComponent(urn)}`, signal)) as SchoolProfile;
}

export async function getArea(code: string, signal: AbortSignal): Promise<AreaDetail> {
  return (await getJson(`/api/areas/${encodeURIComponent(code)}`, signal)) as AreaDetail;
}

export async function getIndicators(signal: AbortSignal): Promise<IndicatorList> {
  return (await getJson('/api/indicators', signal)) as IndicatorList;
}

export async function getIndicatorValues(code: string, period: string, signal: AbortSignal): Promise<IndicatorValues> {
  return (await getJson(withQuery(`/api/indicators/${encodeURIComponent(code)}`, { period, kind: 'district' }), signal)) as IndicatorValues;
}

export async function getStrands(params: QueryParams, signal: AbortSignal): Promise<ToolkitStrandList> {
  return (await getJson(withQuery('/api/toolkit/strands', params), signal)) as ToolkitStrandList;
}

export async function convertEffectSize(params: { effectSize: string } | { months: string }, signal: AbortSignal): Promise<EffectSizeConversion> {
  return (await getJson(withQuery('/api/toolkit/effect-size', params), signal)) as EffectSizeConversion;
}

export async function getIndex(recipe: string, signal: AbortSignal): Promise<IndexResult> {
  return (await getJson(withQuery('/api/index', { recipe }), signal)) as IndexResult;
}

export async function getIndexArea(code: string, recipe: string, signal: AbortSignal): Promise<IndexAreaExplanation> {
  return (await getJson(withQuery(`/api/index/areas/${encodeURIComponent(code)}`, { recipe }), signal)) as IndexAreaExplanation;
}

/** An area's statistical neighbours; `recipe` left out means the server's default (the cold-spot index's). */
export async function getAreaTwins(code: string, tier: 'district' | 'upper', signal: AbortSignal, recipe?: string): Promise<AreaTwins> {
  return (await getJson(withQuery(`/api/twins/areas/${encodeURIComponent(code)}`, { tier, recipe }), signal)) as AreaTwins;
}
