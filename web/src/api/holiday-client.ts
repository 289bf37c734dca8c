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

export const holidayLinks = {
  area: (id: string) => `/api/holiday/areas/${encodeURIComponent(id)}?format=csv`,
} as const;

export async function getAreaHoliday(id: string, signal: AbortSignal): Promise<AreaHolidayView> {
  return (await getJson(`/api/holiday/areas/${encodeURIComponent(id)}`, signal)) as AreaHolidayView;
}
