import { api, reply, type Reply } from './http.ts';
import { csvLink } from './public-data-client.ts';

export type GuidanceReport = Reply<'/api/guidance-reports'>['items'][number];
export type StrandInvestment = Reply<'/api/opportunity-areas/{id}/strand-investment'>['items'][number];
/** An area's funnel, its districts' and authorities'; `leftOut`: open schools of its authorities with no district, which no funnel here counts. */
export type AreaEngagement = Reply<'/api/opportunity-areas/{id}/engagement'>;

export async function getGuidanceReports(signal: AbortSignal): Promise<readonly GuidanceReport[]> {
  return (await reply(api.GET('/api/guidance-reports', { signal }))).items;
}

export async function getAreaEngagement(areaId: string, signal: AbortSignal): Promise<AreaEngagement> {
  return reply(api.GET('/api/opportunity-areas/{id}/engagement', { params: { path: { id: areaId } }, signal }));
}

export async function getStrandInvestment(areaId: string, signal: AbortSignal): Promise<readonly StrandInvestment[]> {
  return (await reply(api.GET('/api/opportunity-areas/{id}/strand-investment', { params: { path: { id: areaId } }, signal }))).items;
}

export const evidenceLinks = {
  guidanceReports: () => csvLink('/api/guidance-reports'),
  areaEngagement: (areaId: string) => csvLink(`/api/opportunity-areas/${encodeURIComponent(areaId)}/engagement`),
  strandInvestment: (areaId: string) => csvLink(`/api/opportunity-areas/${encodeURIComponent(areaId)}/strand-investment`),
} as const;
