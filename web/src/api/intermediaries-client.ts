import { api, reply, type Reply } from './http.ts';

/** Types mirroring GET /api/intermediaries and GET /api/intermediaries/:kind/:code in openapi.json. */
/** A page of GET /api/intermediaries: `total` local authorities or trusts in all. */
export type IntermediaryList = Reply<'/api/intermediaries'>;
export type IntermediaryKind = IntermediaryList['kind'];
export type IntermediarySummary = IntermediaryList['items'][number];
export type IntermediaryDetail = Reply<'/api/intermediaries/{kind}/{code}'>;
export type IntermediarySchool = IntermediaryDetail['schools'][number];

const detailPath = (kind: IntermediaryKind, code: string) => `/api/intermediaries/${kind}/${encodeURIComponent(code)}`;

export const intermediaryLinks = {
  list: (kind: IntermediaryKind) => `/api/intermediaries?kind=${kind}&format=csv`,
  schools: (kind: IntermediaryKind, code: string) => `${detailPath(kind, code)}?format=csv`,
} as const;

/** How many local authorities or trusts the page shows at a time. */
export const INTERMEDIARIES_PAGE_SIZE = 100;

export async function getIntermediaries(kind: IntermediaryKind, page: number, signal: AbortSignal): Promise<IntermediaryList> {
  return reply(api.GET('/api/intermediaries', { params: { query: { kind, page, pageSize: INTERMEDIARIES_PAGE_SIZE } }, signal }));
}

export async function getIntermediary(kind: IntermediaryKind, code: string, signal: AbortSignal): Promise<IntermediaryDetail> {
  return reply(api.GET('/api/intermediaries/{kind}/{code}', { params: { path: { kind, code } }, signal }));
}
