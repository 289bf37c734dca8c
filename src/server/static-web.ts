import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { authorise, type Permission, type ScopeRef } from '../domain/access/index.ts';
import type { Services } from '../storage/services/create-services.ts';
import { PUBLIC, rawUrnParam } from './auth/route-access.ts';

/**
 * Paths the web app draws itself; the server answers them with its index.html and status 200. Every page
 * of the app's router (`web/src/router/match-route.ts`) is here: `test/web/server-knows-every-page.test.ts`
 * walks both lists, so a page added to one and not the other fails.
 */
export const WEB_PAGES = [
  '/', '/funding', '/funding/:id', '/impact', '/sign-in', '/audit', '/users', '/users/new', '/users/:id', '/data', '/map', '/toolkit', '/index', '/index/recipes/edit',
  '/schools', '/schools/:urn',
  '/areas/:id', '/areas/:id/board', '/areas/:id/board/members/new', '/areas/:id/board/meetings/new',
  '/areas/:id/plan', '/areas/:id/plan/measures/:code/actual', '/areas/:id/plan/measures/:code/status', '/areas/:id/what-worked/new',
  '/plans', '/plans/status', '/what-worked',
  '/hubs', '/hubs/:id', '/hubs/:id/placement', '/hubs/:id/events/:eventId', '/hubs/:id/programmes/new', '/hubs/:id/schools/:urn/engagement', '/hubs/:id/schools/:urn/evidence-plan', '/hubs/:id/schools/:urn/follow-up',
  '/careers/schools/:urn', '/careers/schools/:urn/record', '/careers/areas/:id', '/careers/areas/:id/advisers',
  '/catch-up/schools/:urn', '/catch-up/areas/:id',
  '/holiday/areas/:id', '/holiday/schools/:urn',
  '/intermediaries', '/intermediaries/:kind/:code',
  '/accessibility', '/privacy', '/cookies', '/contact',
] as const;

type WebPage = (typeof WEB_PAGES)[number];

type PageParams = Readonly<Record<string, string>>;

/**
 * Pages the app shows only to a role with a permission (within the area or hub in the path), as its
 * `RequireAccess` does: a signed-in user without it gets the app's "no access" page with status 403. A
 * visitor not signed in gets 200: the app sends them to sign in. Where what the page belongs to is known
 * only from the database (a hub's area, a school's hubs), `scopes` looks it up as the page's own API does,
 * so the page and its status agree.
 */
const PAGE_ACCESS: Partial<
  Record<
    WebPage,
    {
      readonly permission: Permission;
      readonly scope?: (params: PageParams) => ScopeRef;
      readonly scopes?: (params: PageParams, services: Services) => Promise<readonly ScopeRef[]>;
    }
  >
> = {
  '/audit': { permission: 'audit:read' },
  '/users': { permission: 'users:manage' },
  '/users/new': { permission: 'users:manage' },
  '/users/:id': { permission: 'users:manage' },
  '/index/recipes/edit': { permission: 'index:write' },
  '/plans': { permission: 'area:read' },
  '/plans/status': { permission: 'area:read' },
  '/what-worked': { permission: 'signed_in' },
  '/areas/:id/board': { permission: 'area:write', scope: (p) => `area:${p['id'] ?? ''}` },
  '/areas/:id/board/members/new': { permission: 'area:write', scope: (p) => `area:${p['id'] ?? ''}` },
  '/areas/:id/board/meetings/new': { permission: 'area:write', scope: (p) => `area:${p['id'] ?? ''}` },
  '/areas/:id/plan': { permission: 'area:read', scope: (p) => `area:${p['id'] ?? ''}` },
  '/areas/:id/plan/measures/:code/actual': { permission: 'area:write', scope: (p) => `area:${p['id'] ?? ''}` },
  '/areas/:id/plan/measures/:code/status': { permission: 'area:write', scope: (p) => `area:${p['id'] ?? ''}` },
  '/areas/:id/what-worked/new': { permission: 'area:write', scope: (p) => `area:${p['id'] ?? ''}` },
  '/careers/areas/:id': { permission: 'aggregate:read', scope: (p) => `area:${p['id'] ?? ''}` },
  '/careers/areas/:id/advisers': { permission: 'area:read', scope: (p) => `area:${p['id'] ?? ''}` },
  '/catch-up/areas/:id': { permission: 'aggregate:read', scope: (p) => `area:${p['id'] ?? ''}` },
  '/holiday/areas/:id': { permission: 'aggregate:read', scope: (p) => `area:${p['id'] ?? ''}` },
  '/hubs/:id': { permission: 'school:read', scopes: (p, services) => services.researchNetwork.hubScopes(p['id'] ?? '') },
  '/hubs/:id/events/:eventId': { permission: 'school:read', scopes: (p, services) => services.researchNetwork.hubScopes(p['id'] ?? '') },
  '/hubs/:id/schools/:urn/engagement': { permission: 'school:read', scopes: (p, services) => schoolScopes(p, (urn) => services.researchNetwork.schoolNetworkScopes(urn)) },
  '/careers/schools/:urn': { permission: 'aggregate:read', scopes: (p, services) => schoolScopes(p, (urn) => services.careersAdvisers.careersSchoolScopes(urn)) },
  '/catch-up/schools/:urn': { permission: 'aggregate:read', scopes: (p, services) => schoolScopes(p, (urn) => services.careersAdvisers.careersSchoolScopes(urn)) },
  '/holiday/schools/:urn': { permission: 'aggregate:read', scopes: (p, services) => schoolScopes(p, (urn) => services.careersAdvisers.careersSchoolScopes(urn)) },
  // Every area's and hub's statistics, as GET /api/intermediaries reads them: a school user holds neither.
  '/intermediaries': {
    permission: 'aggregate:read',
    scopes: async (_p, services) => {
      const { areas, hubs } = await services.lookups.programmeIds();
      return [...areas.map((a): ScopeRef => `area:${a}`), ...hubs.map((h): ScopeRef => `hub:${h}`)];
    },
  },
  '/intermediaries/:kind/:code': {
    permission: 'aggregate:read',
    scopes: async (p, services) => {
      const kind = p['kind'] === 'trust' ? 'trust' : 'local-authority';
      const code = kind === 'local-authority' ? (p['code'] ?? '').toUpperCase() : (p['code'] ?? '');
      return (await services.intermediaries.intermediaryScopes(kind, code)).get(code) ?? [];
    },
  },
  '/hubs/:id/placement': { permission: 'school:write', scope: (p) => `hub:${p['id'] ?? ''}` },
  '/hubs/:id/programmes/new': { permission: 'school:write', scope: (p) => `hub:${p['id'] ?? ''}` },
  '/hubs/:id/schools/:urn/follow-up': { permission: 'school:write', scope: (p) => `hub:${p['id'] ?? ''}` },
};

/** A school's scopes by the URN in the path; none for a malformed URN, which names no school. */
function schoolScopes(params: PageParams, lookUp: (urn: number) => Promise<readonly ScopeRef[]>): Promise<readonly ScopeRef[]> {
  const urn = rawUrnParam({ params });
  return urn === null ? Promise.resolve([]) : lookUp(urn);
}

/** The status a page is served with: 403 for a signed-in user the page would turn away, else 200. */
async function pageStatus(page: WebPage, request: FastifyRequest, services: Services): Promise<number> {
  const access = PAGE_ACCESS[page];
  if (access === undefined || request.principal === null) return 200;
  const params = request.params as PageParams;
  const scopes = access.scopes !== undefined ? await access.scopes(params, services) : access.scope === undefined ? [] : [access.scope(params)];
  return authorise(request.principal, access.permission, scopes).allowed ? 200 : 403;
}

/**
 * Serves the built web app from `webRoot`. Known pages get index.html; any other path that is not the API
 * gets index.html with status 404, so the app shows its "Page not found" page.
 */
export async function registerWebApp(app: FastifyInstance, webRoot: string | null, services: Services): Promise<void> {
  const indexPath = webRoot === null ? null : join(webRoot, 'index.html');
  if (webRoot === null || indexPath === null || !existsSync(indexPath)) {
    for (const page of WEB_PAGES) {
      app.get(page, { schema: { hide: true }, config: { access: PUBLIC } }, (_request, reply) =>
        reply
          .code(503)
          .type('text/plain; charset=utf-8')
          .send('The web app has not been built. Run `npm start` (which builds it) or `npm run build:web`.'),
      );
    }
    return;
  }
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    serve: true,
    // Vite names each built asset by a hash of its content, so a name never changes its content: cache it
    // for good. Anything else is asked for again each time.
    cacheControl: false,
    setHeaders: (res, path) => {
      res.setHeader('cache-control', HASHED_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  for (const page of WEB_PAGES) {
    app.get(page, { schema: { hide: true }, config: { access: PUBLIC } }, async (request, reply) => sendAppPage(reply, await pageStatus(page, request, services)));
  }
}

/** A file Vite built under assets/ with a content hash in its name (`index-BkV3x9aQ.js`). */
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+$/;

/** The app's page, asked for again each time (it names the hashed assets of the current build). */
export function sendAppPage(reply: FastifyReply, status: number): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').sendFile('index.html');
}

export function isApiPath(url: string): boolean {
  return url === '/api' || url.startsWith('/api/') || url.startsWith('/api?');
}
