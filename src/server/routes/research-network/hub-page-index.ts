import { networkLeftOut, type NetworkLeftOut, type NetworkSchoolView } from '../../../domain/research-network/index.ts';
import type { LoadedNetwork, NetworkSchool } from '../../../app/research-network/network-schools.ts';

/** What every hub page reads from the whole network view, worked out once per view. */
export interface HubPageIndex {
  /** What the whole view leaves out: the same on every hub's page. */
  readonly leftOut: NetworkLeftOut;
  /** Every open school's register details, by URN. */
  readonly byUrn: ReadonlyMap<number, NetworkSchool>;
  /** Each hub's assigned schools, in the view's order. */
  readonly byHub: ReadonlyMap<string, readonly NetworkSchoolView[]>;
}

const indexes = new WeakMap<LoadedNetwork, HubPageIndex>();

/**
 * The index of a kept network view (`networkViewCache`), made on the first hub page that asks and kept while
 * the view is: a hub page otherwise walked all 24,000 schools three times per request to find its own few
 * hundred and the same left-out counts (docs/benchmarks.md, "Page ready").
 */
export function hubPageIndex(network: LoadedNetwork): HubPageIndex {
  const kept = indexes.get(network);
  if (kept !== undefined) return kept;
  const byHub = new Map<string, NetworkSchoolView[]>();
  for (const school of network.view.schools) {
    if (school.hubId === null) continue;
    const list = byHub.get(school.hubId);
    if (list === undefined) byHub.set(school.hubId, [school]);
    else list.push(school);
  }
  const index: HubPageIndex = { leftOut: networkLeftOut(network.view), byUrn: new Map(network.schools.map((s) => [s.urn, s])), byHub };
  indexes.set(network, index);
  return index;
}
