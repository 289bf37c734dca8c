import { ApiError } from './api-error.ts';
import type { components, paths } from './generated/openapi.d.ts';
import { createTypedClient, type Send } from './typed-client.ts';

/** The API's named schemas, generated from openapi.json (npm run web-client). */
export type Schemas = components['schemas'];
export type ApiErrorBody = Schemas['Error'];

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
type JsonOf<R> = R extends { content: { 'application/json': infer T } } ? T : never;

type Success<R> = (R extends { 200: infer Ok } ? JsonOf<Ok> : never) | (R extends { 201: infer Created } ? JsonOf<Created> : never);

/** The JSON a route replies with on success (200 or 201), e.g. `Reply<'/api/service', 'get'>`. */
export type Reply<P extends keyof paths, M extends Method = 'get'> = NonNullable<paths[P][M]> extends { responses: infer R } ? Success<R> : never;

/** The JSON body a route takes, e.g. `RequestBody<'/api/users', 'post'>`. */
export type RequestBody<P extends keyof paths, M extends Method> = NonNullable<paths[P][M]> extends { requestBody?: infer B }
  ? JsonOf<NonNullable<B>>
  : never;

let csrfToken: string | null = null;

/**
 * Remembers the CSRF token the server last gave (GET or POST /api/session), which every state-changing
 * request must send back. Only the session functions call this.
 */
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token;
}

/**
 * Every request goes through here: the path template filled with `params.path` (each value encoded as one
 * segment), the query serialised, and a state-changing request given the CSRF token and a JSON body (`{}`
 * when there is nothing to send: the server refuses other content types, and an empty body labelled JSON).
 * A request that cannot reach the service becomes an ApiError, unless the caller aborted it. A reply that
 * says it is JSON but is not rejects with the parser's SyntaxError, as openapi-fetch does.
 */
const send: Send = async (method, template, { baseUrl = '', headers, params, body, signal } = {}) => {
  const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(params?.path?.[name] ?? '')));
  const query = params?.query === undefined ? '' : querySerializer(params.query);
  const change = method !== 'GET';
  const sent: Record<string, string> = { accept: 'application/json', ...headers };
  if (change) sent['content-type'] = 'application/json';
  if (change && csrfToken !== null) sent['x-csrf-token'] = csrfToken;
  let response: Response;
  try {
    response = await fetch(`${baseUrl}${path}${query === '' ? '' : `?${query}`}`, {
      method,
      headers: sent,
      body: change ? (body === undefined ? '{}' : JSON.stringify(body)) : null,
      signal: signal ?? null,
    });
  } catch (error) {
    if (signal?.aborted === true) throw error;
    throw new ApiError(0, 'network_error', 'The service could not be reached. Check your connection and try again.');
  }
  const empty = response.status === 204 || response.headers.get('content-length') === '0';
  if (response.ok) return { data: empty ? undefined : ((await response.json()) as unknown), response };
  const text = empty ? '' : await response.text();
  try {
    return { error: JSON.parse(text) as unknown, response };
  } catch {
    return { error: text, response };
  }
};

/**
 * The one typed client of the JSON API (openapi-fetch's interface, `typed-client.ts`): paths, parameters, bodies and replies all come from openapi.json.
 * Call it through `reply`, which turns a failure into an ApiError. Successful bodies are not re-validated
 * here: the server checks each reply against the schema it publishes, which these types are generated from.
 */
export const api = createTypedClient<paths>(send);

/** Query parameters as the pages always sent them: empty values left out (no route takes a list or an object). */
function querySerializer(query: Record<string, unknown>): string {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (typeof value === 'string' ? value !== '' : typeof value === 'number' || typeof value === 'boolean') search.set(name, String(value));
  }
  return search.toString();
}

interface Outcome<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Waits for a call of `api` and gives its reply's JSON (undefined for 204 No Content), throwing an ApiError
 * for any failure: the API's own error code, message and fields where it gave them.
 */
export async function reply<T>(pending: Promise<Outcome<T>>): Promise<T> {
  let outcome: Outcome<T>;
  try {
    outcome = await pending;
  } catch (error) {
    if (error instanceof SyntaxError) throw new ApiError(200, 'invalid_response', 'The service did not reply with JSON');
    throw error;
  }
  const { data, error, response } = outcome;
  if (!response.ok) {
    if (isApiErrorBody(error)) throw new ApiError(response.status, error.error.code, error.error.message, error.error.fields ?? [], error);
    throw new ApiError(response.status, 'http_error', `The service replied ${String(response.status)} ${response.statusText}`);
  }
  if (data === undefined && response.status !== 204) throw new ApiError(response.status, 'invalid_response', 'The service did not reply with JSON');
  return data as T;
}

/** Fetches JSON from a path built by hand (a page's own filters). Prefer `api` with the route's path. */
export async function getJson(path: string, signal: AbortSignal): Promise<unknown> {
  return reply(send('GET', path, { signal }));
}

export type ChangeMethod = 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Sends a state-changing request to a path built by hand. Prefer `api` with the route's path. */
export async function sendJson(method: ChangeMethod, path: string, body: unknown = {}): Promise<unknown> {
  return reply(send(method, path, { body }));
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
