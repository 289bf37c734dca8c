/*
 * Names the web app uses for the JSON API's replies, as aliases of the types generated from openapi.json
 * (generated/openapi.d.ts; see /api/docs). Money is in integer pence; dates are ISO strings.
 */
import type { Reply, RequestBody, Schemas } from './http.ts';

export type { ApiErrorBody } from './http.ts';

/** A place by its GSS code, e.g. `{ code: 'E06000009', name: 'Blackpool' }`. */
export type AreaRef = Schemas['AreaRef'];
export type ResearchSchoolView = Schemas['ResearchSchool'];
export type OpportunityAreaSummary = Schemas['OpportunityAreaSummary'];
export type Wave = OpportunityAreaSummary['wave'];
export type OpportunityAreaList = Reply<'/api/opportunity-areas'>;
export type OpportunityAreaDetail = Schemas['OpportunityAreaDetail'];
export type DistrictView = OpportunityAreaDetail['districts'][number];
export type BoardView = NonNullable<OpportunityAreaDetail['board']>;
export type FundView = Schemas['Fund'];
export type FundScope = FundView['scope'];
export type FundKind = FundView['kind'];
export type AllocationCheck = Schemas['AllocationCheck'];
/** A page of GET /api/funds: whole funds, each followed by its pots; `total` counts funds, not pots. */
export type FundList = Reply<'/api/funds'>;
export type SignedInUser = Schemas['SignedInUser'];
export type Role = SignedInUser['role'];
export type Session = Schemas['Session'];
export type AuditEntryView = Schemas['AuditEntry'];
/** One page of GET /api/audit, newest first: `total` entries match the filters, `more` when a later page has some. */
export type AuditList = Reply<'/api/audit'>;
export type UserView = Schemas['User'];
/** A page of GET /api/users, by email; `total` users in all. */
export type UserList = Reply<'/api/users'>;
export type BoardChange = RequestBody<'/api/opportunity-areas/{id}/board', 'put'>;
export type SaveBoardReply = Reply<'/api/opportunity-areas/{id}/board', 'put'>;
