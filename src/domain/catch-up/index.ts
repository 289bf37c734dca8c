export { NTP_ROUTES, parseLocalRoutes, parseRoute, type TutoringRoute } from './route.ts';
export { MAX_HOURS_A_DAY, hoursOf, parseHalfHours } from './hours.ts';
export { NTP_COURSE_RULE, assertCourseRule, coursesFor, type CourseRule } from './course-rule.ts';
export { parseTutoringYearGroup, yearGroupLabel } from './year-group.ts';
export { summariseTutoring, type RollRecord, type SchoolPlace, type SummariseOptions, type TutoringGroup, type TutoringGrouping, type TutoringRecord } from './summarise-tutoring.ts';
export { publishTutoring, type PublishTutoringOptions, type PublishedTutoring, type PublishedTutoringRow } from './publish-tutoring.ts';
export { NOT_RECORDED, tutoringRetentionCutOffYear } from './retention.ts';
export { TUTORING_TARGET_MEASURES, assessTutoringTarget, checkTargetValue, parseTargetMeasure, targetFigure, type TargetStatus, type TutoringTargetMeasure } from './targets.ts';
export { generateSyntheticTutoring, syntheticTutoringPseudonym, type SyntheticTutee, type SyntheticTutoringSettings } from './synthetic-tutoring.ts';
