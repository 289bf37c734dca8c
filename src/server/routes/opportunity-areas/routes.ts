import { describeOpportunityArea, summariseOpportunityAreas } from '../../../domain/programme/index.ts';
import { fundersOf } from '../../../domain/funding/index.ts';
import type { FundsRepository } from '../../../storage/repositories/funds.repository.ts';
import type { PlacesRepository } from '../../../storage/repositories/places.repository.ts';
import type { ProgrammeRepository } from '../../../storage/repositories/programme.repository.ts';
import { sendTable } from '../../csv-reply.ts';
import { errorReply } from '../../errors.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import type { ZodApp } from '../../zod-app.ts';
import { OPPORTUNITY_AREA_CSV_COLUMNS } from '../../../app/programme/opportunity-area-columns.ts';
import { getOpportunityAreaSchema, listOpportunityAreasSchema } from './schema.ts';

export interface OpportunityAreaRouteDeps {
  readonly programme: ProgrammeRepository;
  readonly places: PlacesRepository;
  readonly funds: FundsRepository;
}

export function registerOpportunityAreaRoutes(app: ZodApp, deps: OpportunityAreaRouteDeps): void {
  app.get('/api/opportunity-areas', { schema: listOpportunityAreasSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const register = await deps.programme.loadRegister();
    const districtCodes = register.opportunityAreas.flatMap((a) => a.districtCodes);
    const [areas, funds] = await Promise.all([deps.places.findAreas(districtCodes), deps.funds.listFunds()]);
    const summaries = summariseOpportunityAreas({ ...register, areas, funds });
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, 'opportunity-areas', OPPORTUNITY_AREA_CSV_COLUMNS, summaries);
    return { items: summaries };
  });

  app.get('/api/opportunity-areas/:id', { schema: getOpportunityAreaSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { id } = request.params;
    const register = await deps.programme.loadRegisterFor(id);
    const area = register?.opportunityAreas[0];
    if (register === null || area === undefined) {
      return reply.code(404).send(errorReply('not_found', `There is no Opportunity Area with the identifier "${id}"`));
    }
    const [areas, funds, allFunds] = await Promise.all([
      deps.places.findAreasWithAncestors(area.districtCodes),
      deps.funds.listFunds({ opportunityAreaId: id }),
      deps.funds.listFunds(),
    ]);
    const described = describeOpportunityArea(area, { ...register, areas, funds });
    return { ...described, funds: described.funds.map((f) => ({ ...f, profile: [...f.profile], funders: fundersOf(f, allFunds) })) };
  });
}
