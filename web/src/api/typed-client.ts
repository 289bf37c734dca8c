import type { Client } from 'openapi-fetch';

/** What a call may pass: the subset of openapi-fetch's options this app uses. */
interface CallOptions {
  readonly baseUrl?: string;
  readonly headers?: Record<string, string>;
  readonly params?: { readonly path?: Record<string, string | number>; readonly query?: Record<string, unknown> };
  readonly body?: unknown;
  readonly signal?: AbortSignal;
}

interface ClientSettings {
  readonly fetch: (request: Request) => Promise<Response>;
  readonly querySerializer: (query: Record<string, unknown>) => string;
  readonly headers: Record<string, string>;
}

export type Outcome = { data: unknown; error?: undefined; response: Response } | { data?: undefined; error: unknown; response: Response };

/** Sends one request: `method`, a path (its `{name}` parts filled from `params.path`) and the options. */
export type Send = (method: string, template: string, options?: CallOptions) => Promise<Outcome>;

/**
 * A client with openapi-fetch's typed interface (`api.GET('/api/funds/{id}', { params: { path: { id } } })`,
 * replying `{ data } | { error }` with the response) over a few lines of fetch. openapi-fetch's own runtime
 * (serialisers and middleware the app has no use for) would add 2.6 KB gzip to every page; its types cost nothing.
 * A reply that says it is JSON but is not rejects with the parser's SyntaxError, as openapi-fetch does.
 */
export function createSender(settings: ClientSettings): Send {
  return async (method, template, options = {}) => {
    const path = template.replace(/\{([^}]+)\}/g, (_, name: string) => encodeURIComponent(String(options.params?.path?.[name] ?? '')));
    const query = options.params?.query === undefined ? '' : settings.querySerializer(options.params.query);
    const url = `${options.baseUrl ?? ''}${path}${query === '' ? '' : `?${query}`}`;
    const headers = { ...settings.headers, ...options.headers };
    const body = options.body === undefined ? null : JSON.stringify(options.body);
    const init: RequestInit = { method, headers, body, ...(options.signal === undefined ? {} : { signal: options.signal }) };
    const response = await settings.fetch(new Request(url, init));
    const empty = response.status === 204 || response.headers.get('content-length') === '0';
    if (response.ok) return { data: empty ? undefined : ((await response.json()) as unknown), response };
    return { error: parsedOrText(empty ? '' : await response.text()), response };
  };
}

/**
 * A client with openapi-fetch's typed interface (`api.GET('/api/funds/{id}', { params: { path: { id } } })`,
 * replying `{ data } | { error }` with the response) over `send`. openapi-fetch's own runtime (serialisers
 * and middleware the app has no use for) would add 2.6 KB gzip to every page; its types cost nothing.
 * A reply that says it is JSON but is not rejects with the parser's SyntaxError, as openapi-fetch does.
 */
export function createTypedClient<Paths extends object>(send: Send): Client<Paths> {
  const call = (method: string) => (template: string, options?: CallOptions) => send(method, template, options);
  const client = { GET: call('GET'), PUT: call('PUT'), POST: call('POST'), DELETE: call('DELETE'), PATCH: call('PATCH') };
  // The calls above take and give what Client<Paths> describes for every path; TypeScript cannot see that
  // through the generic path templates, so the object is given the interface here, once.
  return client as unknown as Client<Paths>;
}

function parsedOrText(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}
