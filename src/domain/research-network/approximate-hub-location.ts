import { postcodeSectorOf } from '../places/index.ts';
import type { LatLon } from './haversine.ts';

/** What is known about where a hub's host is, for a hub its host cannot place exactly. */
export interface ApproximateLocationInput {
  readonly hostName: string;
  /** The host school's postcode from the register, when the host has a URN there. */
  readonly hostPostcode: string | null;
  /** Located schools sharing the host's postcode sector (none when there is no postcode). */
  readonly sectorSchools: readonly LatLon[];
  /** The Opportunity Area the hub serves, and its located schools. */
  readonly areaName: string | null;
  readonly areaSchools: readonly LatLon[];
}

export interface ApproximateLocation extends LatLon {
  /** Like "approximately: the middle of the 12 located schools in postcode sector BA5 2 (…)". */
  readonly basis: string;
}

function middle(points: readonly LatLon[]): LatLon {
  const lat = points.reduce((sum, p) => sum + p.lat, 0) / points.length;
  const lon = points.reduce((sum, p) => sum + p.lon, 0) / points.length;
  return { lat, lon };
}

const schools = (n: number) => (n === 1 ? '1 located school' : `${String(n)} located schools`);

/**
 * Where a hub works from, approximately, when its host cannot place it (docs/methodology.md §14.7): the
 * middle of the located schools in its host's postcode sector (the idea of the postcode-sector imputation,
 * §6.8: schools sharing a sector lie close together), else, for a host with no single URN, the middle of
 * the located schools of the Opportunity Area it serves; null when neither is known. A host at BA5 2NR with
 * schools at (51.2, −2.6) and (51.2, −2.7) in sector BA5 2 → (51.2, −2.65).
 */
export function approximateHubLocation(input: ApproximateLocationInput): ApproximateLocation | null {
  const sector = input.hostPostcode === null ? null : postcodeSectorOf(input.hostPostcode);
  if (sector !== null && input.sectorSchools.length > 0) {
    const why = `its host, ${input.hostName}, has no location in the register`;
    return { ...middle(input.sectorSchools), basis: `approximately: the middle of the ${schools(input.sectorSchools.length)} in its host’s postcode sector ${sector} (${why})` };
  }
  if (input.areaName !== null && input.areaSchools.length > 0) {
    const why = input.hostPostcode === null ? `its host, ${input.hostName}, has no single school in the register` : `no located school shares its host’s postcode sector`;
    return { ...middle(input.areaSchools), basis: `approximately: the middle of the ${schools(input.areaSchools.length)} of ${input.areaName}, the area it serves (${why})` };
  }
  return null;
}
