import { ApiError } from './api-error.ts';
import type { ApiErrorBody, FundList, OpportunityAreaDetail, OpportunityAreaList } from './types.ts';

/** CSV downloads are plain links: the browser fetches them, not this client. */
export const csvLinks = {
  opportunityAreas: '/api/opportunity-areas?format=csv',
  funds: '/api/funds?format=csv',
  fundsFor: (areaId: string) => `/api/funds?opportunityArea=${encodeURIComponent(areaId)}&format=csv`,
} as const;

export async function getOpportunityAreas(signal: AbortSignal): Promise<OpportunityAreaList> {
  return (await getJson('/api/opportunity-areas', signal)) as OpportunityAreaList;
}

export async function getOpportunityArea(id: string, signal: AbortSignal): Promise<OpportunityAreaDetail> {
  return (await getJson(`/api/opportunity-areas/${encodeURIComponent(id)}`, signal)) as OpportunityAreaDetail;
}

export async function getFunds(signal: AbortSignal): Promise<FundList> {
  return (await getJson('/api/funds', signal)) as FundList;
}

/**
 * Fetches JSON, throwing an ApiError for any failure. Successful bodies are not re-validated here: the
 * server checks each reply against the schema it publishes, and types.ts mirrors that schema.
 */
async function getJson(path: string, signal: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, { signal, headers: { accept: 'application/json' } });
  } catch (error) {
    if (signal.aborted) throw error;
    throw new ApiError(0, 'network_error', 'The service could not be reached');
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (isApiErrorBody(body)) throw new ApiError(response.status, body.error.code, body.error.message);
    throw new ApiError(response.status, 'http_error', `The service replied ${String(response.status)} ${response.statusText}`);
  }
  if (body === undefined) throw new ApiError(response.status, 'invalid_response', 'The service did not reply with JSON');
  return body;
}

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body;
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    && 'message' in error && typeof error.message === 'string';
}
