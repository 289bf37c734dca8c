import { appError } from '../../../app/errors.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { addWhatWorkedSchema, searchWhatWorkedSchema } from './schema.ts';

/** The what-worked library: shared with everyone signed in, so areas learn from each other; written by each area's leads. */
export function registerWhatWorkedRoutes(app: ZodApp, deps: { services: Services; clock: () => Date }): void {
  app.get('/api/what-worked', { schema: searchWhatWorkedSchema, config: { access: { permission: 'signed_in' } } }, async (request) => {
    const { q, area, limit } = request.query;
    // One more than asked for says whether there are more than the list shows.
    const found = await deps.services.whatWorked.searchWhatWorked({ ...(q === undefined ? {} : { q }), ...(area === undefined ? {} : { areaId: area }), limit: limit + 1 });
    return { items: found.slice(0, limit), more: found.length > limit };
  });

  app.post(
    '/api/opportunity-areas/:id/what-worked',
    { schema: addWhatWorkedSchema, config: { access: { permission: 'area:write', resource: (request) => [`area:${(request.params as { id: string }).id}`] } } },
    async (request, reply) => {
      const principal = request.principal;
      if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
      const outcome = await deps.services.whatWorked.addWhatWorked(request.params.id, request.body, { userId: principal.userId, label: principal.email }, deps.clock);
      if (outcome === 'not_found') return sendError(reply, appError('not_found', `There is no Opportunity Area with the identifier "${request.params.id}"`));
      return reply.code(201).send(outcome);
    },
  );
}
