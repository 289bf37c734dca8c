import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Kysely } from 'kysely';
import type { Engine } from '../storage/database.ts';
import { createFundsRepository } from '../storage/repositories/funds.repository.ts';
import { createPlacesRepository } from '../storage/repositories/places.repository.ts';
import { createProgrammeRepository } from '../storage/repositories/programme.repository.ts';
import type { Database } from '../storage/schema.ts';
import { errorReply, registerErrorHandling } from './errors.ts';
import { registerOpenApi } from './openapi.ts';
import { registerFundsRoutes } from './routes/funds/routes.ts';
import { registerHealthRoutes } from './routes/health/routes.ts';
import { registerOpportunityAreaRoutes } from './routes/opportunity-areas/routes.ts';
import { isApiPath, registerWebApp } from './static-web.ts';

export interface ServerDeps {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** The clock every route reads time from, so tests can fix it. */
  readonly clock: () => Date;
  /** Folder of the built web app, or null to serve the API only. */
  readonly webRoot: string | null;
  readonly logger?: FastifyServerOptions['logger'];
}

/** All wiring by hand in one place: the server, CLI and tests build the app the same way. */
export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const app = Fastify({ logger: deps.logger ?? false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  await registerOpenApi(app);

  const programme = createProgrammeRepository(deps.db);
  const places = createPlacesRepository(deps.db);
  const funds = createFundsRepository(deps.db);

  registerHealthRoutes(app, { db: deps.db, engine: deps.engine });
  registerOpportunityAreaRoutes(app, { programme, places, funds });
  registerFundsRoutes(app, { funds });
  await registerWebApp(app, deps.webRoot);

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? request.url;
    if (isApiPath(request.url) || deps.webRoot === null || request.method !== 'GET') {
      return reply.code(404).send(errorReply('not_found', `There is no ${request.method} ${path} in this service`));
    }
    return reply.code(404).type('text/html; charset=utf-8').sendFile('index.html');
  });
  return app;
}
