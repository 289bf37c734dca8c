import { api, reply, type Reply } from './http.ts';
import { csvLink } from './public-data-client.ts';

export type SimilarSchools = Reply<'/api/schools/{urn}/similar'>;
/** One school as GET /api/schools/:urn/similar gives it. */
export type ComparedSchool = SimilarSchools['school'];
export type OutcomePosition = SimilarSchools['position']['ks4_attainment8'];

export async function getSimilarSchools(urn: number, signal: AbortSignal): Promise<SimilarSchools> {
  return reply(api.GET('/api/schools/{urn}/similar', { params: { path: { urn: String(urn) } }, signal }));
}

export function similarSchoolsCsvLink(urn: number): string {
  return csvLink(`/api/schools/${String(urn)}/similar`);
}
