import type { CsvColumn } from '../shared/csv.ts';
import type { NetworkSchoolView } from './describe-network.ts';
import { ENGAGEMENT_LEVELS } from './engagement.ts';
import type { IntermediarySchool, IntermediarySummary } from './intermediaries.ts';
import type { NeedComponent, NeedScore } from './need-score.ts';

const round = (x: number | null | undefined, places: number): number | null => (x === null || x === undefined ? null : Number(x.toFixed(places)));
const part = (need: NeedScore, component: NeedComponent) => need.parts.find((p) => p.component === component);
const kilometres = (metres: number | null): number | null => (metres === null ? null : Number((metres / 1000).toFixed(2)));

/** A school named for a table: URN, name, phase, district. */
export interface NamedSchool {
  readonly urn: number;
  readonly name: string;
  readonly phase: string;
  readonly districtCode: string | null;
}

/** The columns of a need-score download: the score and every part's figure and percentile. */
export function needScoreColumns<Row extends { school: NamedSchool; need: NeedScore }>(): CsvColumn<Row>[] {
  const parts = (['fsm', 'fsmEver6', 'attainment', 'deprivation'] as const).flatMap((c): CsvColumn<Row>[] => {
    const name = { fsm: 'fsm', fsmEver6: 'fsm_ever6', attainment: 'attainment', deprivation: 'area_deprivation' }[c];
    return [
      { header: `${name}_value`, value: (r) => round(part(r.need, c)?.value, 2) },
      { header: `${name}_percentile`, value: (r) => round(part(r.need, c)?.percentile, 1) },
      { header: `${name}_contribution`, value: (r) => round(part(r.need, c)?.contribution, 2) },
    ];
  });
  return [
    { header: 'urn', value: (r) => r.school.urn },
    { header: 'name', value: (r) => r.school.name },
    { header: 'phase', value: (r) => r.school.phase },
    { header: 'district_code', value: (r) => r.school.districtCode },
    { header: 'need_score', value: (r) => round(r.need.score, 2) },
    ...parts,
  ];
}

/** The columns of an assignment download: each school's hub, distance and need. */
export function hubAssignmentColumns<Row extends { school: NamedSchool; view: NetworkSchoolView }>(): CsvColumn<Row>[] {
  return [
    { header: 'urn', value: (r) => r.school.urn },
    { header: 'name', value: (r) => r.school.name },
    { header: 'phase', value: (r) => r.school.phase },
    { header: 'district_code', value: (r) => r.school.districtCode },
    { header: 'hub_id', value: (r) => r.view.hubId },
    { header: 'distance_km', value: (r) => kilometres(r.view.metres) },
    { header: 'nearest_hub_id', value: (r) => r.view.nearestHubId },
    { header: 'nearest_hub_km', value: (r) => kilometres(r.view.nearestMetres) },
    { header: 'need_score', value: (r) => round(r.view.need.score, 2) },
    { header: 'high_need', value: (r) => (r.view.highNeed ? 'yes' : 'no') },
  ];
}

/** The columns of an intermediaries download: each local authority or trust with its counts and funnel. */
export function intermediaryColumns<Row extends { summary: IntermediarySummary; name: string | null }>(): CsvColumn<Row>[] {
  return [
    { header: 'kind', value: (r) => r.summary.kind },
    { header: 'code', value: (r) => r.summary.code },
    { header: 'name', value: (r) => r.name },
    { header: 'schools', value: (r) => r.summary.schools },
    { header: 'high_need', value: (r) => r.summary.highNeed },
    { header: 'high_need_not_reached', value: (r) => r.summary.highNeedNotReached },
    ...ENGAGEMENT_LEVELS.map((level): CsvColumn<Row> => ({ header: `at_${level}`, value: (r) => r.summary.funnel.stages.find((s) => s.level === level)?.at ?? 0 })),
  ];
}

/** The columns of one intermediary's schools: need, engagement and how to get in touch. */
export function intermediarySchoolColumns<
  Row extends { school: NamedSchool & { street: string | null; town: string | null; postcode: string | null }; view: IntermediarySchool },
>(): CsvColumn<Row>[] {
  return [
    { header: 'urn', value: (r) => r.school.urn },
    { header: 'name', value: (r) => r.school.name },
    { header: 'phase', value: (r) => r.school.phase },
    { header: 'district_code', value: (r) => r.school.districtCode },
    { header: 'local_authority_code', value: (r) => r.view.localAuthorityCode },
    { header: 'trust_code', value: (r) => r.view.trustCode },
    { header: 'need_score', value: (r) => round(r.view.need.score, 2) },
    { header: 'high_need', value: (r) => (r.view.highNeed ? 'yes' : 'no') },
    { header: 'engagement', value: (r) => r.view.level },
    { header: 'not_yet_reached', value: (r) => (r.view.notReached ? 'yes' : 'no') },
    { header: 'street', value: (r) => r.school.street },
    { header: 'town', value: (r) => r.school.town },
    { header: 'postcode', value: (r) => r.school.postcode },
  ];
}
