import { checkAllocations } from '../../../domain/funding/index.ts';
import type { FundsRepository } from '../../../storage/repositories/funds.repository.ts';
import { sendTable } from '../../csv-reply.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import type { ZodApp } from '../../zod-app.ts';
import { FUND_CSV_COLUMNS } from './csv.ts';
import { listFundsSchema } from './schema.ts';

export function registerFundsRoutes(app: ZodApp, deps: { funds: FundsRepository }): void {
  app.get('/api/funds', { schema: listFundsSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { opportunityArea, format } = request.query;
    const funds = await deps.funds.listFunds(opportunityArea === undefined ? {} : { opportunityAreaId: opportunityArea });
    if (format !== 'json') {
      return sendTable(reply, format, opportunityArea === undefined ? 'funds' : `funds-${opportunityArea}`, FUND_CSV_COLUMNS, funds);
    }
    return { items: funds, checks: checkAllocations(funds) };
  });
}
