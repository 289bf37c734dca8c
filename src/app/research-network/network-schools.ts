import type { Services } from '../../storage/services/create-services.ts';

/** An open school as the Research School network reads it: its need inputs, place, address and intermediaries. */
export type NetworkSchool = Awaited<ReturnType<Services['schoolNeed']['loadNetworkSchools']>>[number];

/** Every open school and placed hub, read once, and the network over them (docs/methodology.md §14). */
export type LoadedNetwork = Awaited<ReturnType<Services['networkView']['loadNetworkView']>>;

/** Whether a school lies in an area named by district or education authority GSS code, or Opportunity Area id. */
export function schoolInArea(school: NetworkSchool, area: string): boolean {
  const code = area.toUpperCase();
  return school.districtCode === code || school.educationLaCode === code || school.opportunityAreaId === area || school.laCode === area;
}
