import type { CellView } from './careers-client.ts';
import { ApiError } from './api-error.ts';
import { getJson, sendJson } from './http.ts';

export interface TutoringRowView {
  readonly key: string;
  readonly name: string;
  readonly pupils: CellView;
  readonly pupilsTutored: CellView;
  readonly hours: CellView;
  readonly courses: CellView;
  /** A fraction 0–1. */
  readonly tuteesDisadvantagedShare: CellView;
  readonly hoursPerTutee: CellView;
  readonly tutoredShare: CellView;
  readonly tutoredShareGap: CellView;
}

export interface TutoringView {
  readonly academicYear: number | null;
  readonly years: readonly number[];
  readonly by: string;
  readonly disclosureControlled: boolean;
  readonly rows: readonly TutoringRowView[];
  readonly total: TutoringRowView;
  readonly hoursByRoute: readonly { readonly academicYear: number; readonly route: string; readonly hours: CellView }[];
  readonly targets: readonly { readonly measure: 'disadvantaged-tutees-pct' | 'hours-per-course'; readonly target: number; readonly actual: CellView; readonly status: 'met' | 'not met' | 'no data' }[];
}

export interface AreaTutoringView extends TutoringView {
  readonly area: { readonly id: string; readonly name: string };
}

export interface SchoolTutoringView extends TutoringView {
  readonly school: { readonly urn: number; readonly name: string };
}

const yearQuery = (year: number | null) => (year === null ? '' : `&academicYear=${String(year)}`);

export const tutoringLinks = {
  area: (id: string, by: string, year: number | null) => `/api/catch-up/areas/${encodeURIComponent(id)}?by=${by}${yearQuery(year)}&format=csv`,
  school: (urn: string, by: string, year: number | null) => `/api/catch-up/schools/${encodeURIComponent(urn)}?by=${by}${yearQuery(year)}&format=csv`,
} as const;

export async function getAreaTutoring(id: string, by: string, year: number | null, signal: AbortSignal): Promise<AreaTutoringView> {
  return (await getJson(`/api/catch-up/areas/${encodeURIComponent(id)}?by=${by}${yearQuery(year)}`, signal)) as AreaTutoringView;
}

export async function getSchoolTutoring(urn: string, by: string, year: number | null, signal: AbortSignal): Promise<SchoolTutoringView> {
  return (await getJson(`/api/catch-up/schools/${encodeURIComponent(urn)}?by=${by}${yearQuery(year)}`, signal)) as SchoolTutoringView;
}

/** One thing wrong with an uploaded file; the cell itself is never sent back. */
export interface FileProblem {
  readonly row: number | null;
  readonly column: string | null;
  readonly reason: string;
}

export type TutoringImportResult =
  | { readonly imported: true; readonly file: string; readonly counts: { readonly rows: number; readonly inserted: number; readonly updated: number; readonly unchanged: number; readonly deleted: number; readonly pupilsAdded: number }; readonly pastRetention: number }
  | { readonly imported: false; readonly file: string; readonly message: string; readonly problems: readonly FileProblem[]; readonly more: number };

interface RefusedBody {
  readonly error: { readonly message: string };
  readonly file: string;
  readonly problems: readonly FileProblem[];
  readonly more: number;
}

export const isRefusal = (body: unknown): body is RefusedBody => typeof body === 'object' && body !== null && 'problems' in body && Array.isArray(body.problems) && 'more' in body;

/**
 * Uploads a school's tutoring file (POST /api/catch-up/schools/:urn/import): the counts imported, or the
 * problems that refused it whole. Any other failure (403, 503, …) is thrown as an ApiError.
 */
export async function importTutoringFile(urn: string, upload: { fileName: string; text: string; census: boolean }): Promise<TutoringImportResult> {
  try {
    return (await sendJson('POST', `/api/catch-up/schools/${encodeURIComponent(urn)}/import`, upload)) as TutoringImportResult;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'file_refused' && isRefusal(error.body)) {
      return { imported: false, file: error.body.file, message: error.body.error.message, problems: error.body.problems, more: error.body.more };
    }
    throw error;
  }
}
