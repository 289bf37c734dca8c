import type { CsvColumn } from '../shared/csv.ts';
import type { AssessedMeasure } from './assess-plan.ts';
import type { MeasureStatus } from './measure.ts';

/** One area's delivery plan at a glance: how many measures are in each status, and when its board last met. */
export interface AreaPlanStatus {
  readonly areaId: string;
  readonly areaName: string;
  readonly measures: number;
  readonly counts: Readonly<Record<MeasureStatus, number>>;
  /** ISO date of the latest board meeting recorded, or null when none is. */
  readonly lastBoardMeeting: string | null;
}

/**
 * Every area's plan status, in the order the areas are given, an area with no plan loaded included (with no
 * measures). Each measure counts under its status as shown (a status set by hand replaces the rule's,
 * methodology §13). `planStatusByArea([{ id: 'blackpool', name: 'Blackpool' }], measures, new Map())` →
 * `[{ areaId: 'blackpool', measures: 3, counts: { on_track: 1, at_risk: 1, off_track: 0, no_data: 1 }, … }]`.
 */
export function planStatusByArea(
  areas: readonly { readonly id: string; readonly name: string }[],
  measures: readonly AssessedMeasure[],
  lastMeetings: ReadonlyMap<string, string>,
): AreaPlanStatus[] {
  const counts = new Map(areas.map((area) => [area.id, { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 }]));
  for (const { measure, assessment } of measures) {
    const forArea = counts.get(measure.areaId);
    if (forArea !== undefined) forArea[assessment.status] += 1;
  }
  return areas.map((area) => {
    const c = counts.get(area.id) ?? { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
    return { areaId: area.id, areaName: area.name, measures: c.on_track + c.at_risk + c.off_track + c.no_data, counts: c, lastBoardMeeting: lastMeetings.get(area.id) ?? null };
  });
}

/** The columns of the plan-status table, for CSV and XLSX downloads. */
export const PLAN_STATUS_COLUMNS: readonly CsvColumn<AreaPlanStatus>[] = [
  { header: 'area', value: (r) => r.areaId },
  { header: 'area_name', value: (r) => r.areaName },
  { header: 'measures', value: (r) => r.measures },
  { header: 'on_track', value: (r) => r.counts.on_track },
  { header: 'at_risk', value: (r) => r.counts.at_risk },
  { header: 'off_track', value: (r) => r.counts.off_track },
  { header: 'no_data', value: (r) => r.counts.no_data },
  { header: 'last_board_meeting', value: (r) => r.lastBoardMeeting },
];
