import type { CsvColumn } from '../../../domain/shared/csv.ts';

interface HubSchoolRow {
  readonly urn: number;
  readonly name: string;
  readonly phase: string;
  readonly districtCode: string | null;
  readonly distanceKm: number | null;
  readonly needScore: number | null;
  readonly needParts: readonly { readonly component: string; readonly percentile: number | null }[];
  readonly highNeed: boolean;
  readonly level: string;
  readonly levelSince: string | null;
  readonly address: { readonly street: string | null; readonly town: string | null; readonly postcode: string | null };
}

/** A hub's schools, or those not yet reached: the same columns, contact details included. */
export const HUB_SCHOOL_CSV: readonly CsvColumn<HubSchoolRow>[] = [
  { header: 'urn', value: (r) => r.urn },
  { header: 'name', value: (r) => r.name },
  { header: 'phase', value: (r) => r.phase },
  { header: 'district_code', value: (r) => r.districtCode },
  { header: 'distance_km', value: (r) => r.distanceKm },
  { header: 'need_score', value: (r) => (r.needScore === null ? null : Math.round(r.needScore * 10) / 10) },
  ...(['fsm', 'fsmEver6', 'attainment', 'deprivation'] as const).map((component) => ({
    header: `${{ fsm: 'fsm', fsmEver6: 'fsm_ever6', attainment: 'attainment', deprivation: 'area_deprivation' }[component]}_percentile`,
    value: (r: HubSchoolRow) => {
      const p = r.needParts.find((x) => x.component === component)?.percentile ?? null;
      return p === null ? null : Math.round(p * 10) / 10;
    },
  })),
  { header: 'high_need', value: (r) => (r.highNeed ? 'yes' : 'no') },
  { header: 'engagement', value: (r) => r.level },
  { header: 'engagement_since', value: (r) => r.levelSince },
  { header: 'street', value: (r) => r.address.street },
  { header: 'town', value: (r) => r.address.town },
  { header: 'postcode', value: (r) => r.address.postcode },
];

export const EVENTS_CSV: readonly CsvColumn<{ id: string; kind: string; title: string; heldOn: string; programmeId: string | null; schools: number; people: number }>[] = [
  { header: 'event_id', value: (r) => r.id },
  { header: 'kind', value: (r) => r.kind },
  { header: 'title', value: (r) => r.title },
  { header: 'held_on', value: (r) => r.heldOn },
  { header: 'programme_id', value: (r) => r.programmeId },
  { header: 'schools', value: (r) => r.schools },
  { header: 'people', value: (r) => r.people },
];

export const ATTENDANCE_CSV: readonly CsvColumn<{ urn: number; schoolName: string | null; role: string; people: number; level: string }>[] = [
  { header: 'urn', value: (r) => r.urn },
  { header: 'school', value: (r) => r.schoolName },
  { header: 'role', value: (r) => r.role },
  { header: 'people', value: (r) => r.people },
  { header: 'engagement', value: (r) => r.level },
];

/** Money in pounds only here, computed from pence (docs/architecture.md, conventions). */
export const STRAND_INVESTMENT_CSV: readonly CsvColumn<{ strand: string; schools: number; plans: number; targetPupils: number; costPence: number }>[] = [
  { header: 'strand', value: (r) => r.strand },
  { header: 'schools', value: (r) => r.schools },
  { header: 'plans', value: (r) => r.plans },
  { header: 'target_pupils', value: (r) => r.targetPupils },
  { header: 'cost_gbp', value: (r) => (r.costPence / 100).toFixed(2) },
];

export const GUIDANCE_REPORTS_CSV: readonly CsvColumn<{ id: string; title: string; year: number; strands: readonly string[] }>[] = [
  { header: 'report_id', value: (r) => r.id },
  { header: 'title', value: (r) => r.title },
  { header: 'year', value: (r) => r.year },
  { header: 'strands', value: (r) => r.strands.join('; ') },
];

/** A funnel as rows: the area (Opportunity Area id, district or local authority code), level, schools. */
export const FUNNEL_CSV: readonly CsvColumn<{ key: string; level: string; at: number; atLeast: number }>[] = [
  { header: 'area', value: (r) => r.key },
  { header: 'level', value: (r) => r.level },
  { header: 'schools_at_level', value: (r) => r.at },
  { header: 'schools_at_or_beyond', value: (r) => r.atLeast },
];
