import { normalisePostcode } from '../shared/postcode.ts';

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

/** Where a form, a command line or a request body says to place a hub, each field as given (absent or blank: not given). */
export interface PlacementInput {
  readonly urn?: string | number | undefined;
  readonly postcode?: string | undefined;
  readonly lat?: string | number | undefined;
  readonly lon?: string | number | undefined;
}

export interface PlacementInputProblem {
  /** `where` when the input names no place, or more than one. */
  readonly field: 'where' | 'urn' | 'postcode' | 'lat' | 'lon';
  readonly message: string;
}

const given = (value: string | number | undefined) => value !== undefined && String(value).trim() !== '';
const degrees = (value: string | number) => (typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value));

/**
 * The one place the input names, or the field at fault: exactly one of a URN, a postcode, or a latitude with a
 * longitude. `readPlacementInput({ postcode: 'st42dt' })` → `{ kind: 'postcode', postcode: 'ST4 2DT' }`.
 * Coordinates outside England are for `coordinatesProblem`.
 */
export function readPlacementInput(input: PlacementInput): HubPlacementRequest | PlacementInputProblem {
  const named = [given(input.urn), given(input.postcode), given(input.lat) || given(input.lon)].filter(Boolean).length;
  if (named !== 1) return { field: 'where', message: 'Give exactly one of a URN, a postcode, or a latitude with a longitude' };
  if (input.urn !== undefined && given(input.urn)) {
    const urn = String(input.urn).trim();
    return /^\d{6}$/.test(urn) ? { kind: 'school', urn: Number(urn) } : { field: 'urn', message: `A URN is 6 digits, like 141257 (got "${urn}")` };
  }
  if (input.postcode !== undefined && given(input.postcode)) {
    const postcode = normalisePostcode(input.postcode);
    return postcode === null ? { field: 'postcode', message: 'Enter a postcode like BD3 7AU' } : { kind: 'postcode', postcode };
  }
  if (input.lat === undefined || !given(input.lat)) return { field: 'lat', message: 'Give the latitude as well as the longitude' };
  if (input.lon === undefined || !given(input.lon)) return { field: 'lon', message: 'Give the longitude as well as the latitude' };
  const lat = degrees(input.lat);
  const lon = degrees(input.lon);
  if (Number.isNaN(lat)) return { field: 'lat', message: 'The latitude must be a number of degrees, like 53.7947' };
  if (Number.isNaN(lon)) return { field: 'lon', message: 'The longitude must be a number of degrees, like -1.7537' };
  return { kind: 'coordinates', lat, lon };
}
