import { ApiError } from './api-error.ts';
import type { ApiErrorBody } from './types.ts';

let csrfToken: string | null = null;

/**
 * Remembers the CSRF token the server last gave (GET or POST /api/session), which every state-changing
 * request must send back. Only the session functions call this.
 */
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Fetches JSON, throwing an ApiError for any failure. Successful bodies are not re-validated here: the
 * server checks each reply against the schema it publishes, and types.ts mirrors that schema.
 */
export async function getJson(path: string, signal: AbortSignal): Promise<unknown> {
  return request(path, { signal, headers: { accept: 'application/json' } });
}

export type ChangeMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Sends a state-changing request. It always carries the CSRF token and a JSON body (`{}` when there is
 * nothing to send): the server refuses other content types, and an empty body labelled JSON.
 * Resolves to the reply's JSON, or undefined for 204 No Content.
 */
export async function sendJson(method: ChangeMethod, path: string, body: unknown = {}): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json', 'content-type': 'application/json' };
  if (csrfToken !== null) headers['x-csrf-token'] = csrfToken;
  return request(path, { method, headers, body: JSON.stringify(body) });
}

async function request(path: string, init: RequestInit): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (init.signal?.aborted === true) throw error;
    throw new ApiError(0, 'network_error', 'The service could not be reached. Check your connection and try again.');
  }
  if (response.status === 204) return undefined;
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    if (isApiErrorBody(body)) throw new ApiError(response.status, body.error.code, body.error.message, body.error.fields ?? [], body);
    throw new ApiError(response.status, 'http_error', `The service replied ${String(response.status)} ${response.statusText}`);
  }
  if (body === undefined) throw new ApiError(response.status, 'invalid_response', 'The service did not reply with JSON');
  return body;
}

function isApiErrorBody(body: unknown): body is ApiErrorBody {
  if (typeof body !== 'object' || body === null || !('error' in body)) return false;
  const { error } = body;
  if (typeof error !== 'object' || error === null) return false;
  const hasText = 'code' in error && typeof error.code === 'string' && 'message' in error && typeof error.message === 'string';
  return hasText && (!('fields' in error) || error.fields === undefined || (Array.isArray(error.fields) && error.fields.every(isFieldError)));
}

function isFieldError(item: unknown): boolean {
  return typeof item === 'object' && item !== null && 'field' in item && typeof item.field === 'string'
    && 'message' in item && typeof item.message === 'string';
}
