import { ApiError } from './api-error.ts';
import { isRefusal, type FileProblem } from './catch-up-client.ts';
import { api, reply, type Reply, type RequestBody, type Schemas } from './http.ts';

export type HolidayClubRowView = Schemas['HolidayClubRow'];
export type AreaHolidayView = Reply<'/api/holiday/areas/{id}'>;
export type SchoolHolidayView = Reply<'/api/holiday/schools/{urn}'>;
export type HolidayFiguresView = SchoolHolidayView['total'];

export const holidayLinks = {
  area: (id: string) => `/api/holiday/areas/${encodeURIComponent(id)}?format=csv`,
  school: (urn: string) => `/api/holiday/schools/${encodeURIComponent(urn)}?format=csv`,
} as const;

export async function getSchoolHoliday(urn: string, signal: AbortSignal): Promise<SchoolHolidayView> {
  return reply(api.GET('/api/holiday/schools/{urn}', { params: { path: { urn: Number(urn) } }, signal }));
}

export async function getAreaHoliday(id: string, signal: AbortSignal): Promise<AreaHolidayView> {
  return reply(api.GET('/api/holiday/areas/{id}', { params: { path: { id } }, signal }));
}

type HolidayUpload = RequestBody<'/api/holiday/areas/{id}/import', 'post'>;
export type HolidayFileKind = HolidayUpload['kind'];

export type HolidayImportResult =
  | Reply<'/api/holiday/areas/{id}/import', 'post'>
  | { readonly imported: false; readonly file: string; readonly message: string; readonly problems: readonly FileProblem[]; readonly more: number };

/**
 * Uploads an area's clubs or attendance file (POST /api/holiday/areas/:id/import): the counts imported, or
 * the problems that refused it whole. Any other failure (403, 503, …) is thrown as an ApiError.
 */
export async function importHolidayFile(areaId: string, upload: HolidayUpload): Promise<HolidayImportResult> {
  try {
    return await reply(api.POST('/api/holiday/areas/{id}/import', { params: { path: { id: areaId } }, body: upload }));
  } catch (error) {
    if (error instanceof ApiError && error.code === 'file_refused' && isRefusal(error.body)) {
      return { imported: false, file: error.body.file, message: error.body.error.message, problems: error.body.problems, more: error.body.more };
    }
    throw error;
  }
}
