import { checkAllocations, fundFamilies, fundersOf, fundWithPots, giving360CsvColumns, type Fund } from '../../../domain/funding/index.ts';
import { appError } from '../../../app/errors.ts';
import type { Kysely } from 'kysely';
import type { Database } from '../../../storage/schema.ts';
import type { FundsRepository } from '../../../storage/repositories/funds.repository.ts';
import type { PlacesRepository } from '../../../storage/repositories/places.repository.ts';
import type { ProgrammeRepository } from '../../../storage/repositories/programme.repository.ts';
import { sendError } from '../../errors.ts';
import { sendTable } from '../../csv-reply.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import type { ZodApp } from '../../zod-app.ts';
import { FUND_CSV_COLUMNS } from '../../../app/funding/fund-columns.ts';
import { exportGiving360 } from '../../../app/funding/export-giving360.ts';
import { giving360Schema, listFundsSchema } from './schema.ts';

export function registerFundsRoutes(app: ZodApp, deps: { funds: FundsRepository; programme: ProgrammeRepository; places: PlacesRepository; db: Kysely<Database> }): void {
  app.get('/api/funds', { schema: listFundsSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { opportunityArea, id, format, page, pageSize } = request.query;
    const listed = await deps.funds.listFunds(opportunityArea === undefined ? {} : { opportunityAreaId: opportunityArea });
    const funds = id === undefined ? listed : fundWithPots(listed, id);
    if (format !== 'json') {
      return sendTable(reply, format, ['funds', opportunityArea, id].filter((part) => part !== undefined).join('-'), FUND_CSV_COLUMNS, funds);
    }
    // The JSON list is a page of whole funds, each with its pots, so each fund's check is made on the page that shows it.
    const families = fundFamilies(funds);
    const items = families.slice((page - 1) * pageSize, page * pageSize).flat();
    const all = opportunityArea === undefined ? listed : await deps.funds.listFunds();
    // Each fund's funders are its own pots: grouped once, so a page costs no more with more funds elsewhere.
    const potsOf = new Map<string, Fund[]>();
    for (const pot of all) {
      if (pot.parentId === null) continue;
      const pots = potsOf.get(pot.parentId) ?? [];
      pots.push(pot);
      potsOf.set(pot.parentId, pots);
    }
    return { page, pageSize, total: families.length, items: items.map((f) => ({ ...f, profile: [...f.profile], funders: fundersOf(f, potsOf.get(f.id) ?? []) })), checks: checkAllocations(items) };
  });

  app.get('/api/funds/:id/360giving', { schema: giving360Schema, config: { access: PUBLIC } }, async (request, reply) => {
    const { format, awardDate } = request.query;
    const exported = await exportGiving360(deps, { fundId: request.params.id, awardDate });
    if (exported === 'not_found') return sendError(reply, appError('not_found', `There is no fund with the identifier "${request.params.id}"`));
    if (!exported.ok) return sendError(reply, appError('invalid_request', exported.error));
    const { grants } = exported.value;
    if (format !== 'json') return sendTable(reply, format, `360giving-${request.params.id}`, giving360CsvColumns(grants), grants);
    return exported.value;
  });
}
