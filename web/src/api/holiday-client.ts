import { ApiError } from './api-error.ts';
import type { CellView } from './careers-client.ts';
import { isRefusal, type FileProblem } from './catch-up-client.ts';
import { getJson, sendJson } from './http.ts';

export interface HolidayClubRowView {
  readonly clubId: string;
  readonly name: string;
  readonly placesOffered: CellView;
  readonly placesTaken: CellView;
  readonly takeUp: CellView;
  readonly daysAttended: CellView;
  readonly pupils: CellView;
  readonly fsmPupils: CellView;
  readonly fsmShare: CellView;
  readonly daysPerPupil: CellView;
}

export interface AreaHolidayView {
  readonly area: { readonly id: string };
  readonly disclosureControlled: boolean;
  readonly rows: readonly HolidayClubRowView[];
}

export type HolidayFiguresView = Omit<HolidayClubRowView, 'clubId' | 'name'>;

export interface SchoolHolidayView {
  readonly school: { readonly urn: number; readonly name: string; readonly areaId: string | null };
  readonly disclosureControlled: boolean;
  readonly clubsCounted: 'all' | 'opportunity-area' | 'outside-opportunity-areas';
  readonly total: HolidayFiguresView;
  readonly rows: readonly HolidayClubRowView[];
}

export const holidayLinks = {
  area: (id: string) => `/api/holiday/areas/${encodeURIComponent(id)}?format=csv`,
  school: (urn: string) => `/api/holiday/schools/${encodeURIComponent(urn)}?format=csv`,
} as const;

export async function getSchoolHoliday(urn: string, signal: AbortSignal): Promise<SchoolHolidayView> {
  return (await getJson(`/api/holiday/schools/${encodeURIComponent(urn)}`, signal)) as SchoolHolidayView;
}

export async function getAreaHoliday(id: string, signal: AbortSignal): Promise<AreaHolidayView> {
  return (await getJson(`/api/holiday/areas/${encodeURIComponent(id)}`, signal)) as AreaHolidayView;
}

export type HolidayFileKind = 'clubs' | 'attendance';

export type HolidayImportResult =
  | { readonly imported: true; readonly file: string; readonly kind: HolidayFileKind; readonly counts: { readonly rows: number; readonly inserted: number; readonly updated: number; readonly unchanged: number; readonly pupilsAdded: number }; readonly pastRetention: number }
  | { readonly imported: false; readonly file: string; readonly message: string; readonly problems: readonly FileProblem[]; readonly more: number };

/**
 * Uploads an area's clubs or attendance file (POST /api/holiday/areas/:id/import): the counts imported, or
 * the problems that refused it whole. Any other failure (403, 503, …) is thrown as an ApiError.
 */
export async function importHolidayFile(areaId: string, upload: { kind: HolidayFileKind; fileName: string; text: string }): Promise<HolidayImportResult> {
  try {
    return (await sendJson('POST', `/api/holiday/areas/${encodeURIComponent(areaId)}/import`, upload)) as HolidayImportResult;
  } catch (error) {
    if (error instanceof ApiError && error.code === 'file_refused' && isRefusal(error.body)) {
      return { imported: false, file: error.body.file, message: error.body.error.message, problems: error.body.problems, more: error.body.more };
    }
    throw error;
  }
}
