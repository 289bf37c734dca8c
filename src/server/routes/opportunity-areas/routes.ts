import type { RegisterSnapshots } from '../../../app/programme/register-snapshot.ts';
import { appError } from '../../../app/errors.ts';
import { sendTable } from '../../csv-reply.ts';
import { sendError } from '../../errors.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendView } from '../../view-reply.ts';
import type { ZodApp } from '../../zod-app.ts';
import { OPPORTUNITY_AREA_CSV_COLUMNS } from '../../../app/programme/opportunity-area-columns.ts';
import { getOpportunityAreaSchema, listOpportunityAreasSchema } from './schema.ts';

export interface OpportunityAreaRouteDeps {
  /** The register from memory, read again when an import or an edit changes it. */
  readonly register: RegisterSnapshots;
}

export function registerOpportunityAreaRoutes(app: ZodApp, deps: OpportunityAreaRouteDeps): void {
  app.get('/api/opportunity-areas', { schema: listOpportunityAreasSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { list } = await deps.register();
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, 'opportunity-areas', OPPORTUNITY_AREA_CSV_COLUMNS, list.items);
    return sendView(reply, list);
  });

  app.get('/api/opportunity-areas/:id', { schema: getOpportunityAreaSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { id } = request.params;
    const detail = await (await deps.register()).detail(id);
    if (detail === null) return sendError(reply, appError('not_found', `There is no Opportunity Area with the identifier "${id}"`));
    return sendView(reply, detail);
  });
}
