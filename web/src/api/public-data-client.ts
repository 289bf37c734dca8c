import { api, getJson, reply } from './http.ts';
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

// Filters typed by people (a search box, the address bar) go as they are, empty ones left out, so the server
// checks them and names the problem; the reply is still typed from openapi.json.
export async function getSchools(params: QueryParams, signal: AbortSignal): Promise<SchoolList> {
  return (await getJson(withQuery('/api/schools', params), signal)) as SchoolList;
}

export async function getSchoolPlacement(signal: AbortSignal): Promise<SchoolPlacementReport> {
  return reply(api.GET('/api/schools/placement', { signal }));
}

export function schoolPlacementCsvLink(): string {
  return csvLink('/api/schools/placement');
}

export async function getSchool(urn: string, signal: AbortSignal): Promise<SchoolProfile> {
  return reply(api.GET('/api/schools/{urn}', { params: { path: { urn } }, signal }));
}

export async function getArea(code: string, signal: AbortSignal): Promise<AreaDetail> {
  return reply(api.GET('/api/areas/{code}', { params: { path: { code } }, signal }));
}

export async function getIndicators(signal: AbortSignal): Promise<IndicatorList> {
  return reply(api.GET('/api/indicators', { signal }));
}

/** One indicator's values by district in `period`, or in its newest period when none is given. */
export async function getIndicatorValues(code: string, period: string | undefined, signal: AbortSignal): Promise<IndicatorValues> {
  return reply(api.GET('/api/indicators/{code}', { params: { path: { code }, query: { ...(period === undefined ? {} : { period }), kind: 'district' } }, signal }));
}

export async function getStrands(params: QueryParams, signal: AbortSignal): Promise<ToolkitStrandList> {
  return (await getJson(withQuery('/api/toolkit/strands', params), signal)) as ToolkitStrandList;
}

export async function convertEffectSize(params: { effectSize: string } | { months: string }, signal: AbortSignal): Promise<EffectSizeConversion> {
  return (await getJson(withQuery('/api/toolkit/effect-size', params), signal)) as EffectSizeConversion;
}

export async function getIndex(recipe: string, signal: AbortSignal): Promise<IndexResult> {
  // openapi-fetch types replies through Readable<>, which widens a fixed pair (rankInterval) to an array.
  return (await reply(api.GET('/api/index', { params: { query: { recipe } }, signal }))) as IndexResult;
}

export async function getIndexArea(code: string, recipe: string, signal: AbortSignal): Promise<IndexAreaExplanation> {
  return reply(api.GET('/api/index/areas/{code}', { params: { path: { code }, query: { recipe } }, signal }));
}

/** An area's statistical neighbours; `recipe` left out means the server's default (the cold-spot index's). */
export async function getAreaTwins(code: string, tier: 'district' | 'upper', signal: AbortSignal, recipe?: string): Promise<AreaTwins> {
  return reply(api.GET('/api/twins/areas/{code}', { params: { path: { code }, query: recipe === undefined ? { tier } : { tier, recipe } }, signal }));
}
