import type { Kysely } from 'kysely';
import { isOpenStateFunded, PLACEMENT_COLUMNS, summarisePlacement } from '../../../domain/places/index.ts';
import { listSchoolPlacements } from '../../../storage/repositories/school-placement.repository.ts';
import type { Database } from '../../../storage/schema.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import type { ZodApp } from '../../zod-app.ts';
import { schoolPlacementSchema } from './placement-schema.ts';

export function registerSchoolPlacementRoutes(app: ZodApp, deps: { db: Kysely<Database> }): void {
  app.get('/api/schools/placement', { schema: schoolPlacementSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const placed = await listSchoolPlacements(deps.db);
    if (request.query.format !== 'json') return sendTable(reply, request.query.format, 'school-placement', PLACEMENT_COLUMNS, placed.filter(isOpenStateFunded));
    const summary = summarisePlacement(placed);
    return { ...summary, unplaced_schools: [...summary.unplaced_schools] };
  });
}
