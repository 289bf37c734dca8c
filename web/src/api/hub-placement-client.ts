import { getJson, sendJson } from './http.ts';

/** A Research School as `GET /api/hubs` lists it: where it is placed and how, or why it is not. */
export interface HubListing {
  readonly id: string;
  readonly name: string;
  readonly opportunityAreaId: string | null;
  readonly opportunityAreaName: string | null;
  readonly placed: boolean;
  readonly placedBy: string | null;
  /** Placed approximately: from the host's postcode sector, or the middle of its area. */
  readonly approximate: boolean;
  readonly hostUrn: number | null;
  readonly reason: string | null;
}

export type PlacementWhere = { readonly urn: number } | { readonly postcode: string } | { readonly lat: number; readonly lon: number };

export interface PlacementReply {
  readonly id: string;
  readonly lat: number;
  readonly lon: number;
  readonly basis: string;
  readonly reason: string;
}

const placementPath = (id: string) => `/api/hubs/${encodeURIComponent(id)}/placement`;

/** How many Research Schools the hubs page shows at a time. */
export const HUBS_PAGE_SIZE = 100;

/** A page of GET /api/hubs: the Research Schools by name, and how many there are in all. */
export interface HubListPage {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly items: readonly HubListing[];
}

export async function listHubs(page: number, signal: AbortSignal): Promise<HubListPage> {
  return (await getJson(`/api/hubs?page=${String(page)}&pageSize=${String(HUBS_PAGE_SIZE)}`, signal)) as HubListPage;
}

/** One Research School as the hubs list shows it, or null when there is none with this id. */
export async function getHubListing(id: string, signal: AbortSignal): Promise<HubListing | null> {
  return ((await getJson(`/api/hubs?id=${encodeURIComponent(id)}`, signal)) as HubListPage).items[0] ?? null;
}

/** The hubs page's address for page `page`. */
export function hubsPagePath(page: number): string {
  return page > 1 ? `/hubs?page=${String(page)}` : '/hubs';
}

/** Places a hub its host cannot place (its lead or the national team), saying why. */
export async function placeHub(id: string, where: PlacementWhere, reason: string): Promise<PlacementReply> {
  return (await sendJson('PUT', placementPath(id), { ...where, reason })) as PlacementReply;
}

/** Removes a hub's placement, so it is placed at its host again, or not at all. */
export async function clearHubPlacement(id: string, reason: string): Promise<void> {
  await sendJson('DELETE', placementPath(id), { reason });
}
