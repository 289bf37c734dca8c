import type { HubAssignment } from './assign-schools-to-hubs.ts';

export interface ReachInput extends HubAssignment {
  /** The group the figures are rolled up by besides the hub, e.g. the district. */
  readonly areaCode: string | null;
  readonly highNeed: boolean;
}

export interface ReachFigures {
  /** The hub id or area code. */
  readonly key: string;
  readonly schools: number;
  readonly highNeed: number;
  /** High-need schools within the chosen distance (of their assigned hub, or for areas, of the nearest hub). */
  readonly highNeedWithin: number;
  /** highNeedWithin ÷ highNeed; null when there are no high-need schools. */
  readonly shareHighNeedWithin: number | null;
}

function figures(key: string, rows: readonly ReachInput[], within: (r: ReachInput) => boolean): ReachFigures {
  const highNeed = rows.filter((r) => r.highNeed);
  const highNeedWithin = highNeed.filter(within).length;
  return { key, schools: rows.length, highNeed: highNeed.length, highNeedWithin, shareHighNeedWithin: highNeed.length === 0 ? null : highNeedWithin / highNeed.length };
}

function groupBy(rows: readonly ReachInput[], keyOf: (r: ReachInput) => string | null): Map<string, ReachInput[]> {
  const groups = new Map<string, ReachInput[]>();
  for (const r of rows) {
    const key = keyOf(r);
    if (key === null) continue;
    const list = groups.get(key) ?? [];
    list.push(r);
    groups.set(key, list);
  }
  return groups;
}

/**
 * Reach per hub: the schools it serves, and the share of its high-need schools within `metres` of it;
 * per area: the share of the area's high-need schools within `metres` of the nearest hub
 * (docs/methodology.md §14.4). Sorted by key.
 */
export function computeReach(rows: readonly ReachInput[], metres: number): { hubs: ReachFigures[]; areas: ReachFigures[] } {
  const byKey = (a: ReachFigures, b: ReachFigures) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  const hubs = [...groupBy(rows, (r) => r.hubId)].map(([key, list]) => figures(key, list, (r) => r.metres !== null && r.metres <= metres));
  const areas = [...groupBy(rows, (r) => r.areaCode)].map(([key, list]) => figures(key, list, (r) => r.nearestMetres !== null && r.nearestMetres <= metres));
  return { hubs: hubs.sort(byKey), areas: areas.sort(byKey) };
}

/** High-need schools farther than `metres` from every hub, farthest first. */
export function farFromAnyHub<T extends ReachInput>(rows: readonly T[], metres: number): T[] {
  return rows
    .filter((r) => r.highNeed && (r.nearestMetres === null || r.nearestMetres > metres))
    .sort((a, b) => (b.nearestMetres ?? Number.MAX_VALUE) - (a.nearestMetres ?? Number.MAX_VALUE) || a.urn - b.urn);
}
