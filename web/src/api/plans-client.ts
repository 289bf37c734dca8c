import { api, reply, type RequestBody } from './http.ts';
import type { ActualEntry, AreaPlan, AreaPlanStatus, CrossAreaMeasures, PlanMeasure, WhatWorkedEntry } from './plans-types.ts';

const areaPath = (id: string) => `/api/opportunity-areas/${encodeURIComponent(id)}`;

/** The board report is fetched by the browser itself: a printable page, a PDF or a workbook. */
export const boardReportLinks = (areaId: string) => ({
  html: `${areaPath(areaId)}/board-report`,
  pdf: `${areaPath(areaId)}/board-report?format=pdf`,
  xlsx: `${areaPath(areaId)}/board-report?format=xlsx`,
});

export const crossAreaDownloads = { csv: '/api/plans/measures?format=csv', xlsx: '/api/plans/measures?format=xlsx' } as const;

export async function getAreaPlan(areaId: string, signal: AbortSignal): Promise<AreaPlan> {
  return reply(api.GET('/api/opportunity-areas/{id}/plan', { params: { path: { id: areaId } }, signal }));
}

/** Records a measure's actual (area leads for their own areas, and the national team). */
export async function recordActual(areaId: string, code: string, entry: ActualEntry): Promise<{ changed: boolean; measure: PlanMeasure }> {
  return reply(api.POST('/api/opportunity-areas/{id}/plan/measures/{code}/actuals', { params: { path: { id: areaId, code } }, body: entry }));
}

export const planStatusDownloads = { csv: '/api/plans/status?format=csv', xlsx: '/api/plans/status?format=xlsx' } as const;

/** Every area's plan at a glance (all twelve areas: never long enough to page). */
export async function getPlanStatus(signal: AbortSignal): Promise<{ items: AreaPlanStatus[] }> {
  return reply(api.GET('/api/plans/status', { signal }));
}

/** How many measures the cross-area page shows at a time. */
export const CROSS_AREA_PAGE_SIZE = 200;

export async function getCrossAreaMeasures(page: number, signal: AbortSignal): Promise<CrossAreaMeasures> {
  return reply(api.GET('/api/plans/measures', { params: { query: { page, pageSize: CROSS_AREA_PAGE_SIZE } }, signal }));
}

/** The cross-area page's address for page `page` of the measures. */
export function crossAreaPagePath(page: number): string {
  return page > 1 ? `/plans?page=${String(page)}` : '/plans';
}

/** The newest entries matching `q` (at most 200); `more` says whether others match too. */
export async function searchWhatWorked(q: string, signal: AbortSignal): Promise<{ items: WhatWorkedEntry[]; more: boolean }> {
  return reply(api.GET('/api/what-worked', { params: { query: q.trim() === '' ? {} : { q: q.trim() } }, signal }));
}

export type NewWhatWorked = RequestBody<'/api/opportunity-areas/{id}/what-worked', 'post'>;

/** Adds an entry to the what-worked library for an area (its area leads, and the national team). */
export async function addWhatWorked(areaId: string, entry: NewWhatWorked): Promise<{ id: number }> {
  return reply(api.POST('/api/opportunity-areas/{id}/what-worked', { params: { path: { id: areaId } }, body: entry }));
}

/** Sets a measure's status by hand with a reason, or (status null) returns it to the rule. */
export async function setMeasureStatus(areaId: string, code: string, change: { status: string | null; reason: string }): Promise<{ changed: boolean; measure: PlanMeasure }> {
  return reply(api.PUT('/api/opportunity-areas/{id}/plan/measures/{code}/override', { params: { path: { id: areaId, code } }, body: change }));
}

export async function addBoardMember(areaId: string, member: { name: string; organisation: string; sector: string }): Promise<void> {
  await reply(api.POST('/api/opportunity-areas/{id}/board/members', { params: { path: { id: areaId } }, body: member }));
}

export type NewBoardMeeting = RequestBody<'/api/opportunity-areas/{id}/board/meetings', 'post'>;

export async function addBoardMeeting(areaId: string, meeting: NewBoardMeeting): Promise<void> {
  await reply(api.POST('/api/opportunity-areas/{id}/board/meetings', { params: { path: { id: areaId } }, body: meeting }));
}
