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
    hubs.placed.map((h) => ({ id: h.id, lat: h.lat, lon: h.lon, opportunityAreaId: h.opportunityAreaId, radiusMetres: h.radiusMetres, capacity: h.capacity })),
    options,
  );
  return { schools, hubs, view };
}

/**
 * A cheap mark of everything the network view is read from: it changes when an import loads anything (a
 * data source row), a school is added or removed, a hub is placed, moved or cleared, a hub's own reach is
 * set, or a Research School is added. A cached view is reused only while the mark is the same.
 */
export async function networkDataVersion(db: Kysely<Database>): Promise<string> {
  const [sources, schools, placements, hubs, reach] = await Promise.all([
    db.selectFrom('data_sources').select((eb) => [eb.fn.max('id').as('max'), eb.fn.countAll<string | number>().as('n')]).executeTakeFirst(),
    db.selectFrom('schools').select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.max('urn').as('max')]).executeTakeFirst(),
    // The sums change when a hub moves, even where two placements share a time (a fixed clock in tests).
    db
      .selectFrom('hub_placements')
      .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.max('recorded_at').as('max'), eb.fn.sum<string | number | null>('lat').as('lat'), eb.fn.sum<string | number | null>('lon').as('lon')])
      .executeTakeFirst(),
    db.selectFrom('research_schools').select((eb) => eb.fn.countAll<string | number>().as('n')).executeTakeFirst(),
    db
      .selectFrom('hub_reach')
      .select((eb) => [eb.fn.countAll<string | number>().as('n'), eb.fn.sum<string | number | null>('radius_metres').as('radius'), eb.fn.sum<string | number | null>('capacity').as('capacity'), eb.fn.max('recorded_at').as('max')])
      .executeTakeFirst(),
  ]);
  return [sources?.max, sources?.n, schools?.n, schools?.max, placements?.n, placements?.max, placements?.lat, placements?.lon, hubs?.n, reach?.n, reach?.radius, reach?.capacity, reach?.max].map((x) => String(x ?? '')).join('|');
}
