import type { Kysely } from 'kysely';
import { appError } from '../../../app/errors.ts';
import { addWhatWorked, searchWhatWorked } from '../../../storage/repositories/what-worked.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { addWhatWorkedSchema, searchWhatWorkedSchema } from './schema.ts';

/** The what-worked library: shared with everyone signed in, so areas learn from each other; written by each area's leads. */
export function registerWhatWorkedRoutes(app: ZodApp, deps: { db: Kysely<Database>; clock: () => Date }): void {
  app.get('/api/what-worked', { schema: searchWhatWorkedSchema, config: { access: { permission: 'signed_in' } } }, async (request) => {
    const { q, area, limit } = request.query;
    // One more than asked for says whether there are more than the list shows.
    const found = await searchWhatWorked(deps.db, { ...(q === undefined ? {} : { q }), ...(area === undefined ? {} : { areaId: area }), limit: limit + 1 });
    return { items: found.slice(0, limit), more: found.length > limit };
  });

  app.post(
    '/api/opportunity-areas/:id/what-worked',
    { schema: addWhatWorkedSchema, config: { access: { permission: 'area:write', resource: (request) => [`area:${(request.params as { id: string }).id}`] } } },
    async (request, reply) => {
      const principal = request.principal;
      if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
      const outcome = await addWhatWorked(deps.db, request.params.id, request.body, { userId: principal.userId, label: principal.email }, deps.clock);
      if (outcome === 'not_found') return sendError(reply, appError('not_found', `There is no Opportunity Area with the identifier "${request.params.id}"`));
      return reply.code(201).send(outcome);
    },
  );
}
