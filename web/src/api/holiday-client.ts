import type { CellView } from './careers-client.ts';
import { getJson } from './http.ts';

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
