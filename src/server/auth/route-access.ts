import type { FastifyRequest } from 'fastify';
import type { Permission, Principal, ScopeRef } from '../../domain/access/index.ts';

/**
 * What every route must declare in its `config.access`: the permission it needs and, for scoped
 * permissions, which areas, hubs or schools the requested resource belongs to.
 */
export interface RouteAccess {
  readonly permission: Permission;
  readonly resource?: (request: FastifyRequest) => readonly ScopeRef[] | Promise<readonly ScopeRef[]>;
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
