import { getJson } from './http.ts';
import { csvLink } from './public-data-client.ts';
import type { LeftOut } from './public-data-types.ts';
import type { Funnel } from './research-network-client.ts';

export interface GuidanceReport {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  readonly strands: readonly string[];
}

export interface StrandInvestment {
  readonly strand: string;
  readonly schools: number;
  readonly plans: number;
  readonly targetPupils: number;
  readonly costPence: number;
}

export interface AreaEngagement {
  readonly funnel: Funnel;
  readonly districts: readonly Funnel[];
  readonly localAuthorities: readonly Funnel[];
  /** Open schools of the area's education authorities with no district, which no funnel here counts. */
  readonly leftOut: LeftOut;
}

export async function getGuidanceReports(signal: AbortSignal): Promise<readonly GuidanceReport[]> {
  return ((await getJson('/api/guidance-reports', signal)) as { items: GuidanceReport[] }).items;
}

export async function getAreaEngagement(areaId: string, signal: AbortSignal): Promise<AreaEngagement> {
  return (await getJson(`/api/opportunity-areas/${encodeURIComponent(areaId)}/engagement`, signal)) as AreaEngagement;
}

export async function getStrandInvestment(areaId: string, signal: AbortSignal): Promise<readonly StrandInvestment[]> {
  return ((await getJson(`/api/opportunity-areas/${encodeURIComponent(areaId)}/strand-investment`, signal)) as { items: StrandInvestment[] }).items;
}

export const evidenceLinks = {
  guidanceReports: () => csvLink('/api/guidance-reports'),
  areaEngagement: (areaId: string) => csvLink(`/api/opportunity-areas/${encodeURIComponent(areaId)}/engagement`),
  strandInvestment: (areaId: string) => csvLink(`/api/opportunity-areas/${encodeURIComponent(areaId)}/strand-investment`),
} as const;
