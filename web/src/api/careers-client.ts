import { getJson, sendJson } from './http.ts';
import type { LeftOut } from './public-data-types.ts';

/** A published cell: a number, or null with the symbol saying why (c: confidential). */
export interface CellView {
  readonly value: number | null;
  readonly symbol?: 'c' | 'x' | 'z' | 'low';
}

export interface CoverageRowView {
  readonly key: string;
  readonly label: string;
  readonly pupils: CellView;
  readonly reached: CellView;
  readonly share: CellView;
  readonly fsmPupils: CellView;
  readonly fsmShare: CellView;
  readonly notFsmPupils: CellView;
  readonly notFsmShare: CellView;
  readonly gap: CellView;
}

export interface CoverageView {
  readonly rule: { readonly target: number; readonly eachYear: boolean };
  readonly disclosureControlled: boolean;
  readonly rows: readonly CoverageRowView[];
  readonly total: CoverageRowView;
  readonly gaps: readonly string[];
}

/** An area's coverage by school, and its authorities' schools with pupils on roll but no district. */
export interface AreaCoverageView extends CoverageView {
  readonly leftOut: LeftOut & { readonly unplaced: readonly { urn: number; name: string }[] };
}

export interface SchoolCoverageView extends CoverageView {
  readonly school: { readonly urn: number; readonly name: string };
}

export interface AdviserCoverageView {
  readonly area: { readonly id: string };
  readonly schools: readonly { urn: number; name: string; phase: string; districtCode: string | null; advisers: readonly string[] }[];
  readonly covered: number;
  readonly gaps: readonly { urn: number; name: string }[];
  /** Secondary schools and colleges of the area's authorities with no district, which coverage cannot count. */
  readonly leftOut: LeftOut & { readonly unplaced: readonly { urn: number; name: string; phase: string; reason: string | null }[] };
  readonly employers: readonly { employerId: number; name: string; cornerstone: boolean; sector: string | null; schools: number; encounters: number }[];
}

const rule = (target: number, eachYear: boolean) => `target=${String(target)}&eachYear=${String(eachYear)}`;

export const careersLinks = {
  school: (urn: string, target: number, eachYear: boolean) => `/api/careers/schools/${encodeURIComponent(urn)}?${rule(target, eachYear)}&format=csv`,
  area: (id: string, target: number, eachYear: boolean) => `/api/careers/areas/${encodeURIComponent(id)}?${rule(target, eachYear)}&format=csv`,
  advisers: (id: string) => `/api/careers/areas/${encodeURIComponent(id)}/advisers?format=csv`,
  employers: (id: string) => `/api/careers/areas/${encodeURIComponent(id)}/advisers?table=employers&format=csv`,
} as const;

export async function getSchoolCoverage(urn: string, target: number, eachYear: boolean, signal: AbortSignal): Promise<SchoolCoverageView> {
  return (await getJson(`/api/careers/schools/${encodeURIComponent(urn)}?${rule(target, eachYear)}`, signal)) as SchoolCoverageView;
}

export async function getAreaCoverage(id: string, target: number, eachYear: boolean, signal: AbortSignal): Promise<AreaCoverageView> {
  return (await getJson(`/api/careers/areas/${encodeURIComponent(id)}?${rule(target, eachYear)}`, signal)) as AreaCoverageView;
}

export async function getAdviserCoverage(id: string, signal: AbortSignal): Promise<AdviserCoverageView> {
  return (await getJson(`/api/careers/areas/${encodeURIComponent(id)}/advisers`, signal)) as AdviserCoverageView;
}

export interface EncounterEntry {
  readonly upn: string;
  readonly yearGroup: string;
  readonly fsm: boolean;
  readonly encounterDate: string;
  readonly encounterType: string;
  readonly employerName: string;
}

/** Records one encounter; the server pseudonymises the UPN before saving anything. */
export async function recordEncounter(urn: string, entry: EncounterEntry): Promise<{ recorded: boolean }> {
  return (await sendJson('POST', `/api/careers/schools/${encodeURIComponent(urn)}/encounters`, entry)) as { recorded: boolean };
}
