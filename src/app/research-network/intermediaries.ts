import { intermediarySchools, schoolEngagements, type EngagementRecord, type IntermediarySchool } from '../../domain/research-network/index.ts';
import type { Services } from '../../storage/services/create-services.ts';
import type { NetworkSchool } from './network-schools.ts';

/**
 * Every open school as a local authority or trust sees it: need over all of them (docs/methodology.md §14.1),
 * and engagement as of `asOf` (today when absent). GET /api/intermediaries and `oa engagement report --by` share it.
 */
export function intermediarySchoolsOf(
  network: readonly NetworkSchool[],
  records: ReadonlyMap<number, readonly EngagementRecord[]>,
  options: { readonly highNeedScore: number; readonly asOf?: string },
): IntermediarySchool[] {
  const levels = new Map(schoolEngagements(network.map((s) => s.urn), records, options.asOf).map((e) => [e.urn, e.level]));
  return intermediarySchools(
    network.map((s) => ({ ...s, localAuthorityCode: s.educationLaCode, trustCode: s.trustCode })),
    levels,
    { highNeedScore: options.highNeedScore },
  );
}

/** Reads every open school and its engagement, and sees them as intermediaries do; `network` keeps the register's details by URN. */
export async function loadIntermediarySchools(
  services: Pick<Services, 'schoolNeed' | 'researchNetwork'>,
  highNeedScore: number,
): Promise<{ readonly network: ReadonlyMap<number, NetworkSchool>; readonly schools: IntermediarySchool[] }> {
  const network = await services.schoolNeed.loadNetworkSchools();
  const schools = intermediarySchoolsOf(network, await services.researchNetwork.engagementRecords(), { highNeedScore });
  return { network: new Map(network.map((s) => [s.urn, s])), schools };
}
