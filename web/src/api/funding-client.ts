import type { AllocationRequestBody, AllocationRunView, CurrentAllocationsView, SpendEntry, SpendLineView, VarianceView } from './funding-types.ts';
import { getJson, sendJson } from './http.ts';

const fundPath = (fundId: string) => `/api/funds/${encodeURIComponent(fundId)}`;
const areaQuery = (areaId: string | null) => (areaId === null ? '' : `opportunityArea=${encodeURIComponent(areaId)}&`);

export const fundingLinks = {
  variance: (fundId: string, areaId: string | null) => `${fundPath(fundId)}/variance?${areaQuery(areaId)}format=csv`,
  spend: (fundId: string, areaId: string | null) => `${fundPath(fundId)}/spend?${areaQuery(areaId)}format=csv`,
  giving360: (fundId: string) => `${fundPath(fundId)}/360giving?format=csv`,
  allocations: (fundId: string) => `${fundPath(fundId)}/allocations?format=csv`,
} as const;

export async function getCurrentAllocations(fundId: string, signal: AbortSignal): Promise<CurrentAllocationsView> {
  return (await getJson(`${fundPath(fundId)}/allocations`, signal)) as CurrentAllocationsView;
}

/** Allocation against spend by recipient; `areaId` narrows it to one area (area leads must give their own). */
export async function getVariance(fundId: string, areaId: string | null, signal: AbortSignal): Promise<VarianceView> {
  const query = areaId === null ? '' : `?opportunityArea=${encodeURIComponent(areaId)}`;
  return (await getJson(`${fundPath(fundId)}/variance${query}`, signal)) as VarianceView;
}

export async function previewAllocation(fundId: string, body: AllocationRequestBody): Promise<AllocationRunView> {
  return (await sendJson('POST', `${fundPath(fundId)}/allocations/preview`, body)) as AllocationRunView;
}

export async function confirmAllocation(fundId: string, body: AllocationRequestBody): Promise<AllocationRunView> {
  return (await sendJson('POST', `${fundPath(fundId)}/allocations`, body)) as AllocationRunView;
}

export async function recordSpend(fundId: string, entry: SpendEntry): Promise<SpendLineView> {
  return (await sendJson('POST', `${fundPath(fundId)}/spend`, entry)) as SpendLineView;
}

/** The fund's spend lines; `areaId` narrows them to one area (area leads must give their own). */
export async function getSpend(fundId: string, areaId: string | null, signal: AbortSignal): Promise<{ items: SpendLineView[] }> {
  const query = areaId === null ? '' : `?opportunityArea=${encodeURIComponent(areaId)}`;
  return (await getJson(`${fundPath(fundId)}/spend${query}`, signal)) as { items: SpendLineView[] };
}

/** Approves a line waiting for a second person (never the person who recorded it). */
export async function approveSpend(fundId: string, lineId: number): Promise<SpendLineView> {
  return (await sendJson('POST', `${fundPath(fundId)}/spend/${String(lineId)}/approve`)) as SpendLineView;
}
