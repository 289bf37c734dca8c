import type { NetworkOptions } from '../../../domain/research-network/index.ts';
import type { LoadedNetwork } from '../../../app/research-network/network-schools.ts';
import { OUTSIDE_REACH_COLUMNS, outsideReachRows } from '../../../app/research-network/outside-reach.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import type { ZodApp } from '../../zod-app.ts';
import { outsideReachSchema } from './outside-reach-schema.ts';

/** The national list of schools no hub serves: never dropped silently (docs/methodology.md §14.2). */
export function registerOutsideReachRoutes(app: ZodApp, networkView: (options: NetworkOptions) => Promise<LoadedNetwork>): void {
  app.get('/api/network/outside-reach', { schema: outsideReachSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { withinKm, highNeed, highNeedOnly, page, pageSize, format } = request.query;
    const { schools, view } = await networkView({ withinMetres: withinKm * 1000, highNeedScore: highNeed });
    const outside = outsideReachRows(view, schools, { highNeedOnly });
    if (format !== 'json') return sendTable(reply, format, 'outside-any-hub-reach', OUTSIDE_REACH_COLUMNS, outside);
    return {
      withinKm,
      located: view.schools.filter((v) => v.located).length,
      counts: { assigned: view.counts.assigned, hubFull: view.counts['hub-full'], outsideReach: view.counts['outside-reach'], noLocation: view.counts['no-location'] },
      highNeedOutsideReach: view.farFromHubs.length,
      page,
      pageSize,
      total: outside.length,
      items: outside.slice((page - 1) * pageSize, page * pageSize),
    };
  });
}
