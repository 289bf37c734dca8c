import { publishSchoolTallies, publishTutoring, summariseSchoolTallies, summariseTutoring, talliesCount, yearGroupLabel, type CourseRule, type PublishedTutoring, type TutoringGroup, type TutoringGrouping } from '../../domain/catch-up/index.ts';
import type { Cell } from '../../domain/disclosure/index.ts';
import { NO_DISTRICT_LABEL } from '../../domain/places/index.ts';
import type { Services } from '../../storage/services/create-services.ts';

/** The key column of each grouping, as JSON and CSV name it. */
export const KEY_NAMES: Readonly<Record<TutoringGrouping, string>> = {
  school: 'urn', district: 'district_code', area: 'opportunity_area', la: 'la_code', year_group: 'year_group', route: 'route', subject: 'subject',
};

/** One row of the report with pupil-level rights: figures as numbers (shares 0–1, hours in hours). */
export interface TutoringReportRow {
  readonly key: string | number;
  readonly name: string;
  readonly pupils: number | null;
  readonly pupils_tutored: number;
  readonly hours: number;
  readonly courses: number;
  readonly tutees_disadvantaged_share: number | null;
  readonly hours_per_tutee: number | null;
  readonly hours_per_course: number | null;
  readonly tutees_fsm_share: number | null;
  readonly tutees_pupil_premium_share: number | null;
  readonly tutored_share: number | null;
  readonly disadvantaged_tutored_share: number | null;
  readonly other_tutored_share: number | null;
  readonly tutored_share_gap: number | null;
  readonly hours_per_disadvantaged_tutee: number | null;
  readonly hours_per_other_tutee: number | null;
  readonly schools_recorded: number;
  readonly schools_tutoring: number;
}

/** One row through disclosure control: each figure a cell that may be `c`. */
export interface SuppressedTutoringRow {
  readonly key: string | number;
  readonly name: string;
  readonly pupils_tutored: Cell;
  readonly hours: Cell;
  readonly courses: Cell;
  readonly tutees_disadvantaged_share: Cell;
}

export interface TutoringReportQuery {
  readonly by: TutoringGrouping;
  /** null: the latest year with any record. */
  readonly academicYear: number | null;
  /** null: every school; else only these (a caller's scope). */
  readonly urns: readonly number[] | null;
  readonly rule: CourseRule;
}

export type TutoringReport =
  | { readonly suppressed: false; readonly academicYear: number | null; readonly rows: readonly TutoringReportRow[] }
  | { readonly suppressed: true; readonly academicYear: number | null; readonly rows: readonly SuppressedTutoringRow[]; readonly withheld: boolean };

const NO_PLACE: Readonly<Partial<Record<TutoringGrouping, string>>> = { district: NO_DISTRICT_LABEL, school: 'Not in the school register', area: 'Not in an Opportunity Area', la: 'No local authority' };

/** A group's name for a reader: a school's or area's name, a year group's label, a route as written. */
export function nameOf(by: TutoringGrouping, key: string, names: ReadonlyMap<string, string>): string {
  if (by === 'year_group') return yearGroupLabel(Number(key));
  if (by === 'route' || by === 'subject') return key === 'not-recorded' ? 'Not recorded (School Census return)' : key;
  return key === '' ? (NO_PLACE[by] ?? '') : (names.get(key) ?? NO_PLACE[by] ?? key);
}

const keyValue = (by: TutoringGrouping, key: string): string | number => (by === 'school' || by === 'year_group' ? Number(key) : key);

/**
 * The tutoring report of one academic year (docs/methodology.md §17), as the CLI and the API give it: with
 * pupil-level figures, or, with `suppress`, through the disclosure control for anyone without pupil-level
 * rights. It reads the running tallies every write keeps: by school (and, protected, by district, area or
 * LA, whose tree is groups → schools) each school's tallies, under the NTP course rule; otherwise each
 * pupil's at each school, grouped here, as a pupil counts once in a group holding two of their schools.
 */
export async function tutoringReport(services: Pick<Services, 'catchUpTutoringRecords'>, query: TutoringReportQuery, suppress: boolean): Promise<TutoringReport> {
  const academicYear = query.academicYear ?? (await services.catchUpTutoringRecords.latestTutoringYear());
  if (academicYear === null) return suppress ? { suppressed: true, academicYear, rows: [], withheld: false } : { suppressed: false, academicYear, rows: [] };
  const by = query.by;
  const schoolTree = by === 'school' || by === 'district' || by === 'area' || by === 'la';
  let groups: TutoringGroup[] | undefined;
  let published: PublishedTutoring | undefined;
  let names: ReadonlyMap<string, string>;
  if (schoolTree && talliesCount(query.rule) && (by === 'school' || suppress)) {
    const read = await services.catchUpTutoringRecords.readSchoolTallies({ academicYear, urns: query.urns, groupNames: by !== 'school' });
    const tallies = read.tallies;
    names = read.names;
    if (suppress) published = publishSchoolTallies(tallies, { by, places: read.places });
    else groups = summariseSchoolTallies(tallies);
  } else {
    const { records, roll } = await services.catchUpTutoringRecords.readTutoringRecords({ academicYear, urns: query.urns });
    const read = await services.catchUpTutoringRecords.readSchoolPlaces([...new Set([...records, ...roll].map((r) => r.urn))]);
    names = read.names;
    if (suppress) published = publishTutoring(records, { by: query.by, rule: query.rule, places: read.places });
    else groups = summariseTutoring(records, roll, { by: query.by, rule: query.rule, places: read.places });
  }
  if (published !== undefined) {
    return {
      suppressed: true,
      academicYear,
      withheld: published.withheld,
      rows: published.rows.map((r) => ({
        key: keyValue(query.by, r.key), name: nameOf(query.by, r.key, names), pupils_tutored: r.pupilsTutored, hours: r.hours, courses: r.courses, tutees_disadvantaged_share: r.tuteesDisadvantagedShare,
      })),
    };
  }
  return {
    suppressed: false,
    academicYear,
    rows: (groups ?? []).map((g) => ({
      key: keyValue(query.by, g.key),
      name: nameOf(query.by, g.key, names),
      pupils: g.pupils,
      pupils_tutored: g.pupilsTutored,
      hours: g.hours,
      courses: g.courses,
      tutees_disadvantaged_share: g.tuteesDisadvantagedShare,
      hours_per_tutee: g.hoursPerTutee,
      hours_per_course: g.hoursPerCourse,
      tutees_fsm_share: g.tuteesFsmShare,
      tutees_pupil_premium_share: g.tuteesPupilPremiumShare,
      tutored_share: g.tutoredShare,
      disadvantaged_tutored_share: g.disadvantagedTutoredShare,
      other_tutored_share: g.otherTutoredShare,
      tutored_share_gap: g.tutoredShareGap,
      hours_per_disadvantaged_tutee: g.hoursPerDisadvantagedTutee,
      hours_per_other_tutee: g.hoursPerOtherTutee,
      schools_recorded: g.schoolsRecorded,
      schools_tutoring: g.schoolsTutoring,
    })),
  };
}
