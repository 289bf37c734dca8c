import { api, reply, type Reply, type RequestBody } from './http.ts';

/** A page of GET /api/hubs: the Research Schools by name, and how many there are in all. */
export type HubListPage = Reply<'/api/hubs'>;
/** A Research School as `GET /api/hubs` lists it: where it is placed and how, or why it is not. */
export type HubListing = HubListPage['items'][number];
/** Where to place a hub: at a school, a postcode or a point. */
export type PlacementWhere = Omit<RequestBody<'/api/hubs/{id}/placement', 'put'>, 'reason'>;
export type PlacementReply = Reply<'/api/hubs/{id}/placement', 'put'>;

/** How many Research Schools the hubs page shows at a time. */
export const HUBS_PAGE_SIZE = 100;

export async function listHubs(page: number, signal: AbortSignal): Promise<HubListPage> {
  return reply(api.GET('/api/hubs', { params: { query: { page, pageSize: HUBS_PAGE_SIZE } }, signal }));
}

/** One Research School as the hubs list shows it, or null when there is none with this id. */
export async function getHubListing(id: string, signal: AbortSignal): Promise<HubListing | null> {
  return (await reply(api.GET('/api/hubs', { params: { query: { id } }, signal }))).items[0] ?? null;
}

/** The hubs page's address for page `page`. */
export function hubsPagePath(page: number): string {
  return page > 1 ? `/hubs?page=${String(page)}` : '/hubs';
}

/** Places a hub its host cannot place (its lead or the national team), saying why. */
export async function placeHub(id: string, where: PlacementWhere, reason: string): Promise<PlacementReply> {
  return reply(api.PUT('/api/hubs/{id}/placement', { params: { path: { id } }, body: { ...where, reason } }));
}

/** Removes a hub's placement, so it is placed at its host again, or not at all. */
export async function clearHubPlacement(id: string, reason: string): Promise<void> {
  await reply(api.DELETE('/api/hubs/{id}/placement', { params: { path: { id } }, body: { reason } }));
}
