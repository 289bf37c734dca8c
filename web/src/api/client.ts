import type { paths } from './generated/openapi.d.ts';
import { api, reply } from './http.ts';
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
  return reply(api.GET('/api/opportunity-areas', { signal }));
}

export async function getOpportunityArea(id: string, signal: AbortSignal): Promise<OpportunityAreaDetail> {
  return reply(api.GET('/api/opportunity-areas/{id}', { params: { path: { id } }, signal }));
}

/** How many funds (each with its pots) the funding page shows at a time. */
export const FUNDS_PAGE_SIZE = 100;

/** One page of funds, each followed by its pots. */
export async function getFunds(page: number, signal: AbortSignal): Promise<FundList> {
  return reply(api.GET('/api/funds', { params: { query: { page, pageSize: FUNDS_PAGE_SIZE } }, signal }));
}

/** One fund with its pots (an empty list when there is no such fund). */
export async function getFund(id: string, signal: AbortSignal): Promise<FundList> {
  return reply(api.GET('/api/funds', { params: { query: { id } }, signal }));
}

/** The funding page's address for page `page` of the funds. */
export function fundingPagePath(page: number): string {
  return page > 1 ? `/funding?page=${String(page)}` : '/funding';
}

/** The audit log's filters, page and page size (empty filters are left out). */
export type AuditQuery = Omit<NonNullable<paths['/api/audit']['get']['parameters']['query']>, 'format'>;

/** One page of the audit log. */
export async function getAudit(query: AuditQuery, signal: AbortSignal): Promise<AuditList> {
  return reply(api.GET('/api/audit', { params: { query }, signal }));
}

/** How many users the users page shows at a time. */
export const USERS_PAGE_SIZE = 500;

export async function getUsers(page: number, signal: AbortSignal): Promise<UserList> {
  return reply(api.GET('/api/users', { params: { query: { page, pageSize: USERS_PAGE_SIZE } }, signal }));
}

/** The users page's address for page `page`. */
export function usersPagePath(page: number): string {
  return page > 1 ? `/users?page=${String(page)}` : '/users';
}

/** Records an area's partnership board chair (admin, or an area lead for their own area). */
export async function saveBoard(areaId: string, change: BoardChange): Promise<SaveBoardReply> {
  return reply(api.PUT('/api/opportunity-areas/{id}/board', { params: { path: { id: areaId } }, body: change }));
}
