import type { paths } from './generated/openapi.d.ts';
import { ApiError } from './api-error.ts';
import { api, reply, type Reply, type Schemas } from './http.ts';

export type TutoringRowView = Schemas['TutoringRow'];
export type AreaTutoringView = Reply<'/api/catch-up/areas/{id}'>;
export type SchoolTutoringView = Reply<'/api/catch-up/schools/{urn}'>;
/** The parts every tutoring view shares. */
export type TutoringView = Omit<SchoolTutoringView, 'school'>;

const yearQuery = (year: number | null) => (year === null ? '' : `&academicYear=${String(year)}`);

export const tutoringLinks = {
  area: (id: string, by: string, year: number | null) => `/api/catch-up/areas/${encodeURIComponent(id)}?by=${by}${yearQuery(year)}&format=csv`,
  school: (urn: string, by: string, year: number | null) => `/api/catch-up/schools/${encodeURIComponent(urn)}?by=${by}${yearQuery(year)}&format=csv`,
} as const;

/** How an area's tutoring is broken down, and a school's. */
export type AreaTutoringBy = NonNullable<NonNullable<paths['/api/catch-up/areas/{id}']['get']['parameters']['query']>['by']>;
export type SchoolTutoringBy = NonNullable<NonNullable<paths['/api/catch-up/schools/{urn}']['get']['parameters']['query']>['by']>;

export async function getAreaTutoring(id: string, by: AreaTutoringBy, year: number | null, signal: AbortSignal): Promise<AreaTutoringView> {
  return reply(api.GET('/api/catch-up/areas/{id}', { params: { path: { id }, query: { by, academicYear: year ?? undefined } }, signal }));
}

export async function getSchoolTutoring(urn: string, by: SchoolTutoringBy, year: number | null, signal: AbortSignal): Promise<SchoolTutoringView> {
  return reply(api.GET('/api/catch-up/schools/{urn}', { params: { path: { urn: Number(urn) }, query: { by, academicYear: year ?? undefined } }, signal }));
}

/** A refused file's reply (422): its name, the first problems and how many more. */
type RefusedBody = paths['/api/catch-up/schools/{urn}/import']['post']['responses'][422]['content']['application/json'];

/** One thing wrong with an uploaded file; the cell itself is never sent back. */
export type FileProblem = RefusedBody['problems'][number];

export type TutoringImportResult =
  | Reply<'/api/catch-up/schools/{urn}/import', 'post'>
  | { readonly imported: false; readonly file: string; readonly message: string; readonly problems: readonly FileProblem[]; readonly more: number };

export const isRefusal = (body: unknown): body is RefusedBody => typeof body === 'object' && body !== null && 'problems' in body && Array.isArray(body.problems) && 'more' in body;

/**
 * Uploads a school's tutoring file (POST /api/catch-up/schools/:urn/import): the counts imported, or the
 * problems that refused it whole. Any other failure (403, 503, …) is thrown as an ApiError.
 */
export async function importTutoringFile(urn: string, upload: { fileName: string; text: string; census: boolean }): Promise<TutoringImportResult> {
  try {
    return await reply(api.POST('/api/catch-up/schools/{urn}/import', { params: { path: { urn: Number(urn) } }, body: upload }));
  } catch (error) {
    if (error instanceof ApiError && error.code === 'file_refused' && isRefusal(error.body)) {
      return { imported: false, file: error.body.file, message: error.body.error.message, problems: error.body.problems, more: error.body.more };
    }
    throw error;
  }
}
