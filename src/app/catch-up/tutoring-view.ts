import {
  assessTutoringTarget,
  publishTutoring,
  summariseTutoring,
  type CourseRule,
  type PublishedTutoringRow,
  type TargetStatus,
  type TutoringGroup,
  type TutoringGrouping,
  type TutoringTargetMeasure,
} from '../../domain/catch-up/index.ts';
import { calculateRate, NOT_APPLICABLE, NOT_AVAILABLE, valueCell, type Cell } from '../../domain/disclosure/index.ts';
import type { Services } from '../../storage/services/create-services.ts';
import { nameOf } from './tutoring-report.ts';

/** A row of a tutoring table, every figure a cell: as it is for pupil-level readers, else as disclosure control left it. */
export interface TutoringCellRow {
  readonly key: string;
  readonly name: string;
  readonly pupils: Cell;
  readonly pupilsTutored: Cell;
  readonly hours: Cell;
  readonly courses: Cell;
  readonly tuteesDisadvantagedShare: Cell;
  readonly hoursPerTutee: Cell;
  readonly tutoredShare: Cell;
  readonly tutoredShareGap: Cell;
}

export interface TargetBesideFigure {
  readonly measure: TutoringTargetMeasure;
  readonly target: number;
  readonly actual: Cell;
  readonly status: TargetStatus;
}

export interface TutoringView {
  readonly academicYear: number | null;
  readonly years: readonly number[];
  readonly disclosureControlled: boolean;
  readonly rows: readonly TutoringCellRow[];
  readonly total: TutoringCellRow;
  /** Hours by route in every academic year held, for the chart: cut from each year's table by route. */
  readonly hoursByRoute: readonly { readonly academicYear: number; readonly route: string; readonly hours: Cell }[];
  readonly targets: readonly TargetBesideFigure[];
}

export interface TutoringViewQuery {
  readonly by: TutoringGrouping;
  readonly academicYear: number | null;
  /** null: every school (the national view). */
  readonly urns: readonly number[] | null;
  readonly rule: CourseRule;
  /** Whose targets to show beside the total. */
  readonly targetsOf: { readonly kind: 'area' | 'school'; readonly key: string } | null;
}

const num = (v: number | null, missing: Cell = NOT_APPLICABLE): Cell => (v === null ? missing : valueCell(v));

function plainRow(g: TutoringGroup, name: string): TutoringCellRow {
  return {
    key: g.key, name, pupils: num(g.pupils, NOT_AVAILABLE), pupilsTutored: valueCell(g.pupilsTutored), hours: valueCell(g.hours), courses: valueCell(g.courses),
    tuteesDisadvantagedShare: num(g.tuteesDisadvantagedShare), hoursPerTutee: num(g.hoursPerTutee), tutoredShare: num(g.tutoredShare, NOT_AVAILABLE), tutoredShareGap: num(g.tutoredShareGap, NOT_AVAILABLE),
  };
}

function publishedRow(r: PublishedTutoringRow, name: string): TutoringCellRow {
  return {
    key: r.key, name, pupils: NOT_AVAILABLE, pupilsTutored: r.pupilsTutored, hours: r.hours, courses: r.courses, tuteesDisadvantagedShare: r.tuteesDisadvantagedShare,
    hoursPerTutee: calculateRate(r.hours, r.pupilsTutored, { scale: 1, decimals: 1 }), tutoredShare: NOT_AVAILABLE, tutoredShareGap: NOT_AVAILABLE,
  };
}

/** The figure a target is judged by, from a total row's cells (a hidden figure stays hidden). */
function figureOf(measure: TutoringTargetMeasure, total: TutoringCellRow): Cell {
  if (measure === 'disadvantaged-tutees-pct') {
    const share = total.tuteesDisadvantagedShare;
    return share.kind === 'value' ? valueCell(Math.round(share.value * 1000) / 10) : share;
  }
  return calculateRate(total.hours, total.courses, { scale: 1, decimals: 1 });
}

/**
 * A school's, an area's or the nation's tutoring as the API and web pages show it (docs/methodology.md §17):
 * the year's table and total, hours by route in every year for the chart, and the scope's targets beside
 * their figures, all with pupil-level figures or all through the disclosure control (§17.4).
 */
export async function tutoringView(services: Pick<Services, 'catchUpTutoringRecords' | 'catchUpTutoringTargets'>, query: TutoringViewQuery, pupilLevel: boolean): Promise<TutoringView> {
  const years = await services.catchUpTutoringRecords.tutoringYears(query.urns);
  const academicYear = query.academicYear ?? years.at(-1) ?? null;
  const read = async (year: number) => {
    const { records, roll } = await services.catchUpTutoringRecords.readTutoringRecords({ academicYear: year, urns: query.urns });
    const { places, names } = await services.catchUpTutoringRecords.readSchoolPlaces([...new Set([...records, ...roll].map((r) => r.urn))]);
    return { records, roll, places, names };
  };
  const empty: TutoringCellRow = { key: 'total', name: 'Total', pupils: NOT_AVAILABLE, pupilsTutored: valueCell(0), hours: valueCell(0), courses: valueCell(0), tuteesDisadvantagedShare: NOT_APPLICABLE, hoursPerTutee: NOT_APPLICABLE, tutoredShare: NOT_AVAILABLE, tutoredShareGap: NOT_AVAILABLE };
  let rows: TutoringCellRow[] = [];
  let total = empty;
  if (academicYear !== null) {
    const { records, roll, places, names } = await read(academicYear);
    if (pupilLevel) {
      rows = summariseTutoring(records, roll, { by: query.by, rule: query.rule, places }).map((g) => plainRow(g, nameOf(query.by, g.key, names)));
      const all = new Map([...places.keys()].map((urn) => [urn, { district: null, la: null, area: 'total' }]));
      const whole = summariseTutoring(records, roll, { by: 'area', rule: query.rule, places: all })[0];
      if (whole !== undefined) total = plainRow(whole, 'Total');
    } else {
      const published = publishTutoring(records, { by: query.by, rule: query.rule, places });
      rows = published.rows.map((r) => publishedRow(r, nameOf(query.by, r.key, names)));
      total = publishedRow(published.total, 'Total');
    }
  }
  const hoursByRoute: { academicYear: number; route: string; hours: Cell }[] = [];
  for (const year of years) {
    const { records, roll } = await read(year);
    if (pupilLevel) for (const g of summariseTutoring(records, roll, { by: 'route', rule: query.rule })) hoursByRoute.push({ academicYear: year, route: g.key, hours: valueCell(g.hours) });
    else for (const r of publishTutoring(records, { by: 'route', rule: query.rule }).rows) hoursByRoute.push({ academicYear: year, route: r.key, hours: r.hours });
  }
  const targets: TargetBesideFigure[] = [];
  if (query.targetsOf !== null && academicYear !== null) {
    const scope = query.targetsOf;
    for (const t of (await services.catchUpTutoringTargets.listTutoringTargets(academicYear)).filter((x) => x.scope.kind === scope.kind && x.scope.key === scope.key)) {
      const actual = figureOf(t.measure, total);
      targets.push({ measure: t.measure, target: t.target, actual, status: assessTutoringTarget(actual.kind === 'value' ? actual.value : null, t.target) });
    }
  }
  return { academicYear, years, disclosureControlled: !pupilLevel, rows, total, hoursByRoute, targets };
}
