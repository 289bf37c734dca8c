import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authorise, authoriseRole, type Decision, type Permission } from '../../domain/access/index.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { appError } from '../../app/errors.ts';
import { sendError } from '../errors.ts';
import { isApiPath } from '../static-web.ts';
import { authenticate } from './authenticate.ts';
import type { RouteAccess } from './route-access.ts';
import { sameSecret } from '../../app/access/secrets.ts';

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
 * the request is validated it authenticates the caller, checks CSRF on state-changing requests made with
 * the session cookie, and asks the domain's `authorise` whether the permission holds for the resource's
 * scope. Replies to signed-in callers are marked `Cache-Control: no-store`.
 */
export function registerAccessGuard(app: FastifyInstance, deps: { services: Services; clock: () => Date }): void {
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

  // Who is asking, CSRF and, where the resource is in the path or query, whether they may: all before the
  // body is even parsed, so a forged or unpermitted request gets 401/403 whatever it carries, never 400.
  app.addHook('onRequest', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access === undefined) return undefined;
    const authentication = await authenticate(request, deps.services, deps.clock());
    if (authentication.kind === 'invalid_token') {
      return sendError(reply, appError('invalid_token', 'The API token is not valid. Check it, or create a new one with: oa tokens create'));
    }
    if (authentication.kind === 'token_out_of_scope') {
      const message = 'This API token reaches nothing its user can still access: their scope has changed since it was made. Revoke it and create a new one with: oa tokens create';
      return sendError(reply, appError('token_out_of_scope', message));
    }
    request.principal = authentication.kind === 'anonymous' ? null : authentication.principal;
    if (authentication.kind === 'session') {
      request.sessionInfo = { idHash: authentication.idHash, csrfToken: authentication.csrfToken };
      if (!SAFE_METHODS.has(request.method)) {
        const sent = request.headers['x-csrf-token'];
        if (typeof sent !== 'string' || !sameSecret(sent, authentication.csrfToken)) {
          return sendError(reply, appError('csrf_token_invalid', 'The form has expired. Reload the page and try again.'));
        }
      }
    }
    if (access.permission !== 'public' && request.principal === null) {
      return sendError(reply, appError('sign_in_required', 'Sign in to see this page.'));
    }
    // A resource named in the body waits for the body; the role alone is checked now.
    const decision = access.resourceInBody === true ? authoriseRole(request.principal, access.permission) : await decide(request, access);
    if (!decision.allowed) return sendError(reply, appError(decision.code, decision.message));
    return undefined;
  });

  // A resource named in the body: once the body is parsed, before it is validated.
  app.addHook('preValidation', async (request, reply) => {
    const access = request.routeOptions.config.access;
    if (access?.resourceInBody !== true) return undefined;
    const decision = await decide(request, access);
    if (!decision.allowed) return sendError(reply, appError(decision.code, decision.message));
    return undefined;
  });

  // A reply to a signed-in caller may hold what only they may see (pupil-level figures, names, emails), and
  // so may a reply that signs someone in: no browser or proxy may keep a copy (docs/security.md).
  app.addHook('onSend', async (request, reply, payload) => {
    if (isApiPath(request.url) && (request.principal !== null || reply.hasHeader('set-cookie'))) reply.header('cache-control', 'no-store');
    return payload;
  });
}

async function decide(request: FastifyRequest, access: RouteAccess): Promise<Decision> {
  const resource = access.resource === undefined ? [] : await access.resource(request);
  return authorise(request.principal, access.permission, resource);
}
