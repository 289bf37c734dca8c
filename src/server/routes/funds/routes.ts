import { fundWithPots, giving360CsvColumns } from '../../../domain/funding/index.ts';
import { appError } from '../../../app/errors.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { sendError } from '../../errors.ts';
import { sendTable } from '../../csv-reply.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import type { ZodApp } from '../../zod-app.ts';
import { FUND_CSV_COLUMNS } from '../../../app/funding/fund-columns.ts';
import { exportGiving360 } from '../../../app/funding/export-giving360.ts';
import type { FundsPages } from '../../../app/funding/funds-pages.ts';
import { sendView } from '../../view-reply.ts';
import { giving360Schema, listFundsSchema } from './schema.ts';

export function registerFundsRoutes(app: ZodApp, deps: { services: Services; pages: FundsPages }): void {
  app.get('/api/funds', { schema: listFundsSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { opportunityArea, id, format, page, pageSize } = request.query;
    const filter = opportunityArea === undefined ? {} : { opportunityAreaId: opportunityArea };
    if (format !== 'json') {
      const listed = await deps.services.funds.listFunds(filter);
      const funds = id === undefined ? listed : fundWithPots(listed, id);
      return sendTable(reply, format, ['funds', opportunityArea, id].filter((part) => part !== undefined).join('-'), FUND_CSV_COLUMNS, funds);
    }
    return sendView(reply, await deps.pages({ opportunityArea, id, page, pageSize }));
  });

  app.get('/api/funds/:id/360giving', { schema: giving360Schema, config: { access: PUBLIC } }, async (request, reply) => {
    const { format, awardDate } = request.query;
    const exported = await exportGiving360(deps.services, { fundId: request.params.id, awardDate });
    if (exported === 'not_found') return sendError(reply, appError('not_found', `There is no fund with the identifier "${request.params.id}"`));
    if (!exported.ok) return sendError(reply, appError('invalid_request', exported.error));
    const { grants } = exported.value;
    if (format !== 'json') return sendTable(reply, format, `360giving-${request.params.id}`, giving360CsvColumns(grants), grants);
    return exported.value;
  });
}
