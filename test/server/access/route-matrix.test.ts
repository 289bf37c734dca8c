import Fastify from 'fastify';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES, type Role, type ScopeRef } from '../../../src/domain/access/index.ts';
import { registerAccessGuard, UndeclaredRouteAccessError } from '../../../src/server/auth/access-guard.ts';
import { openDatabase } from '../../../src/storage/database.ts';
import { createServices } from '../../../src/storage/services/create-services.ts';
import { testEngines } from '../../support/engines.ts';
import { startOidcProvider, type TestOidcProvider } from '../../support/oidc-provider.ts';
import { startTestApp, type TestApp } from '../../support/server.ts';
import { addUser, signIn, type SignedIn } from '../../support/users.ts';

type Persona = Role | 'anonymous';
const PERSONAS: readonly Persona[] = ['anonymous', ...ROLES];

/** Every persona's scope is in Blackpool: "in scope" requests are about Blackpool, "out of scope" about Derby. */
const SCOPES: Readonly<Record<Role, readonly ScopeRef[]>> = {
  admin: [],
  analyst: [],
  area_lead: ['area:blackpool'],
  hub_lead: ['hub:blackpool-research-school'],
  school: ['school:141257'],
  board_viewer: ['area:blackpool'],
};

interface RouteCase {
  /** The request about a resource inside the personas' scope, and one outside it (same as inside when unscoped). */
  readonly inScope: InjectOptions;
  readonly outOfScope: InjectOptions;
  /** Who may, written out by hand from the role definitions, not computed from the code under test. */
  readonly allowedInScope: readonly Persona[];
  readonly allowedOutOfScope: readonly Persona[];
  /** For a route everyone may use, the status that shows the request really reached it. */
  readonly reachedStatus?: number;
}

const EVERYONE = PERSONAS;
const SIGNED_IN = ROLES;
const board = { chair: 'Test Chair', chairNamedOn: '2020-01', sourceNote: 'Route matrix test' };
const same = (request: InjectOptions) => ({ inScope: request, outOfScope: request });
const spend = { kind: 'payment', spentOn: '2018-03-31', purpose: 'Route matrix test', amount: '100.00' };
const actual = { period: '2018/19', value: 1, source: 'Route matrix test', recordedOn: '2019-12-12' };
const member = { name: 'Test Member', organisation: 'Test', sector: 'schools' };
const whatWorked = { what: 'W', where: 'X', forWhom: 'Y', evidenceStrand: 'Z', result: 'R', contact: 'C' };

/** One entry per route the server registers; the test fails when a route is missing here. */
const MATRIX: Readonly<Record<string, RouteCase>> = {
  'GET /api/health': { ...same({ method: 'GET', url: '/api/health' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/health/live': { ...same({ method: 'GET', url: '/api/health/live' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/service': { ...same({ method: 'GET', url: '/api/service' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/opportunity-areas': { ...same({ method: 'GET', url: '/api/opportunity-areas' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/opportunity-areas/:id': {
    inScope: { method: 'GET', url: '/api/opportunity-areas/blackpool' },
    outOfScope: { method: 'GET', url: '/api/opportunity-areas/derby' },
    allowedInScope: EVERYONE,
    allowedOutOfScope: EVERYONE,
  },
  'GET /api/schools': { ...same({ method: 'GET', url: '/api/schools?q=academy' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/schools/placement': { ...same({ method: 'GET', url: '/api/schools/placement' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/schools/:urn': {
    inScope: { method: 'GET', url: '/api/schools/141257' },
    outOfScope: { method: 'GET', url: '/api/schools/138443' },
    allowedInScope: EVERYONE,
    allowedOutOfScope: EVERYONE,
  },
  'GET /api/toolkit/strands': { ...same({ method: 'GET', url: '/api/toolkit/strands' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/toolkit/effect-size': { ...same({ method: 'GET', url: '/api/toolkit/effect-size?effectSize=0.4' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/areas': { ...same({ method: 'GET', url: '/api/areas?kind=district' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/areas/:code': {
    inScope: { method: 'GET', url: '/api/areas/E06000009' },
    outOfScope: { method: 'GET', url: '/api/areas/E06000015' },
    allowedInScope: EVERYONE,
    allowedOutOfScope: EVERYONE,
  },
  'GET /api/indicators': { ...same({ method: 'GET', url: '/api/indicators' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/impact': {
    ...same({ method: 'GET', url: '/api/impact?measure=lait_none&area=E06000009&from=2017' }),
    allowedInScope: EVERYONE,
    allowedOutOfScope: EVERYONE,
    reachedStatus: 404,
  },
  'GET /api/impact/national': {
    ...same({ method: 'GET', url: '/api/impact/national?measure=lait_none' }),
    allowedInScope: EVERYONE,
    allowedOutOfScope: EVERYONE,
    reachedStatus: 404,
  },
  'GET /api/impact/trend': {
    ...same({ method: 'GET', url: '/api/impact/trend?measure=lait_none&area=E06000009' }),
    allowedInScope: EVERYONE,
    allowedOutOfScope: EVERYONE,
    reachedStatus: 404,
  },
  'GET /api/indicators/:code': { ...same({ method: 'GET', url: '/api/indicators/imd_score' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/boundaries': { ...same({ method: 'GET', url: '/api/boundaries' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/index': { ...same({ method: 'GET', url: '/api/index' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/index/areas/:code': { ...same({ method: 'GET', url: '/api/index/areas/E06000009' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/index/recipes': { ...same({ method: 'GET', url: '/api/index/recipes' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/index/recipes/:name': { ...same({ method: 'GET', url: '/api/index/recipes/smc-2016' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  // Recipes and selections are written by the national team and analysts; a recipe that does not check is a 400, past the guard.
  'POST /api/index/recipes': { ...same({ method: 'POST', url: '/api/index/recipes', payload: { recipe: { name: 'matrix' } } }), allowedInScope: ['admin', 'analyst'], allowedOutOfScope: ['admin', 'analyst'] },
  'POST /api/index/preview': { ...same({ method: 'POST', url: '/api/index/preview', payload: { recipe: { name: 'matrix' } } }), allowedInScope: ['admin', 'analyst'], allowedOutOfScope: ['admin', 'analyst'] },
  'GET /api/index/selections': { ...same({ method: 'GET', url: '/api/index/selections' }), allowedInScope: SIGNED_IN, allowedOutOfScope: SIGNED_IN },
  'GET /api/index/selections/:name': { ...same({ method: 'GET', url: '/api/index/selections/none' }), allowedInScope: SIGNED_IN, allowedOutOfScope: SIGNED_IN },
  'POST /api/index/selections': {
    ...same({ method: 'POST', url: '/api/index/selections', payload: { a: { recipe: 'smc-2016', band: 'bottom-fifth' }, b: { recipe: 'smc-2016', band: 'bottom-half' } } }),
    allowedInScope: ['admin', 'analyst'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  'GET /api/twins/areas/:code': { ...same({ method: 'GET', url: '/api/twins/areas/E06000009' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  // Careers. This fixture has no school register, so St Mary's (141257) is known only by its URN: the school
  // user's own school; area leads and board viewers reach schools through the register (test/server/careers.test.ts).
  'GET /api/careers/schools/:urn': {
    inScope: { method: 'GET', url: '/api/careers/schools/141257' },
    outOfScope: { method: 'GET', url: '/api/careers/schools/138443' },
    allowedInScope: ['admin', 'analyst', 'school'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  'POST /api/careers/schools/:urn/encounters': {
    inScope: { method: 'POST', url: '/api/careers/schools/141257/encounters', payload: { upn: 'B801200005001', yearGroup: '9', fsm: false, encounterDate: '2025-10-01', encounterType: 'talk' } },
    outOfScope: { method: 'POST', url: '/api/careers/schools/138443/encounters', payload: { upn: 'B801200005001', yearGroup: '9', fsm: false, encounterDate: '2025-10-01', encounterType: 'talk' } },
    allowedInScope: ['admin', 'school'],
    allowedOutOfScope: ['admin'],
  },
  // Held pupils wait for a transfer by the national team or the area lead of both schools (the area lead reaches a
  // school through the register: test/server/access/indirect-paths.test.ts).
  'GET /api/careers/schools/:urn/held-pupils': {
    inScope: { method: 'GET', url: '/api/careers/schools/141257/held-pupils' },
    outOfScope: { method: 'GET', url: '/api/careers/schools/138443/held-pupils' },
    allowedInScope: ['admin'],
    allowedOutOfScope: ['admin'],
  },
  'POST /api/careers/schools/:urn/held-pupils/:id/transfer': {
    inScope: { method: 'POST', url: '/api/careers/schools/141257/held-pupils/1/transfer', payload: { reason: 'Matrix' } },
    outOfScope: { method: 'POST', url: '/api/careers/schools/138443/held-pupils/1/transfer', payload: { reason: 'Matrix' } },
    allowedInScope: ['admin'],
    allowedOutOfScope: ['admin'],
  },
  'GET /api/careers/areas/:id': {
    inScope: { method: 'GET', url: '/api/careers/areas/blackpool' },
    outOfScope: { method: 'GET', url: '/api/careers/areas/derby' },
    allowedInScope: ['admin', 'analyst', 'area_lead', 'board_viewer'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  'GET /api/careers/areas/:id/advisers': {
    inScope: { method: 'GET', url: '/api/careers/areas/blackpool/advisers' },
    outOfScope: { method: 'GET', url: '/api/careers/areas/derby/advisers' },
    allowedInScope: ['admin', 'analyst', 'area_lead', 'board_viewer'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  // Catch-up tutoring, scoped as careers is: a school user their own school, area leads and board viewers their
  // area, the national view for the national team and analysts (figures disclosure-controlled without pupil-level rights).
  'GET /api/catch-up/schools/:urn': {
    inScope: { method: 'GET', url: '/api/catch-up/schools/141257' },
    outOfScope: { method: 'GET', url: '/api/catch-up/schools/138443' },
    allowedInScope: ['admin', 'analyst', 'school'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  'GET /api/catch-up/areas/:id': {
    inScope: { method: 'GET', url: '/api/catch-up/areas/blackpool' },
    outOfScope: { method: 'GET', url: '/api/catch-up/areas/derby' },
    allowedInScope: ['admin', 'analyst', 'area_lead', 'board_viewer'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  // A school's file uploaded on its page: pupil-level edit access to that school (the school's own users, the national team).
  'POST /api/catch-up/schools/:urn/import': {
    inScope: { method: 'POST', url: '/api/catch-up/schools/141257/import', payload: { fileName: 'tutoring.csv', text: 'upn,urn\n' } },
    outOfScope: { method: 'POST', url: '/api/catch-up/schools/138443/import', payload: { fileName: 'tutoring.csv', text: 'upn,urn\n' } },
    allowedInScope: ['admin', 'school'],
    allowedOutOfScope: ['admin'],
  },
  'GET /api/catch-up/national': { ...same({ method: 'GET', url: '/api/catch-up/national' }), allowedInScope: ['admin', 'analyst'], allowedOutOfScope: ['admin', 'analyst'] },
  'GET /api/holiday/areas/:id': {
    inScope: { method: 'GET', url: '/api/holiday/areas/blackpool' },
    outOfScope: { method: 'GET', url: '/api/holiday/areas/derby' },
    allowedInScope: ['admin', 'analyst', 'area_lead', 'board_viewer'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  // An area's holiday files uploaded on its page: edit access to the area (its area lead, the national team).
  'POST /api/holiday/areas/:id/import': {
    inScope: { method: 'POST', url: '/api/holiday/areas/blackpool/import', payload: { kind: 'clubs', fileName: 'clubs.csv', text: 'club_id\n' } },
    outOfScope: { method: 'POST', url: '/api/holiday/areas/derby/import', payload: { kind: 'clubs', fileName: 'clubs.csv', text: 'club_id\n' } },
    allowedInScope: ['admin', 'area_lead'],
    allowedOutOfScope: ['admin'],
  },
  // A school's pupils at holiday clubs: its own users, the national team and analysts (area leads and board
  // viewers reach it through the register, test/server/holiday.test.ts; this fixture has none).
  'GET /api/holiday/schools/:urn': {
    inScope: { method: 'GET', url: '/api/holiday/schools/141257' },
    outOfScope: { method: 'GET', url: '/api/holiday/schools/138443' },
    allowedInScope: ['admin', 'analyst', 'school'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  'GET /api/schools/:urn/similar': { ...same({ method: 'GET', url: '/api/schools/141257/similar' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/funds': { ...same({ method: 'GET', url: '/api/funds' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/funds/:id/360giving': { ...same({ method: 'GET', url: '/api/funds/opportunity-areas-2017-2020/360giving' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  // Funding: allocation runs are national work (admin); spend is scoped to the area it is for.
  'POST /api/funds/:id/allocations/preview': { ...same({ method: 'POST', url: '/api/funds/careers-fund-2017/allocations/preview', payload: { formula: 'equal' } }), allowedInScope: ['admin'], allowedOutOfScope: ['admin'] },
  'POST /api/funds/:id/allocations': { ...same({ method: 'POST', url: '/api/funds/careers-fund-2017/allocations', payload: { formula: 'equal' } }), allowedInScope: ['admin'], allowedOutOfScope: ['admin'] },
  'GET /api/funds/:id/allocations': { ...same({ method: 'GET', url: '/api/funds/opportunity-areas-2017-2020/allocations' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/funds/:id/spend': {
    inScope: { method: 'GET', url: '/api/funds/opportunity-areas-2017-2020/spend?opportunityArea=blackpool' },
    outOfScope: { method: 'GET', url: '/api/funds/opportunity-areas-2017-2020/spend?opportunityArea=derby' },
    allowedInScope: ['admin', 'analyst', 'area_lead', 'board_viewer'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  // Runs before the approval case: admin's two lines are 1 (Blackpool) and 2 (Derby).
  'POST /api/funds/:id/spend': {
    inScope: { method: 'POST', url: '/api/funds/opportunity-areas-2017-2020/spend', payload: { ...spend, recipient: 'blackpool' } },
    outOfScope: { method: 'POST', url: '/api/funds/opportunity-areas-2017-2020/spend', payload: { ...spend, recipient: 'derby' } },
    allowedInScope: ['admin', 'area_lead'],
    allowedOutOfScope: ['admin'],
  },
  'POST /api/funds/:id/spend/:lineId/approve': {
    inScope: { method: 'POST', url: '/api/funds/opportunity-areas-2017-2020/spend/1/approve' },
    outOfScope: { method: 'POST', url: '/api/funds/opportunity-areas-2017-2020/spend/2/approve' },
    allowedInScope: ['admin', 'area_lead'],
    allowedOutOfScope: ['admin'],
  },
  'GET /api/funds/:id/variance': {
    inScope: { method: 'GET', url: '/api/funds/opportunity-areas-2017-2020/variance?opportunityArea=blackpool' },
    outOfScope: { method: 'GET', url: '/api/funds/opportunity-areas-2017-2020/variance?opportunityArea=derby' },
    allowedInScope: ['admin', 'analyst', 'area_lead', 'board_viewer'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  'GET /api/session': { ...same({ method: 'GET', url: '/api/session' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'POST /api/session': {
    // Anyone may try to sign in: everyone reaches the password check (401, or 429 once throttled), never a 403.
    ...same({ method: 'POST', url: '/api/session', payload: { email: 'nobody@example.gov.uk', password: 'x' } }),
    allowedInScope: EVERYONE,
    allowedOutOfScope: EVERYONE,
  },
  // Signing in with an organisation account (OIDC): the matrix app has a real provider configured.
  'GET /api/auth/oidc/login': {
    // Anyone may start: everyone is redirected to the provider (302).
    ...same({ method: 'GET', url: '/api/auth/oidc/login?next=/funding' }),
    allowedInScope: EVERYONE,
    allowedOutOfScope: EVERYONE,
    reachedStatus: 302,
  },
  'GET /api/auth/oidc/callback': {
    // Anyone may come back from the provider: a state this service never issued is 400, never 401 or 403.
    ...same({ method: 'GET', url: '/api/auth/oidc/callback?code=x&state=never-issued' }),
    allowedInScope: EVERYONE,
    allowedOutOfScope: EVERYONE,
    reachedStatus: 400,
  },
  'DELETE /api/session': { ...same({ method: 'DELETE', url: '/api/session' }), allowedInScope: SIGNED_IN, allowedOutOfScope: SIGNED_IN },
  'PUT /api/opportunity-areas/:id/board': {
    inScope: { method: 'PUT', url: '/api/opportunity-areas/blackpool/board', payload: board },
    outOfScope: { method: 'PUT', url: '/api/opportunity-areas/derby/board', payload: board },
    allowedInScope: ['admin', 'area_lead'],
    allowedOutOfScope: ['admin'],
  },
  'GET /api/audit': { ...same({ method: 'GET', url: '/api/audit' }), allowedInScope: ['admin'], allowedOutOfScope: ['admin'] },
  // Delivery plans: board viewers and everyone who reads the area read its plan and report; only its area leads (and the national team) write.
  'GET /api/opportunity-areas/:id/plan': {
    inScope: { method: 'GET', url: '/api/opportunity-areas/blackpool/plan' },
    outOfScope: { method: 'GET', url: '/api/opportunity-areas/derby/plan' },
    allowedInScope: ['admin', 'analyst', 'area_lead', 'board_viewer'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  'POST /api/opportunity-areas/:id/plan/measures/:code/actuals': {
    inScope: { method: 'POST', url: '/api/opportunity-areas/blackpool/plan/measures/none/actuals', payload: actual },
    outOfScope: { method: 'POST', url: '/api/opportunity-areas/derby/plan/measures/none/actuals', payload: actual },
    allowedInScope: ['admin', 'area_lead'],
    allowedOutOfScope: ['admin'],
  },
  'PUT /api/opportunity-areas/:id/plan/measures/:code/override': {
    inScope: { method: 'PUT', url: '/api/opportunity-areas/blackpool/plan/measures/none/override', payload: { status: 'at_risk', reason: 'Matrix' } },
    outOfScope: { method: 'PUT', url: '/api/opportunity-areas/derby/plan/measures/none/override', payload: { status: 'at_risk', reason: 'Matrix' } },
    allowedInScope: ['admin', 'area_lead'],
    allowedOutOfScope: ['admin'],
  },
  'POST /api/opportunity-areas/:id/board/members': {
    inScope: { method: 'POST', url: '/api/opportunity-areas/blackpool/board/members', payload: member },
    outOfScope: { method: 'POST', url: '/api/opportunity-areas/derby/board/members', payload: member },
    allowedInScope: ['admin', 'area_lead'],
    allowedOutOfScope: ['admin'],
  },
  'POST /api/opportunity-areas/:id/board/meetings': {
    inScope: { method: 'POST', url: '/api/opportunity-areas/blackpool/board/meetings', payload: { heldOn: '2018-03-01' } },
    outOfScope: { method: 'POST', url: '/api/opportunity-areas/derby/board/meetings', payload: { heldOn: '2018-03-01' } },
    allowedInScope: ['admin', 'area_lead'],
    allowedOutOfScope: ['admin'],
  },
  // CSV, so the matrix does not start a browser per case; the PDF is tested in test/server/plans.test.ts and the browser journey.
  'GET /api/opportunity-areas/:id/board-report': {
    inScope: { method: 'GET', url: '/api/opportunity-areas/blackpool/board-report?format=csv' },
    outOfScope: { method: 'GET', url: '/api/opportunity-areas/derby/board-report?format=csv' },
    allowedInScope: ['admin', 'analyst', 'area_lead', 'board_viewer'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  // The cross-area view is for the national team and the Evidence Champion (an analyst): every area at once.
  'GET /api/plans/measures': { ...same({ method: 'GET', url: '/api/plans/measures' }), allowedInScope: ['admin', 'analyst'], allowedOutOfScope: ['admin', 'analyst'] },
  'GET /api/plans/status': { ...same({ method: 'GET', url: '/api/plans/status' }), allowedInScope: ['admin', 'analyst'], allowedOutOfScope: ['admin', 'analyst'] },
  // The what-worked library is shared across areas: anyone signed in reads it; each area's leads add to it.
  'GET /api/what-worked': { ...same({ method: 'GET', url: '/api/what-worked?q=maths' }), allowedInScope: SIGNED_IN, allowedOutOfScope: SIGNED_IN },
  'POST /api/opportunity-areas/:id/what-worked': {
    inScope: { method: 'POST', url: '/api/opportunity-areas/blackpool/what-worked', payload: whatWorked },
    outOfScope: { method: 'POST', url: '/api/opportunity-areas/derby/what-worked', payload: whatWorked },
    allowedInScope: ['admin', 'area_lead'],
    allowedOutOfScope: ['admin'],
  },
  'GET /api/users': { ...same({ method: 'GET', url: '/api/users' }), allowedInScope: ['admin'], allowedOutOfScope: ['admin'] },
  // Managing users is the national team's alone: a scope does not make anyone an admin of their own area's users.
  'GET /api/users/:id': { ...same({ method: 'GET', url: '/api/users/1' }), allowedInScope: ['admin'], allowedOutOfScope: ['admin'] },
  'POST /api/users': {
    ...same({ method: 'POST', url: '/api/users', payload: { email: 'matrix@example.gov.uk', role: 'area_lead', scope: ['area:blackpool'] } }),
    allowedInScope: ['admin'],
    allowedOutOfScope: ['admin'],
  },
  'PATCH /api/users/:id': { ...same({ method: 'PATCH', url: '/api/users/1', payload: { name: 'Route matrix' } }), allowedInScope: ['admin'], allowedOutOfScope: ['admin'] },
  // Research School network. A hub's pages belong to the hub and the area it serves; hub leads see their own hub only.
  'GET /api/hubs': { ...same({ method: 'GET', url: '/api/hubs' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  // Schools no hub serves: public register figures, like the school search.
  'GET /api/network/outside-reach': { ...same({ method: 'GET', url: '/api/network/outside-reach' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'GET /api/hubs/:id': {
    inScope: { method: 'GET', url: '/api/hubs/blackpool-research-school' },
    outOfScope: { method: 'GET', url: '/api/hubs/derby-research-school' },
    allowedInScope: ['admin', 'analyst', 'area_lead', 'hub_lead'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  'GET /api/hubs/:id/events/:eventId': {
    inScope: { method: 'GET', url: '/api/hubs/blackpool-research-school/events/launch' },
    outOfScope: { method: 'GET', url: '/api/hubs/derby-research-school/events/launch' },
    allowedInScope: ['admin', 'analyst', 'area_lead', 'hub_lead'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  // Recording attendance is the hub's own work: not the area lead's, even in its area.
  'POST /api/hubs/:id/events/:eventId/attendance': {
    inScope: { method: 'POST', url: '/api/hubs/blackpool-research-school/events/launch/attendance', payload: { urn: '141257', role: 'leader', people: 1 } },
    outOfScope: { method: 'POST', url: '/api/hubs/derby-research-school/events/launch/attendance', payload: { urn: '138443', role: 'leader', people: 1 } },
    allowedInScope: ['admin', 'hub_lead'],
    allowedOutOfScope: ['admin'],
  },
  // The matrix database holds no school register, so a school belongs only to itself here; with the register
  // loaded, its area and the hubs that serve it can read it too (test/server/research-network.test.ts).
  'GET /api/schools/:urn/engagement': {
    inScope: { method: 'GET', url: '/api/schools/141257/engagement' },
    outOfScope: { method: 'GET', url: '/api/schools/138443/engagement' },
    allowedInScope: ['admin', 'analyst', 'school'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  'POST /api/hubs/:id/schools/:urn/engagement': {
    inScope: { method: 'POST', url: '/api/hubs/blackpool-research-school/schools/141257/engagement', payload: { level: 'aware', reason: 'Matrix', effectiveOn: '2018-01-01' } },
    outOfScope: { method: 'POST', url: '/api/hubs/derby-research-school/schools/138443/engagement', payload: { level: 'aware', reason: 'Matrix', effectiveOn: '2018-01-01' } },
    allowedInScope: ['admin', 'hub_lead'],
    allowedOutOfScope: ['admin'],
  },
  'POST /api/hubs/:id/schools/:urn/evidence-plans': {
    inScope: { method: 'POST', url: '/api/hubs/blackpool-research-school/schools/141257/evidence-plans', payload: { strands: ['feedback'], targetPupils: 30, costPerPupilPence: 5000, expectedMonths: 6, startsOn: '2018-09-01' } },
    outOfScope: { method: 'POST', url: '/api/hubs/derby-research-school/schools/138443/evidence-plans', payload: { strands: ['feedback'], targetPupils: 30, costPerPupilPence: 5000, expectedMonths: 6, startsOn: '2018-09-01' } },
    allowedInScope: ['admin', 'hub_lead'],
    allowedOutOfScope: ['admin'],
  },
  // An area's strand roll-up is an aggregate for the area and its Research School.
  'GET /api/opportunity-areas/:id/strand-investment': {
    inScope: { method: 'GET', url: '/api/opportunity-areas/blackpool/strand-investment' },
    outOfScope: { method: 'GET', url: '/api/opportunity-areas/derby/strand-investment' },
    allowedInScope: ['admin', 'analyst', 'area_lead', 'hub_lead', 'board_viewer'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  'GET /api/opportunity-areas/:id/engagement': {
    inScope: { method: 'GET', url: '/api/opportunity-areas/blackpool/engagement' },
    outOfScope: { method: 'GET', url: '/api/opportunity-areas/derby/engagement' },
    allowedInScope: ['admin', 'analyst', 'area_lead', 'hub_lead', 'board_viewer'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  // Intermediaries: the list is for anyone who reads some area's statistics (filtered to the ones working in
  // their areas); one local authority or trust for the areas it works in and their hubs, as an area's funnel.
  'GET /api/intermediaries': {
    ...same({ method: 'GET', url: '/api/intermediaries?kind=local-authority' }),
    allowedInScope: ['admin', 'analyst', 'area_lead', 'hub_lead', 'board_viewer'],
    allowedOutOfScope: ['admin', 'analyst', 'area_lead', 'hub_lead', 'board_viewer'],
  },
  'GET /api/intermediaries/:kind/:code': {
    inScope: { method: 'GET', url: '/api/intermediaries/local-authority/E06000009' },
    outOfScope: { method: 'GET', url: '/api/intermediaries/local-authority/E06000015' },
    allowedInScope: ['admin', 'analyst', 'area_lead', 'hub_lead', 'board_viewer'],
    allowedOutOfScope: ['admin', 'analyst'],
  },
  'GET /api/guidance-reports': { ...same({ method: 'GET', url: '/api/guidance-reports' }), allowedInScope: EVERYONE, allowedOutOfScope: EVERYONE },
  'POST /api/hubs/:id/programmes': {
    inScope: { method: 'POST', url: '/api/hubs/blackpool-research-school/programmes', payload: { id: 'matrix', title: 'Matrix', strands: ['feedback'], format: 'online', startsOn: '2018-01-01' } },
    outOfScope: { method: 'POST', url: '/api/hubs/derby-research-school/programmes', payload: { id: 'matrix', title: 'Matrix', strands: ['feedback'], format: 'online', startsOn: '2018-01-01' } },
    allowedInScope: ['admin', 'hub_lead'],
    allowedOutOfScope: ['admin'],
  },
  'PUT /api/hubs/:id/placement': {
    inScope: { method: 'PUT', url: '/api/hubs/blackpool-research-school/placement', payload: { lat: 53.8, lon: -3.05, reason: 'Matrix' } },
    outOfScope: { method: 'PUT', url: '/api/hubs/derby-research-school/placement', payload: { lat: 52.9, lon: -1.48, reason: 'Matrix' } },
    allowedInScope: ['admin', 'hub_lead'],
    allowedOutOfScope: ['admin'],
  },
  'DELETE /api/hubs/:id/placement': {
    inScope: { method: 'DELETE', url: '/api/hubs/blackpool-research-school/placement', payload: { reason: 'Matrix' } },
    outOfScope: { method: 'DELETE', url: '/api/hubs/derby-research-school/placement', payload: { reason: 'Matrix' } },
    allowedInScope: ['admin', 'hub_lead'],
    allowedOutOfScope: ['admin'],
  },
  'POST /api/hubs/:id/events': {
    inScope: { method: 'POST', url: '/api/hubs/blackpool-research-school/events', payload: { id: 'matrix', title: 'Matrix', kind: 'briefing', heldOn: '2018-01-01' } },
    outOfScope: { method: 'POST', url: '/api/hubs/derby-research-school/events', payload: { id: 'matrix', title: 'Matrix', kind: 'briefing', heldOn: '2018-01-01' } },
    allowedInScope: ['admin', 'hub_lead'],
    allowedOutOfScope: ['admin'],
  },
};

const isApiRoute = (url: string) => url.startsWith('/api/') && !url.startsWith('/api/docs');

describe.each(await testEngines())('role × route matrix on $name', (engine) => {
  let t: TestApp;
  let provider: TestOidcProvider;
  const sessions = new Map<Role, SignedIn>();

  beforeAll(async () => {
    provider = await startOidcProvider();
    // Every persona signs in from one test address, many times over.
    t = await startTestApp(engine, { signInsPerMinutePerAddress: 10_000, oidc: provider.config });
    for (const role of ROLES) {
      await addUser(t.handle.db, `${role}@example.gov.uk`, role, SCOPES[role]);
      sessions.set(role, await signIn(t.app, `${role}@example.gov.uk`));
    }
  });
  afterAll(async () => {
    await t.close();
    await provider.close();
  });

  it('has a matrix entry for every API route, and every route declares its access', () => {
    const declared = t.app.routeAccess.filter((r) => isApiRoute(r.url)).map((r) => `${r.method} ${r.url}`);
    expect(declared.sort()).toEqual(Object.keys(MATRIX).sort());
  });

  async function responseFor(persona: Persona, request: InjectOptions) {
    const session = persona === 'anonymous' ? undefined : sessions.get(persona);
    const headers = { ...(request.headers ?? {}), ...(session?.headers ?? {}) };
    const response = await t.app.inject({ ...request, headers });
    // Signing out ends the session; sign in again so the persona's later cases still run signed in.
    if (persona !== 'anonymous' && request.method === 'DELETE' && request.url === '/api/session') {
      sessions.set(persona, await signIn(t.app, `${persona}@example.gov.uk`));
    }
    return response;
  }

  for (const [route, routeCase] of Object.entries(MATRIX)) {
    for (const persona of PERSONAS) {
      for (const where of ['inScope', 'outOfScope'] as const) {
        const allowed = (where === 'inScope' ? routeCase.allowedInScope : routeCase.allowedOutOfScope).includes(persona);
        it(`${route} ${where === 'inScope' ? 'in' : 'out of'} scope: ${persona} is ${allowed ? 'allowed' : 'denied'}`, async () => {
          const response = await responseFor(persona, routeCase[where]);
          const status = response.statusCode;
          if (route === 'POST /api/session') expect([401, 429]).toContain(status);
          else if (allowed && routeCase.reachedStatus !== undefined) expect(status).toBe(routeCase.reachedStatus);
          else if (allowed) expect([401, 403]).not.toContain(status);
          else expect(status).toBe(persona === 'anonymous' ? 401 : 403);
          // A reply to a signed-in caller may carry pupil-level or personal data: no cache may keep it (a low of issue 23).
          if (persona !== 'anonymous') expect(response.headers['cache-control'], `${route} for ${persona}`).toBe('no-store');
        });
      }
    }
  }

  // Authorisation comes before validation: a caller without permission gets 403 (or 401) whatever the body,
  // never a 400 naming the fields it got wrong (a low of issue 23).
  for (const [route, routeCase] of Object.entries(MATRIX)) {
    const method = routeCase.outOfScope.method ?? 'GET';
    if (method === 'GET' || route === 'POST /api/session') continue;
    for (const persona of PERSONAS.filter((p) => !routeCase.allowedOutOfScope.includes(p))) {
      it(`${route} out of scope with a body that does not validate: ${persona} is still denied, not told what is wrong`, async () => {
        const response = await responseFor(persona, { ...routeCase.outOfScope, payload: { unexpected: ['not', 'a', 'valid', 'body'] } });
        expect(response.statusCode).toBe(persona === 'anonymous' ? 401 : 403);
        expect(response.json<{ error: { fields?: unknown } }>().error.fields).toBeUndefined();
      });
    }
  }

  it('keeps an API token within its own scope: an admin token for Blackpool cannot write Derby', async () => {
    const { generateApiToken } = await import('../../../src/app/access/api-token.ts');
    const { createApiToken } = await import('../../../src/storage/repositories/api-tokens.repository.ts');
    const admin = await t.handle.db.selectFrom('users').select('id').where('email', '=', 'admin@example.gov.uk').executeTakeFirstOrThrow();
    const token = generateApiToken();
    await createApiToken(t.handle.db, { publicId: token.publicId, secretHash: token.secretHash, userId: admin.id, userEmail: 'admin@example.gov.uk', name: 'test', scope: ['area:blackpool'] }, { userId: null, label: 'test' }, () => new Date());
    const auth = { authorization: `Bearer ${token.token}` };
    expect((await t.app.inject({ method: 'PUT', url: '/api/opportunity-areas/blackpool/board', headers: auth, payload: board })).statusCode).toBe(200);
    const derby = await t.app.inject({ method: 'PUT', url: '/api/opportunity-areas/derby/board', headers: auth, payload: board });
    expect(derby.statusCode).toBe(403);
    expect(derby.json<{ error: { message: string } }>().error.message).toContain('outside the areas and schools you can access');
    const forged = await t.app.inject({ method: 'GET', url: '/api/audit', headers: { authorization: `Bearer ${token.token.slice(0, -1)}x` } });
    expect(forged.statusCode).toBe(401);
    expect(forged.json<{ error: { code: string } }>().error.code).toBe('invalid_token');
  });
});

describe('the access guard', () => {
  it('refuses to start a server with a route that declares no access', async () => {
    const handle = await openDatabase({ engine: 'sqlite', path: ':memory:' });
    const app = Fastify();
    registerAccessGuard(app, { services: createServices(handle.db, handle.engine), clock: () => new Date() });
    expect(() => app.get('/api/forgotten', () => 'oops')).toThrow(UndeclaredRouteAccessError);
    await app.close();
    await handle.close();
  });
});
