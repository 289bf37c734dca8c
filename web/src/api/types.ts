/** Shapes of the JSON API's replies (see /api/docs). Money is in integer pence; dates are ISO strings. */

/** A place by its GSS code, e.g. `{ code: 'E06000009', name: 'Blackpool' }`. */
export interface AreaRef {
  code: string;
  name: string;
}

export interface ResearchSchoolView {
  id: string;
  name: string;
  hostName: string;
  /** Null where the host is an alliance, partnership or trust rather than one school. */
  hostUrn: number | null;
  announcedOn: string;
  sourceNote: string;
}

export type Wave = 1 | 2;

export interface OpportunityAreaSummary {
  id: string;
  name: string;
  /** The name it was announced under when that differs ("Scarborough" for North Yorkshire Coast). */
  announcedAs: string | null;
  wave: Wave;
  /** Day precision ("2017-01-18") or month precision ("2016-10"). */
  announcedOn: string;
  districts: AreaRef[];
  researchSchool: ResearchSchoolView | null;
  boardChair: string | null;
  share2020to21Pence: number | null;
}

export interface OpportunityAreaList {
  items: OpportunityAreaSummary[];
}

export interface DistrictView {
  code: string;
  name: string;
  educationAuthority: AreaRef | null;
  region: AreaRef | null;
}

export interface BoardView {
  chair: string;
  chairNamedOn: string;
  sourceNote: string;
}

export type FundScope = 'programme' | 'opportunity_area' | 'research_schools' | 'careers' | 'national';
export type FundKind = 'fund' | 'allocation' | 'ring_fenced' | 'contribution';

export interface FundView {
  id: string;
  name: string;
  amountPence: number;
  period: string;
  scope: FundScope;
  kind: FundKind;
  parentId: string | null;
  opportunityAreaId: string | null;
  sourceNote: string;
}

export interface OpportunityAreaDetail {
  id: string;
  name: string;
  announcedAs: string | null;
  wave: Wave;
  announcedOn: string;
  sourceNote: string;
  districts: DistrictView[];
  researchSchool: ResearchSchoolView | null;
  board: BoardView | null;
  funds: FundView[];
}

export interface AllocationCheck {
  fundId: string;
  amountPence: number;
  allocatedPence: number;
  /** Negative when the children add up to more than the fund. */
  unallocatedPence: number;
  overAllocated: boolean;
}

export interface FundList {
  items: FundView[];
  checks: AllocationCheck[];
}

export interface ApiErrorBody {
  error: { code: string; message: string };
}
