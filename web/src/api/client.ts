import { getJson, sendJson } from './http.ts';
import type {
  AuditList, BoardChange, FundList, OpportunityAreaDetail, OpportunityAreaList, SaveBoardReply, UserList,
} from './types.ts';

/** CSV downloads are plain links: the browser fetches them (with the session cookie), not this client. */
export const csvLinks = {
  opportunityAreas: '/api/opportunity-areas?format=csv',
  funds: '/api/funds?format=csv',
  fundsFor: (areaId: string) => `/api/funds?opportunityArea=${encodeURIComponent(areaId)}&format=csv`,
  audit: '/api/audit?format=csv',
  users: '/api/users?format=csv',
} as const;

/** How many audit entries the audit page shows at a time; the download has the same page. */
export const AUDIT_PAGE_SIZE = 100;

export async function getOpportunityAreas(signal: AbortSignal): Promise<OpportunityAreaList> {
  return (await getJson('/api/opportunity-areas', signal)) as OpportunityAreaList;
}

export async function getOpportunityArea(id: string, signal: AbortSignal): Promise<OpportunityAreaDetail> {
  return (await getJson(areaPath(id), signal)) as OpportunityAreaDetail;
}

/** How many funds (each with its pots) the funding page shows at a time. */
export const FUNDS_PAGE_SIZE = 100;

/** One page of funds, each followed by its pots. */
export async function getFunds(page: number, signal: AbortSignal): Promise<FundList> {
  return (await getJson(`/api/funds?page=${String(page)}&pageSize=${String(FUNDS_PAGE_SIZE)}`, signal)) as FundList;
}

/** One fund with its pots (an empty list when there is no such fund). */
export async function getFund(id: string, signal: AbortSignal): Promise<FundList> {
  return (await getJson(`/api/funds?id=${encodeURIComponent(id)}`, signal)) as FundList;
}

/** The funding page's address for page `page` of the funds. */
export function fundingPagePath(page: number): string {
  return page > 1 ? `/funding?page=${String(page)}` : '/funding';
}

/** One page of the audit log; `path` is made by auditApiPath (pages/audit/audit-filters.ts). */
export async function getAudit(path: string, signal: AbortSignal): Promise<AuditList> {
  return (await getJson(path, signal)) as AuditList;
}

/** How many users the users page shows at a time. */
export const USERS_PAGE_SIZE = 500;

export async function getUsers(page: number, signal: AbortSignal): Promise<UserList> {
  return (await getJson(`/api/users?page=${String(page)}&pageSize=${String(USERS_PAGE_SIZE)}`, signal)) as UserList;
}

/** The users page's address for page `page`. */
export function usersPagePath(page: number): string {
  return page > 1 ? `/users?page=${String(page)}` : '/users';
}

/** Records an area's partnership board chair (admin, or an area lead for their own area). */
export async function saveBoard(areaId: string, change: BoardChange): Promise<SaveBoardReply> {
  return (await sendJson('PUT', `${areaPath(areaId)}/board`, change)) as SaveBoardReply;
}

function areaPath(id: string): string {
  return `/api/opportunity-areas/${encodeURIComponent(id)}`;
}
