import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const API_VERSION = '0.1.0';

/** OpenAPI 3.1 built from the routes' zod schemas; the UI at /api/docs and the document at /api/docs/json. */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Opportunity Areas API',
        description:
          'The programme register of the Opportunity Areas social-mobility programme: areas, districts, research ' +
          'schools, partnership boards and funding. Money is in whole pence; areas use GSS codes; schools use URNs.',
        version: API_VERSION,
        license: { name: 'MIT', identifier: 'MIT' },
      },
      tags: [
        { name: 'service', description: 'Service status' },
        { name: 'programme', description: 'Opportunity Areas, boards and research schools' },
        { name: 'funding', description: 'Funds and their pots' },
        { name: 'access', description: 'Sign-in, sessions, users and the audit log' },
        { name: 'places', description: 'Areas, indicators and boundaries' },
        { name: 'index', description: 'Social mobility (cold-spot) indices from recipes' },
        { name: 'schools', description: 'The school register with census, results and destinations' },
        { name: 'evidence', description: 'The EEF Teaching and Learning Toolkit' },
      ],
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
}
