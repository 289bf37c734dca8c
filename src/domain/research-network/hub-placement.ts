/**
 * Where a hub is placed when its host cannot place it: a Research School run by an alliance or a trust has
 * no single host URN, and some host schools have no location in the register. The programme then says
 * where the hub works from: a school in the register, a postcode, or coordinates (docs/methodology.md §14.7).
 */
export type HubPlacementRequest =
  | { readonly kind: 'school'; readonly urn: number }
  | { readonly kind: 'postcode'; readonly postcode: string }
  | { readonly kind: 'coordinates'; readonly lat: number; readonly lon: number };

/** A placement as resolved to a point, with what it was resolved from. */
export interface HubPlacement {
  readonly lat: number;
  readonly lon: number;
  /** Like "at Dixons Trinity Academy (URN 136341)" or "at postcode BA5 2QL". */
  readonly basis: string;
  readonly reason: string;
}

// England with a margin (Scilly to Berwick, Land's End to Lowestoft): a point outside is a slip, such as
// latitude and longitude swapped or a sign lost, not a hub.
const LAT = { min: 49.8, max: 55.9 };
const LON = { min: -6.5, max: 1.8 };

/** Why these coordinates cannot place a hub in England, or null when they can. */
export function coordinatesProblem(lat: number, lon: number): string | null {
  if (!Number.isFinite(lat) || !Number.isFinite(lon)) return 'Latitude and longitude must be numbers';
  if (lat < LAT.min || lat > LAT.max) return `Latitude ${String(lat)} is outside England (${String(LAT.min)} to ${String(LAT.max)}); are latitude and longitude swapped?`;
  if (lon < LON.min || lon > LON.max) return `Longitude ${String(lon)} is outside England (${String(LON.min)} to ${String(LON.max)})`;
  return null;
}

/** The reason a placement needs, trimmed, or a problem: every placement says why it was made. */
export function placementReasonProblem(reason: string): string | null {
  const trimmed = reason.trim();
  if (trimmed === '') return 'Give the reason for placing the hub here, such as where its training is held';
  if (trimmed.length > 500) return 'The reason must be 500 characters or fewer';
  return null;
}
