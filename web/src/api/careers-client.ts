import { api, reply, type Reply, type RequestBody, type Schemas } from './http.ts';

/** A published cell: a number, or null with the symbol saying why (c: confidential). */
export type CellView = Schemas['Cell'];
export type CoverageRowView = Schemas['CoverageRow'];
export type SchoolCoverageView = Reply<'/api/careers/schools/{urn}'>;
/** An area's coverage by school, and its authorities' schools with pupils on roll but no district. */
export type AreaCoverageView = Reply<'/api/careers/areas/{id}'>;
/** The parts every coverage view shares. */
export type CoverageView = Omit<SchoolCoverageView, 'school'>;
/** Advisers and employers; `leftOut`: secondary schools and colleges of the area's authorities with no district, which coverage cannot count. */
export type AdviserCoverageView = Reply<'/api/careers/areas/{id}/advisers'>;

const rule = (target: number, eachYear: boolean) => `target=${String(target)}&eachYear=${String(eachYear)}`;

export const careersLinks = {
  school: (urn: string, target: number, eachYear: boolean) => `/api/careers/schools/${encodeURIComponent(urn)}?${rule(target, eachYear)}&format=csv`,
  area: (id: string, target: number, eachYear: boolean) => `/api/careers/areas/${encodeURIComponent(id)}?${rule(target, eachYear)}&format=csv`,
  advisers: (id: string) => `/api/careers/areas/${encodeURIComponent(id)}/advisers?format=csv`,
  employers: (id: string) => `/api/careers/areas/${encodeURIComponent(id)}/advisers?table=employers&format=csv`,
} as const;

export async function getSchoolCoverage(urn: string, target: number, eachYear: boolean, signal: AbortSignal): Promise<SchoolCoverageView> {
  return reply(api.GET('/api/careers/schools/{urn}', { params: { path: { urn: Number(urn) }, query: { target, eachYear: eachYear ? 'true' : 'false' } }, signal }));
}

export async function getAreaCoverage(id: string, target: number, eachYear: boolean, signal: AbortSignal): Promise<AreaCoverageView> {
  return reply(api.GET('/api/careers/areas/{id}', { params: { path: { id }, query: { target, eachYear: eachYear ? 'true' : 'false' } }, signal }));
}

export async function getAdviserCoverage(id: string, signal: AbortSignal): Promise<AdviserCoverageView> {
  return reply(api.GET('/api/careers/areas/{id}/advisers', { params: { path: { id } }, signal }));
}

export type EncounterEntry = RequestBody<'/api/careers/schools/{urn}/encounters', 'post'>;

/** Records one encounter; the server pseudonymises the UPN before saving anything. */
export async function recordEncounter(urn: string, entry: EncounterEntry): Promise<{ recorded: boolean }> {
  return reply(api.POST('/api/careers/schools/{urn}/encounters', { params: { path: { urn: Number(urn) } }, body: entry }));
}
