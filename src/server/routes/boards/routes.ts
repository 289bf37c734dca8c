import { appError } from '../../../app/errors.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { sendError } from '../../errors.ts';
import type { ZodApp } from '../../zod-app.ts';
import { saveBoardSchema } from './schema.ts';

export function registerBoardRoutes(app: ZodApp, deps: { services: Services; clock: () => Date }): void {
  app.put(
    '/api/opportunity-areas/:id/board',
    {
      schema: saveBoardSchema,
      config: { access: { permission: 'area:write', resource: (request) => [`area:${(request.params as { id: string }).id}`] } },
    },
    async (request, reply) => {
      const principal = request.principal;
      if (principal === null) throw new Error('The access guard lets no anonymous request reach this route');
      const outcome = await deps.services.boards.saveBoard(request.params.id, request.body, { userId: principal.userId, label: principal.email }, deps.clock);
      if (outcome === 'not_found') return sendError(reply, appError('not_found', `There is no Opportunity Area with the identifier "${request.params.id}"`));
      return { changed: outcome === 'changed' };
    },
  );
}
