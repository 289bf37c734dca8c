import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { authorise, type Permission } from '../../domain/access/index.ts';
import type { Database } from '../../storage/schema.ts';
import { errorReply } from '../errors.ts';
import { authenticate } from './authenticate.ts';
import { sameSecret } from './secrets.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Routes added by plugins we do not write are public by nature and declared here: the API docs UI, and
 * the built web app's files (@fastify/static marks each file route with its `rootPath`). */
const PLUGIN_ROUTE_PREFIXES = ['/api/docs'];

function isPluginPublicRoute(url: string, config: unknown): boolean {
  if (PLUGIN_ROUTE_PREFIXES.some((prefix) => url.startsWith(prefix))) return true;
  return typeof config === 'object' && config !== null && 'rootPath' in config && 'file' in config;
}

export interface RouteAccessDeclaration {
  readonly method: string;
  readonly url: string;
  readonly permission: Permission;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** Every route with the permission it declared, for the role × route matrix test and docs. */
    routeAccess: readonly RouteAccessDeclaration[];
  }
}

/** A route registered without `config.access`; the server refuses to start. */
export class UndeclaredRouteAccessError extends Error {
  override readonly name = 'UndeclaredRouteAccessError';
}

/**
 * The one access guard. Every route must declare `config.access` (checked as routes are added); before
 * each handler it authenticates the caller, checks CSRF on state-changing requests made with the session
 * cookie, and asks the domain's `authorise` whether the permission holds for the resource's scope.
 */
export function registerAccessGuard(app: FastifyInstance, deps: { db: Kysely<Database>; clock: () => Date }): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('sessionInfo', null);
  const declarations: RouteAccessDeclaration[] = [];
  app.decorate('routeAccess', declarations);

  app.addHook('onRoute', (route) => {
    const methods = (Array.isArray(route.method) ? route.method : [route.method]).filter((m) => m !== 'HEAD');
    if (route.config?.access === undefined) {
      if (!isPluginPublicRoute(route.url, route.config)) {
        throw new UndeclaredRouteAccessError(`Route ${methods.join(',')} ${route.url} does not declare config.access`);
      }
      route.config = { ...route.config, access: { permission: 'public' } };
    }
    const permission = route.config.access?.permission ?? 'public';
    for (const method of methods) declarations.push({ method, url: route.url, permission });
  });

  // Who is asking, and CSRF, before the body is even parsed: a forged request gets 401/403, never 400.
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) return undefined;
    const authentication = await authenticate(request, deps.db, deps.clock());
    if (authentication.kind === 'invalid_token') {
      return reply.code(401).send(errorReply('invalid_token', 'The API token is not valid. Check it, or create a new one with: oa tokens create'));
    }
    request.principal = authentication.kind === 'anonymous' ? null : authentication.principal;
    if (authentication.kind === 'session') {
      request.sessionInfo = { idHash: authentication.idHash, csrfToken: authentication.csrfToken };
      if (!SAFE_METHODS.has(request.method)) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !sameSecret(sent, authentication.csrfToken)) {
          return reply.code(403).send(errorReply('csrf_token_invalid', 'The form has expired. Reload the page and try again.'));
        }
      }
    }
    if (access.permission !== 'public' && request.principal === null) {
      return reply.code(401).send(errorReply('sign_in_required', 'Sign in to see this page.'));
    }
    return undefined;
  });

  // Whether the permission holds for this resource, once the route's params and query are validated.
  app.addHook('preHandler', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) return undefined;
    const resource = access.resource === undefined ? [] : await access.resource(request);
    const decision = authorise(request.principal, access.permission, resource);
    if (!decision.allowed) return reply.code(decision.status).send(errorReply(decision.code, decision.message));
    return undefined;
  });
}
