import { getJson } from './http.ts';
import type { EngagementLevel, Funnel } from './research-network-client.ts';

/** Types mirroring GET /api/intermediaries and GET /api/intermediaries/:kind/:code in openapi.json. */
export type IntermediaryKind = 'local-authority' | 'trust';

export interface IntermediarySummary {
  readonly code: string;
  readonly name: string | null;
  readonly schools: number;
  readonly highNeed: number;
  readonly highNeedNotReached: number;
  readonly funnel: Funnel;
}

/** A page of GET /api/intermediaries: `total` local authorities or trusts in all. */
export interface IntermediaryList {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly kind: IntermediaryKind;
  readonly highNeedScore: number;
  readonly membershipLoaded: boolean;
  readonly limitedToScope: boolean;
  readonly schoolsWithout: number;
  readonly items: readonly IntermediarySummary[];
}

export interface IntermediarySchool {
  readonly urn: number;
  readonly name: string;
  readonly phase: string;
  readonly districtCode: string | null;
  readonly needScore: number | null;
  readonly highNeed: boolean;
  readonly level: EngagementLevel;
  readonly notReached: boolean;
  readonly address: { readonly street: string | null; readonly town: string | null; readonly postcode: string | null };
}

export interface IntermediaryDetail {
  readonly kind: IntermediaryKind;
  readonly highNeedScore: number;
  readonly intermediary: IntermediarySummary;
  readonly schools: readonly IntermediarySchool[];
}

const detailPath = (kind: IntermediaryKind, code: string) => `/api/intermediaries/${kind}/${encodeURIComponent(code)}`;

export const intermediaryLinks = {
  list: (kind: IntermediaryKind) => `/api/intermediaries?kind=${kind}&format=csv`,
  schools: (kind: IntermediaryKind, code: string) => `${detailPath(kind, code)}?format=csv`,
} as const;

/** How many local authorities or trusts the page shows at a time. */
export const INTERMEDIARIES_PAGE_SIZE = 100;

export async function getIntermediaries(kind: IntermediaryKind, page: number, signal: AbortSignal): Promise<IntermediaryList> {
  return (await getJson(`/api/intermediaries?kind=${kind}&page=${String(page)}&pageSize=${String(INTERMEDIARIES_PAGE_SIZE)}`, signal)) as IntermediaryList;
}

export async function getIntermediary(kind: IntermediaryKind, code: string, signal: AbortSignal): Promise<IntermediaryDetail> {
  return (await getJson(detailPath(kind, code), signal)) as IntermediaryDetail;
}
