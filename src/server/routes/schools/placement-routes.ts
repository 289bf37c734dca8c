import { isOpenStateFunded, PLACEMENT_COLUMNS, summarisePlacement } from '../../../domain/places/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import type { ZodApp } from '../../zod-app.ts';
import { schoolPlacementSchema } from './placement-schema.ts';

export function registerSchoolPlacementRoutes(app: ZodApp, deps: { services: Services }): void {
  app.get('/api/schools/placement', { schema: schoolPlacementSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const placed = await deps.services.schoolPlacement.listSchoolPlacements();
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, 'school-placement', PLACEMENT_COLUMNS, placed.filter(isOpenStateFunded));
    const summary = summarisePlacement(placed);
    return { ...summary, unplaced_schools: [...summary.unplaced_schools] };
  });
}
