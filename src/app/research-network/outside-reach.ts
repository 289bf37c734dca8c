import type { NetworkView } from '../../domain/research-network/index.ts';
import type { CsvColumn } from '../../domain/shared/csv.ts';

/** A school no hub may serve, as `oa hubs outside-reach` and `GET /api/network/outside-reach` list it. */
export interface OutsideReachRow {
  readonly urn: number;
  readonly name: string;
  readonly districtCode: string | null;
  readonly needScore: number | null;
  readonly highNeed: boolean;
  readonly nearestHubId: string | null;
  readonly nearestKm: number | null;
}

export const OUTSIDE_REACH_COLUMNS: readonly CsvColumn<OutsideReachRow>[] = [
  { header: 'urn', value: (r) => r.urn },
  { header: 'name', value: (r) => r.name },
  { header: 'district_code', value: (r) => r.districtCode },
  { header: 'need_score', value: (r) => r.needScore },
  { header: 'high_need', value: (r) => (r.highNeed ? 'yes' : 'no') },
  { header: 'nearest_hub_id', value: (r) => r.nearestHubId },
  { header: 'nearest_km', value: (r) => r.nearestKm },
];

/**
 * The schools outside any hub's reach, highest need first, then nearest to a hub (docs/methodology.md §14.2),
 * with their names and districts from `schools`.
 */
export function outsideReachRows(
  view: NetworkView,
  schools: readonly { readonly urn: number; readonly name: string; readonly districtCode: string | null }[],
  options: { readonly highNeedOnly: boolean },
): OutsideReachRow[] {
  const byUrn = new Map(schools.map((s) => [s.urn, s]));
  return view.schools
    .filter((v) => v.status === 'outside-reach' && (!options.highNeedOnly || v.highNeed))
    .sort((a, b) => (b.need.score ?? -1) - (a.need.score ?? -1) || (a.nearestMetres ?? 0) - (b.nearestMetres ?? 0) || a.urn - b.urn)
    .map((v) => ({
      urn: v.urn,
      name: byUrn.get(v.urn)?.name ?? '',
      districtCode: byUrn.get(v.urn)?.districtCode ?? null,
      needScore: v.need.score === null ? null : Math.round(v.need.score * 10) / 10,
      highNeed: v.highNeed,
      nearestHubId: v.nearestHubId,
      nearestKm: v.nearestMetres === null ? null : Math.round(v.nearestMetres / 100) / 10,
    }));
}
