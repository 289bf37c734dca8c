import type { FastifyRequest } from 'fastify';
import type { Permission, Principal, ScopeRef } from '../../domain/access/index.ts';

/**
 * What every route must declare in its `config.access`: the permission it needs and, for scoped
 * permissions, which areas, hubs or schools the requested resource belongs to.
 *
 * Access is decided before the request is validated, so a caller without permission is refused whatever
 * it sent: `resource` reads the path and query as sent (strings, possibly malformed: see `rawParam` and
 * `rawUrnParam`), and must answer an empty list rather than fail on what it cannot read.
 */
export interface RouteAccess {
  readonly permission: Permission;
  readonly resource?: (request: FastifyRequest) => readonly ScopeRef[] | Promise<readonly ScopeRef[]>;
  /**
   * The resource is named in the body, so it can be known only once the body is parsed (still before it
   * is validated). Until then only the role is checked.
   */
  readonly resourceInBody?: boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    /** Who is asking, set by the access guard before any handler runs; null when not signed in. */
    principal: Principal | null;
    /** The session behind `principal`, when it came from the session cookie. */
    sessionInfo: { idHash: string; csrfToken: string } | null;
  }
}

export const PUBLIC: RouteAccess = { permission: 'public' };

/** A path parameter as text, before validation or after it (when it may have become a number); undefined when absent. */
export function rawParam(request: { params: unknown }, name: string): string | undefined {
  const value = (request.params as Record<string, unknown> | null)?.[name];
  if (typeof value === 'number') return String(value);
  return typeof value === 'string' ? value : undefined;
}

/** A URN path parameter as sent, when it is six digits; null otherwise (a malformed URN names no school). */
export function rawUrnParam(request: { params: unknown }, name = 'urn'): number | null {
  const value = rawParam(request, name);
  return value !== undefined && /^\d{6}$/.test(value) ? Number(value) : null;
}

/** A body field as parsed, before validation: its text, or undefined when absent or not text. */
export function rawBodyText(request: { body: unknown }, name: string): string | undefined {
  const value = (request.body as Record<string, unknown> | null | undefined)?.[name];
  return typeof value === 'string' ? value : undefined;
}
