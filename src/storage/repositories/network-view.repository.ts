import type { Kysely } from 'kysely';
import { describeNetwork, type NetworkOptions, type NetworkView } from '../../domain/research-network/index.ts';
import type { Database } from '../schema.ts';
import { loadHubs, loadNetworkSchools, type NetworkSchool, type PlacedHub, type UnplacedHub } from './school-need.repository.ts';

export interface LoadedNetwork {
  readonly schools: readonly NetworkSchool[];
  readonly hubs: { readonly placed: readonly PlacedHub[]; readonly unplaced: readonly UnplacedHub[] };
  readonly view: NetworkView;
}

/** Every open school and every placed hub, read once, and the network over them (docs/methodology.md §14). */
export async function loadNetworkView(db: Kysely<Database>, options: NetworkOptions): Promise<LoadedNetwork> {
  const [schools, hubs] = await Promise.all([loadNetworkSchools(db), loadHubs(db)]);
  const view = describeNetwork(
    schools.map((s) => ({ ...s, areaCode: s.districtCode })),
    hubs.placed.map((h) => ({ id: h.id, lat: h.lat, lon: h.lon, opportunityAreaId: h.opportunityAreaId })),
    options,
  );
  return { schools, hubs, view };
}
