import type { CellView } from './careers-client.ts';
import { getJson } from './http.ts';

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
