import type { Fund } from '../funding/fund.ts';
import { educationAuthorityCodeOf } from '../places/education-authority.ts';
import type { Area } from '../places/area.ts';
import type { Pence } from '../shared/money.ts';
import type { OpportunityArea, PartnershipBoard, ResearchSchool } from './types.ts';

export interface AreaRef {
  readonly code: string;
  readonly name: string;
}

export interface DistrictDescription extends AreaRef {
  readonly educationAuthority: AreaRef | null;
  readonly region: AreaRef | null;
}

export interface OpportunityAreaSummary {
  readonly id: string;
  readonly name: string;
  readonly announcedAs: string | null;
  readonly wave: 1 | 2;
  readonly announcedOn: string;
  readonly districts: AreaRef[];
  readonly researchSchool: ResearchSchool | null;
  readonly boardChair: string | null;
  /** The area's published share of the 2020/21 extension, or null where none was published. */
  readonly share2020to21Pence: Pence | null;
}

export interface OpportunityAreaDescription {
  readonly id: string;
  readonly name: string;
  readonly announcedAs: string | null;
  readonly wave: 1 | 2;
  readonly announcedOn: string;
  readonly sourceNote: string;
  readonly districts: DistrictDescription[];
  readonly researchSchool: ResearchSchool | null;
  readonly board: Omit<PartnershipBoard, 'opportunityAreaId'> | null;
  readonly funds: Fund[];
}

export interface RegisterFacts {
  readonly opportunityAreas: readonly OpportunityArea[];
  readonly boards: readonly PartnershipBoard[];
  readonly researchSchools: readonly ResearchSchool[];
  /** Areas covering at least every member district and their ancestors. */
  readonly areas: readonly Area[];
  readonly funds: readonly Fund[];
}

export const EXTENSION_PERIOD = '2020/21';

/**
 * One line per Opportunity Area for the register table: districts by name, its research school, its board
 * chair and its published 2020/21 share (`null` where none was published, never 0).
 */
export function summariseOpportunityAreas(facts: RegisterFacts): OpportunityAreaSummary[] {
  const areas = new Map(facts.areas.map((a) => [a.code as string, a]));
  return facts.opportunityAreas.map((oa) => {
    const share = facts.funds.find((f) => f.opportunityAreaId === oa.id && f.kind === 'allocation' && f.period === EXTENSION_PERIOD);
    return {
      id: oa.id,
      name: oa.name,
      announcedAs: oa.announcedAs,
      wave: oa.wave,
      announcedOn: oa.announcedOn,
      districts: oa.districtCodes.map((code) => refOf(code, areas)),
      researchSchool: facts.researchSchools.find((r) => r.opportunityAreaId === oa.id) ?? null,
      boardChair: facts.boards.find((b) => b.opportunityAreaId === oa.id)?.chair ?? null,
      share2020to21Pence: share?.amountPence ?? null,
    };
  });
}

/** Everything the register holds about one Opportunity Area, with each district's education authority and region. */
export function describeOpportunityArea(oa: OpportunityArea, facts: RegisterFacts): OpportunityAreaDescription {
  const areas = new Map(facts.areas.map((a) => [a.code as string, a]));
  const board = facts.boards.find((b) => b.opportunityAreaId === oa.id);
  return {
    id: oa.id,
    name: oa.name,
    announcedAs: oa.announcedAs,
    wave: oa.wave,
    announcedOn: oa.announcedOn,
    sourceNote: oa.sourceNote,
    districts: oa.districtCodes.map((code) => {
      const district = areas.get(code);
      const educationCode = district === undefined ? null : educationAuthorityCodeOf(district);
      return {
        ...refOf(code, areas),
        educationAuthority: educationCode === null ? null : refOf(educationCode, areas),
        region: regionOf(code, areas),
      };
    }),
    researchSchool: facts.researchSchools.find((r) => r.opportunityAreaId === oa.id) ?? null,
    board: board === undefined ? null : { chair: board.chair, chairNamedOn: board.chairNamedOn, sourceNote: board.sourceNote },
    funds: facts.funds.filter((f) => f.opportunityAreaId === oa.id),
  };
}

function refOf(code: string, areas: ReadonlyMap<string, Area>): AreaRef {
  return { code, name: areas.get(code)?.name ?? code };
}

function regionOf(code: string, areas: ReadonlyMap<string, Area>): AreaRef | null {
  let current = areas.get(code);
  while (current !== undefined && current.kind !== 'region') {
    current = current.parentCode === null ? undefined : areas.get(current.parentCode);
  }
  return current === undefined ? null : { code: current.code, name: current.name };
}
