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

export async function listHubs(signal: AbortSignal): Promise<readonly HubListing[]> {
  return ((await getJson('/api/hubs', signal)) as { items: readonly HubListing[] }).items;
}

/** Places a hub its host cannot place (its lead or the national team), saying why. */
export async function placeHub(id: string, where: PlacementWhere, reason: string): Promise<PlacementReply> {
  return (await sendJson('PUT', placementPath(id), { ...where, reason })) as PlacementReply;
}

/** Removes a hub's placement, so it is placed at its host again, or not at all. */
export async function clearHubPlacement(id: string, reason: string): Promise<void> {
  await sendJson('DELETE', placementPath(id), { reason });
}
