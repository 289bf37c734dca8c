import { getJson } from './http.ts';
import { csvLink } from './public-data-client.ts';

/** One school as GET /api/schools/:urn/similar gives it. */
export interface ComparedSchool {
  readonly urn: number;
  readonly name: string;
  readonly phase: string;
  readonly pupils: number | null;
  readonly pct_fsm: number | null;
  readonly pct_sen: number | null;
  readonly ks2_pct_rwm_expected: number | null;
  readonly ks4_attainment8: number | null;
  readonly ks4_progress8: number | null;
}

export type OutcomePosition = { readonly rank: number; readonly of: number; readonly quartile: number } | null;

export interface SimilarSchools {
  readonly school: ComparedSchool;
  readonly censusPeriod: string;
  readonly weights: Readonly<Record<string, number>>;
  readonly similar: readonly (ComparedSchool & { readonly rank: number; readonly distance: number; readonly same_region: boolean })[];
  readonly position: { readonly ks2_pct_rwm_expected: OutcomePosition; readonly ks4_attainment8: OutcomePosition; readonly ks4_progress8: OutcomePosition };
}

export async function getSimilarSchools(urn: number, signal: AbortSignal): Promise<SimilarSchools> {
  return (await getJson(`/api/schools/${String(urn)}/similar`, signal)) as SimilarSchools;
}

export function similarSchoolsCsvLink(urn: number): string {
  return csvLink(`/api/schools/${String(urn)}/similar`);
}
