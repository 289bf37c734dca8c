/**
 * How the National Tutoring Programme turned hours into courses (DfE, "National Tutoring Programme"
 * statistics methodology, 2022/23 and 2023/24): a pupil with up to and including 16 hours of tutoring has
 * started one course, a pupil with more has started two. Both numbers can be set, for a local rule.
 */
export interface CourseRule {
  /** Hours one course stands for: a pupil's hours up to this are one course. */
  readonly hoursPerCourse: number;
  /** The most courses one pupil is counted as starting in a year at one school. */
  readonly maxCourses: number;
}

export const NTP_COURSE_RULE: CourseRule = { hoursPerCourse: 16, maxCourses: 2 };

/** Throws on a rule that cannot count: hours per course must be positive and a whole number of half hours. */
export function assertCourseRule(rule: CourseRule): void {
  if (!(rule.hoursPerCourse > 0) || !Number.isInteger(rule.hoursPerCourse * 2)) throw new RangeError(`Hours per course must be a positive number of half hours (got ${String(rule.hoursPerCourse)})`);
  if (!Number.isSafeInteger(rule.maxCourses) || rule.maxCourses < 1) throw new RangeError(`The most courses a pupil counts for must be a whole number from 1 (got ${String(rule.maxCourses)})`);
}

/**
 * Courses started for `halfHours` of tutoring: none for none, else one per `hoursPerCourse` begun, at most
 * `maxCourses`. Under the NTP rule: 16 hours (32 half hours) → 1, 16.5 hours → 2, 40 hours → 2.
 */
export function coursesFor(halfHours: number, rule: CourseRule = NTP_COURSE_RULE): number {
  if (halfHours <= 0) return 0;
  return Math.min(rule.maxCourses, Math.ceil(halfHours / (rule.hoursPerCourse * 2)));
}
