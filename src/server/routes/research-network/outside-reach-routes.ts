import type { NetworkOptions } from '../../../domain/research-network/index.ts';
import type { CsvColumn } from '../../../domain/shared/csv.ts';
import type { LoadedNetwork } from '../../../storage/repositories/network-view.repository.ts';
import { PUBLIC } from '../../auth/route-access.ts';
import { sendTable } from '../../csv-reply.ts';
import type { ZodApp } from '../../zod-app.ts';
import { outsideReachSchema } from './outside-reach-schema.ts';

interface OutsideRow {
  readonly urn: number;
  readonly name: string;
  readonly districtCode: string | null;
  readonly needScore: number | null;
  readonly highNeed: boolean;
  readonly nearestHubId: string | null;
  readonly nearestKm: number | null;
}

const OUTSIDE_REACH_CSV: readonly CsvColumn<OutsideRow>[] = [
  { header: 'urn', value: (r) => r.urn },
  { header: 'name', value: (r) => r.name },
  { header: 'district_code', value: (r) => r.districtCode },
  { header: 'need_score', value: (r) => r.needScore },
  { header: 'high_need', value: (r) => (r.highNeed ? 'yes' : 'no') },
  { header: 'nearest_hub_id', value: (r) => r.nearestHubId },
  { header: 'nearest_km', value: (r) => r.nearestKm },
];

/** The national list of schools no hub serves: never dropped silently (docs/methodology.md §14.2). */
export function registerOutsideReachRoutes(app: ZodApp, networkView: (options: NetworkOptions) => Promise<LoadedNetwork>): void {
  app.get('/api/network/outside-reach', { schema: outsideReachSchema, config: { access: PUBLIC } }, async (request, reply) => {
    const { withinKm, highNeed, highNeedOnly, page, pageSize, format } = request.query;
    const { schools, view } = await networkView({ withinMetres: withinKm * 1000, highNeedScore: highNeed });
    const byUrn = new Map(schools.map((s) => [s.urn, s]));
    const outside = view.schools
      .filter((v) => v.status === 'outside-reach' && (!highNeedOnly || v.highNeed))
      .sort((a, b) => (b.need.score ?? -1) - (a.need.score ?? -1) || (a.nearestMetres ?? 0) - (b.nearestMetres ?? 0) || a.urn - b.urn);
    const row = (v: (typeof outside)[number]): OutsideRow => ({
      urn: v.urn,
      name: byUrn.get(v.urn)?.name ?? '',
      districtCode: byUrn.get(v.urn)?.districtCode ?? null,
      needScore: v.need.score === null ? null : Math.round(v.need.score * 10) / 10,
      highNeed: v.highNeed,
      nearestHubId: v.nearestHubId,
      nearestKm: v.nearestMetres === null ? null : Math.round(v.nearestMetres / 100) / 10,
    });
    if (format !== 'json') return sendTable(reply, format, 'outside-any-hub-reach', OUTSIDE_REACH_CSV, outside.map(row));
    return {
      withinKm,
      located: view.schools.filter((v) => v.located).length,
      counts: { assigned: view.counts.assigned, hubFull: view.counts['hub-full'], outsideReach: view.counts['outside-reach'], noLocation: view.counts['no-location'] },
      highNeedOutsideReach: view.farFromHubs.length,
      page,
      pageSize,
      total: outside.length,
      items: outside.slice((page - 1) * pageSize, page * pageSize).map(row),
    };
  });
}
