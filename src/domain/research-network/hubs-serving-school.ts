import { DEFAULT_REACH_METRES } from './assign-within-reach.ts';
import { haversineMetres } from './haversine.ts';

/** How far from where a hub works a school may be and still be served by it: the reach distance of §14.2. */
export const SERVED_WITHIN_METRES = DEFAULT_REACH_METRES;

export interface ServingHubInput {
  readonly id: string;
  readonly opportunityAreaId: string | null;
  /** Where the hub works from (its placement, else its host school); null when it is not placed. */
  readonly lat: number | null;
  readonly lon: number | null;
  /** The hub's own reach beyond its area, where the programme set one (`oa hubs reach`). */
  readonly radiusMetres?: number | undefined;
}

export interface ServedSchoolInput {
  readonly opportunityAreaId: string | null;
  readonly lat: number | null;
  readonly lon: number | null;
}

/**
 * The hubs that serve a school: the Research School of the school's Opportunity Area, and every placed
 * hub within 20 km (the reach distance, or the hub's own) of it, in the order given. This is how far a hub's records reach:
 * a hub records attendance, engagement and evidence plans only for the schools it serves, and its lead
 * reads their engagement (docs/methodology.md §14.10). This is the reach of §14.2 without its capacity.
 * `hubsServingSchool({ opportunityAreaId: 'blackpool', lat: 53.8, lon: -3.05 }, hubs)` →
 * ['blackpool-research-school'] where no other hub is within 20 km.
 */
export function hubsServingSchool(school: ServedSchoolInput, hubs: readonly ServingHubInput[], withinMetres = SERVED_WITHIN_METRES): string[] {
  return hubs
    .filter((hub) => {
      if (school.opportunityAreaId !== null && hub.opportunityAreaId === school.opportunityAreaId) return true;
      if (school.lat === null || school.lon === null || hub.lat === null || hub.lon === null) return false;
      return haversineMetres({ lat: school.lat, lon: school.lon }, { lat: hub.lat, lon: hub.lon }) <= (hub.radiusMetres ?? withinMetres);
    })
    .map((hub) => hub.id);
}
