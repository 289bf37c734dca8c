import type { LoadedNetwork } from '../../../app/research-network/network-schools.ts';
import type { NetworkOptions } from '../../../domain/research-network/index.ts';
import type { Services } from '../../../storage/services/create-services.ts';

/** The few most recent views a server keeps: one per set of options asked for lately. */
const KEEP = 4;

/**
 * The network view a hub page needs, kept between requests while the data it is read from is unchanged
 * (`networkDataVersion`). Reading every open school and scoring it takes about a second on the shared
 * data; a hub page then takes a few milliseconds more. One cache per server, so tests stay apart.
 */
export function networkViewCache(services: Pick<Services, 'networkView'>): (options: NetworkOptions) => Promise<LoadedNetwork> {
  const kept = new Map<string, Promise<LoadedNetwork>>();
  return async (options) => {
    const key = `${await services.networkView.networkDataVersion()}#${JSON.stringify(options)}`;
    const hit = kept.get(key);
    if (hit !== undefined) {
      // Most recently used last, so the oldest is dropped first.
      kept.delete(key);
      kept.set(key, hit);
      return hit;
    }
    const loading = services.networkView.loadNetworkView(options);
    kept.set(key, loading);
    loading.catch(() => kept.delete(key));
    while (kept.size > KEEP) kept.delete(kept.keys().next().value ?? key);
    return loading;
  };
}
