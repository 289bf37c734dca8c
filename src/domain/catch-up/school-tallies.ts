import { NTP_COURSE_RULE, type CourseRule } from './course-rule.ts';
import { publishTuteeLeaves, schoolPath, type PublishedTutoring, type PublishTutoringOptions, type TuteeLeaf } from './publish-tutoring.ts';
import { groupFigures, type TutoringGroup } from './summarise-tutoring.ts';

/**
 * A school's tutoring in one academic year, as the ledger's running tallies keep it: a tutee is a pupil
 * with hours at the school (all routes and subjects together), hours in whole half hours, and tutees over
 * one course counted under the NTP rule (more than 16 hours). The roll is the school's School Census return.
 */
export interface SchoolTally {
  readonly urn: number;
  readonly tutees: number;
  readonly disadvantagedTutees: number;
  readonly fsmTutees: number;
  readonly pupilPremiumTutees: number;
  readonly halfHours: number;
  readonly disadvantagedHalfHours: number;
  readonly disadvantagedOverOneCourse: number;
  readonly otherOverOneCourse: number;
  readonly roll: number;
  readonly rollDisadvantaged: number;
  readonly rollTutored: number;
  readonly rollDisadvantagedTutored: number;
}

/** Whether school tallies can give a report under `rule`: they count courses by the NTP rule only. */
export function talliesCount(rule: CourseRule): boolean {
  return rule.hoursPerCourse === NTP_COURSE_RULE.hoursPerCourse && rule.maxCourses === NTP_COURSE_RULE.maxCourses;
}

/**
 * The report by school from school tallies: the groups `summariseTutoring` gives by school under the NTP
 * rule, figure for figure (docs/methodology.md §17.3). Each tutee is at most one course over one course, as
 * the rule counts two courses at most. A school with neither tutees nor a roll has no row.
 *
 * 2 tutees with 16 and 16.5 hours → 2 tutees, 32.5 hours, 3 courses.
 */
export function summariseSchoolTallies(tallies: readonly SchoolTally[]): TutoringGroup[] {
  return tallies
    .filter((t) => t.tutees > 0 || t.roll > 0)
    .sort((a, b) => a.urn - b.urn)
    .map((t) =>
      groupFigures({
        key: String(t.urn), tutees: t.tutees, disadvantagedTutees: t.disadvantagedTutees, fsmTutees: t.fsmTutees, pupilPremiumTutees: t.pupilPremiumTutees,
        halfHours: t.halfHours, disadvantagedHalfHours: t.disadvantagedHalfHours, courses: t.tutees + t.disadvantagedOverOneCourse + t.otherOverOneCourse,
        roll: t.roll, rollDisadvantaged: t.rollDisadvantaged, rollTutored: t.rollTutored, rollDisadvantagedTutored: t.rollDisadvantagedTutored,
        schoolsRecorded: 1, schoolsTutoring: t.tutees > 0 ? 1 : 0,
      }),
    );
}

/**
 * The protected table by school, district, area or LA from school tallies: `publishTutoring`'s, as its
 * tree is groups → schools and each school's leaf is the sum of its tutees' (docs/methodology.md §17.4).
 */
export function publishSchoolTallies(tallies: readonly SchoolTally[], options: PublishTutoringOptions & { readonly by: 'school' | 'district' | 'area' | 'la' }): PublishedTutoring {
  const leaves: TuteeLeaf[] = tallies
    .filter((t) => t.tutees > 0)
    .map((t) => ({
      path: schoolPath(options.by, t.urn, options.places),
      fsm: { pupils: t.disadvantagedTutees, reached: t.disadvantagedOverOneCourse },
      notFsm: { pupils: t.tutees - t.disadvantagedTutees, reached: t.otherOverOneCourse },
      halfHours: t.halfHours,
    }));
  return publishTuteeLeaves(leaves, { ...options, rule: NTP_COURSE_RULE });
}
