import { checkAllocations, fundersOf, giving360CsvColumns } from '../../../domain/funding/index.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../storage/schema.ts';
import type { FundsRepository } from '../../../storage/repositories/funds.repository.ts';
import type { PlacesRepository } from '../../../storage/repositories/places.repository.ts';
import type { ProgrammeRepository } from '../../../storage/repositories/programme.repository.ts';
import { errorReply } from '../../errors.ts';
import { sendTable } from '../../csv-reply.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import type { ZodApp } from '../../zod-app.ts';
import { FUND_CSV_COLUMNS } from '../../../app/funding/fund-columns.ts';
import { exportGiving360 } from '../../../app/funding/export-giving360.ts';
import { giving360Schema, listFundsSchema } from './schema.ts';

export function registerFundsRoutes(app: ZodApp, deps: { funds: FundsRepository; programme: ProgrammeRepository; places: PlacesRepository; db: Kysely<Database> }): void {
  app.get('/api/funds', { schema: listFundsSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { opportunityArea, format } = request.query;
    const funds = await deps.funds.listFunds(opportunityArea === undefined ? {} : { opportunityAreaId: opportunityArea });
    if (format !== 'json') {
      return sendTable(reply, format, opportunityArea === undefined ? 'funds' : `funds-${opportunityArea}`, FUND_CSV_COLUMNS, funds);
    }
    const all = opportunityArea === undefined ? funds : await deps.funds.listFunds();
    return { items: funds.map((f) => ({ ...f, profile: [...f.profile], funders: fundersOf(f, all) })), checks: checkAllocations(funds) };
  });

  app.get('/api/funds/:id/360giving', { schema: giving360Schema, config: { access: PUBLIC } }, async (request, reply) => {
    const { format, awardDate } = request.query;
    const exported = await exportGiving360(deps, { fundId: request.params.id, awardDate });
    if (exported === 'not_found') return reply.code(404).send(errorReply('not_found', `There is no fund with the identifier "${request.params.id}"`));
    if (!exported.ok) return reply.code(400).send(errorReply('invalid_request', exported.error));
    const { grants } = exported.value;
    if (format !== 'json') return sendTable(reply, format, `360giving-${request.params.id}`, giving360CsvColumns(grants), grants);
    return exported.value;
  });
}
