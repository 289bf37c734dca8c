import type { AllocationRequestBody, AllocationRunView, CurrentAllocationsView, SpendEntry, SpendLineView, VarianceView } from './funding-types.ts';
import { api, reply } from './http.ts';

const fundPath = (fundId: string) => `/api/funds/${encodeURIComponent(fundId)}`;
const areaQuery = (areaId: string | null) => (areaId === null ? '' : `opportunityArea=${encodeURIComponent(areaId)}&`);

export const fundingLinks = {
  variance: (fundId: string, areaId: string | null) => `${fundPath(fundId)}/variance?${areaQuery(areaId)}format=csv`,
  spend: (fundId: string, areaId: string | null) => `${fundPath(fundId)}/spend?${areaQuery(areaId)}format=csv`,
  giving360: (fundId: string) => `${fundPath(fundId)}/360giving?format=csv`,
  allocations: (fundId: string) => `${fundPath(fundId)}/allocations?format=csv`,
} as const;

const areaQueryParams = (areaId: string | null) => (areaId === null ? {} : { opportunityArea: areaId });

export async function getCurrentAllocations(fundId: string, signal: AbortSignal): Promise<CurrentAllocationsView> {
  return reply(api.GET('/api/funds/{id}/allocations', { params: { path: { id: fundId } }, signal }));
}

/** Allocation against spend by recipient; `areaId` narrows it to one area (area leads must give their own). */
export async function getVariance(fundId: string, areaId: string | null, signal: AbortSignal): Promise<VarianceView> {
  return reply(api.GET('/api/funds/{id}/variance', { params: { path: { id: fundId }, query: areaQueryParams(areaId) }, signal }));
}

export async function previewAllocation(fundId: string, body: AllocationRequestBody): Promise<AllocationRunView> {
  return reply(api.POST('/api/funds/{id}/allocations/preview', { params: { path: { id: fundId } }, body }));
}

export async function confirmAllocation(fundId: string, body: AllocationRequestBody): Promise<AllocationRunView> {
  return reply(api.POST('/api/funds/{id}/allocations', { params: { path: { id: fundId } }, body }));
}

export async function recordSpend(fundId: string, entry: SpendEntry): Promise<SpendLineView> {
  return reply(api.POST('/api/funds/{id}/spend', { params: { path: { id: fundId } }, body: entry }));
}

/** The fund's spend lines; `areaId` narrows them to one area (area leads must give their own). */
export async function getSpend(fundId: string, areaId: string | null, signal: AbortSignal): Promise<{ items: SpendLineView[] }> {
  return reply(api.GET('/api/funds/{id}/spend', { params: { path: { id: fundId }, query: areaQueryParams(areaId) }, signal }));
}

/** Approves a line waiting for a second person (never the person who recorded it). */
export async function approveSpend(fundId: string, lineId: number): Promise<SpendLineView> {
  return reply(api.POST('/api/funds/{id}/spend/{lineId}/approve', { params: { path: { id: fundId, lineId } } }));
}
