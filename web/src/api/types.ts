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
  funder: string;
  /** What the money may be spent on, as published; empty when nothing was published. */
  conditions: string;
  /** Planned amount by academic year; empty when spend is planned evenly over the fund's years. */
  profile: { period: string; amountPence: number }[];
  funders: { funder: string; amountPence: number; percent: number }[];
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

/** A page of GET /api/funds: whole funds, each followed by its pots; `total` counts funds, not pots. */
export interface FundList {
  page: number;
  pageSize: number;
  total: number;
  items: FundView[];
  checks: AllocationCheck[];
}

export interface ApiErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

export type Role = 'admin' | 'analyst' | 'area_lead' | 'hub_lead' | 'school' | 'board_viewer';

export interface SignedInUser {
  email: string;
  role: Role;
  /** The role as shown on screen, e.g. "Area lead". */
  roleLabel: string;
  /** Areas, hubs and schools the user can access: `area:blackpool`, `hub:…`, `school:141257`. */
  scope: string[];
}

export interface Session {
  user: SignedInUser | null;
  /** Sent back as the x-csrf-token header on every state-changing request; null when signed out. */
  csrfToken: string | null;
  /** Where to start signing in with the organisation's account (OpenID Connect); null when not set up. */
  oidcLoginUrl?: string | null;
}

export interface AuditEntryView {
  id: number;
  /** ISO timestamp. */
  at: string;
  /** The user's email, or `cli` / `system`. */
  actor: string;
  /** e.g. `board.update`, `session.sign_in`. */
  action: string;
  entityType: string;
  entityId: string;
  /** What changed, usually `{ field: { before, after } }`; otherwise a short description. */
  summary: unknown;
}

/** One page of GET /api/audit, newest first: `total` entries match the filters, `more` when a later page has some. */
export interface AuditList {
  items: AuditEntryView[];
  page: number;
  limit: number;
  total: number;
  more: boolean;
}

export interface UserView {
  id: number;
  email: string;
  /** The person's name, where given. */
  name: string | null;
  role: Role;
  scope: string[];
  isDemo: boolean;
  createdAt: string;
  disabledAt: string | null;
}

/** A page of GET /api/users, by email; `total` users in all. */
export interface UserList {
  page: number;
  pageSize: number;
  total: number;
  items: UserView[];
}

export interface BoardChange {
  chair: string;
  /** `YYYY-MM-DD`, or `YYYY-MM` when only the month is known. */
  chairNamedOn: string;
  sourceNote: string;
}

export interface SaveBoardReply {
  /** False when the board already said exactly this. */
  changed: boolean;
}
