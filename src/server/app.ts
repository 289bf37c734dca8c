import fastifyCookie from '@fastify/cookie';
import { constants as zlibConstants } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyEtag from '@fastify/etag';
import fastifyRateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import { appError } from '../app/errors.ts';
import type { Engine } from '../storage/database.ts';
import { migrationStatus } from '../storage/migrate.ts';
import { createServices } from '../storage/services/create-services.ts';
import type { Database } from '../storage/schema.ts';
import { computedViews, type ComputedViews } from './computed-views.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerAccessGuard } from './auth/access-guard.ts';
import { BODY_LIMITS } from './body-limits.ts';
import type { OidcConfig } from './auth/oidc/oidc-config.ts';
import { registerErrorHandling, sendError } from './errors.ts';
import { DEFAULT_EXPORT_LIMITS, type ExportLimits } from './exports/export-limiter.ts';
import { registerExportLimits } from './exports/register-export-limits.ts';
import { registerOpenApi } from './openapi.ts';
import { registerAuditRoutes } from './routes/audit/routes.ts';
import { registerBoardRoutes } from './routes/boards/routes.ts';
import { registerFundsRoutes } from './routes/funds/routes.ts';
import { registerFundingRoutes } from './routes/funding/routes.ts';
import { DEFAULT_APPROVAL_THRESHOLD_PENCE } from '../domain/funding/index.ts';
import { registerHealthRoutes } from './routes/health/routes.ts';
import { OIDC_LOGIN_PATH, registerOidcRoutes } from './routes/oidc/routes.ts';
import { registerOpportunityAreaRoutes } from './routes/opportunity-areas/routes.ts';
import { registerSessionRoutes } from './routes/session/routes.ts';
import { registerUserRoutes } from './routes/users/routes.ts';
import { registerSchoolRoutes } from './routes/schools/routes.ts';
import { registerSchoolPlacementRoutes } from './routes/schools/placement-routes.ts';
import { registerToolkitRoutes } from './routes/toolkit/routes.ts';
import { registerAreaRoutes } from './routes/areas/routes.ts';
import { registerIndicatorRoutes } from './routes/indicators/routes.ts';
import { registerImpactRoutes } from './routes/impact/routes.ts';
import { registerIndexRoutes } from './routes/social-mobility-index/routes.ts';
import { registerRecipeRoutes } from './routes/social-mobility-index/recipe-routes.ts';
import { registerSelectionRoutes } from './routes/social-mobility-index/selection-routes.ts';
import { registerTwinningRoutes } from './routes/twinning/routes.ts';
import { registerHubPlacementRoutes } from './routes/research-network/placement-routes.ts';
import { registerResearchNetworkRoutes } from './routes/research-network/routes.ts';
import { registerIntermediaryRoutes } from './routes/intermediaries/routes.ts';
import { registerCareersRoutes } from './routes/careers/routes.ts';
import { registerCatchUpRoutes } from './routes/catch-up/routes.ts';
import { registerHolidayRoutes } from './routes/holiday/routes.ts';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
import { chromiumPdfRenderer, type PdfRenderer } from './pdf/render-pdf.ts';
import { registerPlanReportRoutes } from './routes/plans/report-routes.ts';
import { areaAgainstTwins } from '../app/twinning/area-against-twins.ts';
import { impactAnswersFor } from './routes/impact/impact-answers.ts';
import { areaTable } from './routes/careers/coverage-tables.ts';
import { registerPlanRoutes } from './routes/plans/routes.ts';
import { registerWhatWorkedRoutes } from './routes/plans/what-worked-routes.ts';
import { isApiPath, registerWebApp, sendAppPage } from './static-web.ts';
import { registerServiceRoutes, type ServiceInfo } from './routes/service/routes.ts';
import { DEFAULT_RETENTION_YEARS } from '../domain/careers/index.ts';
import { DEFAULT_THRESHOLD } from '../domain/disclosure/index.ts';

export interface ServerDeps {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** The clock every route reads time from, so tests can fix it. */
  readonly clock: () => Date;
  /** Folder of the built web app, or null to serve the API only. */
  readonly webRoot: string | null;
  readonly logger?: FastifyServerOptions['logger'];
  /** How long a session lasts after sign-in; default 8 hours (a working day). */
  readonly sessionTtlMs?: number;
  /**
   * Which reverse proxies' X-Forwarded-* headers to believe (TRUST_PROXY): none (false, the default), all
   * (true), or those at these addresses and ranges. It decides the Secure cookie flag (X-Forwarded-Proto)
   * and the client address the sign-in limit counts by (X-Forwarded-For).
   */
  readonly trustProxy?: boolean | readonly string[];
  /** Sign-in attempts per client address per minute; default 60 (an office behind one address shares it). */
  readonly signInsPerMinutePerAddress?: number;
  /** Sign-in with an OpenID Connect provider (OIDC_* settings); null or absent leaves it off. */
  readonly oidc?: OidcConfig | null;
  /** Spend lines above this many pence wait for a second person's approval; default £10,000. */
  readonly spendApprovalThresholdPence?: number;
  /** Prints board reports to PDF; headless Chromium by default. */
  readonly pdf?: PdfRenderer;
  /** The careers pseudonymisation key file (created on first use); null or absent: pupils cannot be recorded. */
  readonly pseudonymKeyPath?: string | null;
  /** Who runs the service and how long pupil records are kept, for its privacy and contact pages; default: no contact, 6 years. */
  readonly service?: ServiceInfo;
  /** How many CSV and XLSX downloads are built at once, per client and waiting (EXPORTS_* settings); defaults in DEFAULT_EXPORT_LIMITS. */
  readonly exportLimits?: Partial<ExportLimits>;
  /** Tutoring routes configured beside the NTP's (OA_CATCH_UP_LOCAL_ROUTES); default none. */
  readonly catchUpLocalRoutes?: readonly string[];
  /** The views computed once per version of their inputs; default a set of this server's own (tests pass one to count computations). */
  readonly views?: ComputedViews;
}

const EIGHT_HOURS = 8 * 60 * 60 * 1000;

/** All wiring by hand in one place: the server, CLI and tests build the app the same way. */
export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const trustProxy = typeof deps.trustProxy === 'object' ? [...deps.trustProxy] : (deps.trustProxy ?? false);
  const app = Fastify({ logger: deps.logger ?? false, trustProxy, bodyLimit: BODY_LIMITS.form }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // A cross-site form can post text/plain without a CORS preflight; accepting only JSON closes that door.
  app.removeContentTypeParser('text/plain');
  registerErrorHandling(app);
  await app.register(fastifyCookie);
  await registerSecurityHeaders(app, { contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY } });
  // A weak ETag on every reply with a body (hashed before it is compressed), and 304 for If-None-Match.
  await app.register(fastifyEtag, { weak: true });
  // Brotli at quality 4 (zlib's default, 11, takes seconds on the 4 MB of boundaries) or gzip, off the event
  // loop (zlib's streams run on libuv's threads); small replies are not worth it.
  await app.register(fastifyCompress, { threshold: 1024, encodings: ['br', 'gzip'], brotliOptions: { params: { [zlibConstants.BROTLI_PARAM_QUALITY]: 4 } } });
  await app.register(fastifyRateLimit, { global: false });
  // The composition root: every route is given these services, not the database.
  const services = createServices(deps.db, deps.engine);
  registerAccessGuard(app, { services, clock: deps.clock });
  registerExportLimits(app, { ...DEFAULT_EXPORT_LIMITS, ...deps.exportLimits });
  await registerOpenApi(app);

  // The public read-only routes that read thousands of rows (schools and their downloads, placement, twins,
  // similar schools, the index) read through services.reads, which lets other requests run between their
  // queries on SQLite, whose queries block the event loop.
  // Views derived from imported data, computed once per version of their inputs (one set per server).
  const views = deps.views ?? computedViews(services);

  registerHealthRoutes(app, { migrationStatus: () => migrationStatus(deps.db), engine: services.engine, clock: deps.clock });
  registerServiceRoutes(app, { info: deps.service ?? { contactEmail: null, retentionYears: DEFAULT_RETENTION_YEARS }, suppressionThreshold: DEFAULT_THRESHOLD });
  registerSessionRoutes(app, {
    services,
    clock: deps.clock,
    sessionTtlMs: deps.sessionTtlMs ?? EIGHT_HOURS,
    signInsPerMinutePerAddress: deps.signInsPerMinutePerAddress ?? 60,
    oidcLoginUrl: deps.oidc ? OIDC_LOGIN_PATH : null,
  });
  if (deps.oidc) registerOidcRoutes(app, { services, clock: deps.clock, sessionTtlMs: deps.sessionTtlMs ?? EIGHT_HOURS, config: deps.oidc });
  registerOpportunityAreaRoutes(app, { register: views.register });
  registerBoardRoutes(app, { services, clock: deps.clock });
  registerFundsRoutes(app, { services, pages: views.fundsPages });
  registerFundingRoutes(app, { services, clock: deps.clock, approvalThresholdPence: deps.spendApprovalThresholdPence ?? DEFAULT_APPROVAL_THRESHOLD_PENCE });
  registerAuditRoutes(app, { services });
  registerUserRoutes(app, { services, clock: deps.clock });
  registerSchoolRoutes(app, { services: services.reads, search: views.schoolSearch });
  registerSchoolPlacementRoutes(app, { services: services.reads });
  registerToolkitRoutes(app, { services });
  registerAreaRoutes(app, { services, summaries: views.areaSummaries });
  registerIndicatorRoutes(app, { services });
  registerImpactRoutes(app, { services });
  registerIndexRoutes(app, { rankings: views.indexRankings, explanations: views.indexExplanations });
  registerRecipeRoutes(app, { services, clock: deps.clock });
  registerSelectionRoutes(app, { services, clock: deps.clock });
  registerTwinningRoutes(app, { services: services.reads, twins: views.areaTwins });
  registerPlanRoutes(app, { services, clock: deps.clock });
  registerPlanReportRoutes(app, {
    services,
    // The sections twinning, impact and careers work out for the board report.
    sources: {
      twins: (areaId, k, recipeName) => areaAgainstTwins(services, areaId, k, recipeName),
      impact: impactAnswersFor(services),
      careersTable: (cache, districts, rule) => areaTable(services, cache, districts, rule, false),
    },
    clock: deps.clock,
    pdf: deps.pdf ?? chromiumPdfRenderer(),
  });
  registerWhatWorkedRoutes(app, { services, clock: deps.clock });
  registerResearchNetworkRoutes(app, { services, clock: deps.clock });
  registerHubPlacementRoutes(app, { services, clock: deps.clock });
  registerIntermediaryRoutes(app, { services });
  registerCareersRoutes(app, { services, clock: deps.clock, pseudonymKeyPath: deps.pseudonymKeyPath ?? null });
  registerCatchUpRoutes(app, {
    services,
    clock: deps.clock,
    pseudonymKeyPath: deps.pseudonymKeyPath ?? null,
    retentionYears: deps.service?.retentionYears ?? DEFAULT_RETENTION_YEARS,
    localRoutes: deps.catchUpLocalRoutes ?? [],
  });
  registerHolidayRoutes(app, { services, clock: deps.clock, pseudonymKeyPath: deps.pseudonymKeyPath ?? null, retentionYears: deps.service?.retentionYears ?? DEFAULT_RETENTION_YEARS });
  await registerWebApp(app, deps.webRoot, services);

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    if (isApiPath(request.url) || deps.webRoot === null || request.method !== 'GET') {
      return sendError(reply, appError('not_found', `There is no ${request.method} ${path} in this service`));
    }
    return sendAppPage(reply, 404);
  });
  return app;
}
