import type { Generated } from 'kysely';

/** Catch-up tutoring (migration 0030). */
export interface CatchUpTables {
  catch_up_pupils: CatchUpPupilsTable;
  catch_up_pupil_years: CatchUpPupilYearsTable;
  catch_up_sessions: CatchUpSessionsTable;
  catch_up_census: CatchUpCensusTable;
  catch_up_targets: CatchUpTargetsTable;
  catch_up_pupil_tallies: CatchUpPupilTalliesTable;
  catch_up_school_tallies: CatchUpSchoolTalliesTable;
}

export interface CatchUpPupilsTable {
  id: Generated<number>;
  /** The careers pseudonym: HMAC-SHA256 of the UPN with this installation's key, in hex; `synthetic:<n>` for demo pupils. */
  pseudonym: string;
  synthetic: Generated<number>;
}

/** A pupil's facts at one school in one academic year, as that school recorded them. */
export interface CatchUpPupilYearsTable {
  pupil_id: number;
  urn: number;
  academic_year: number;
  /** 0 is Reception. */
  year_group: number;
  fsm: number;
  pupil_premium: number;
}

export interface CatchUpSessionsTable {
  pupil_id: number;
  urn: number;
  /** yyyymmdd: 20211015 is 15 October 2021. */
  session_day: number;
  route: string;
  subject: string;
  /** '' when none is named (a key column cannot be empty). */
  provider: string;
  academic_year: number;
  group_size: number;
  half_hours: number;
}

export interface CatchUpCensusTable {
  pupil_id: number;
  urn: number;
  academic_year: number;
  tutored: number;
  half_hours: number;
}

/** A tutoring target of an Opportunity Area (`area`, its id) or a school (`school`, its URN) for a year (migration 0031). */
export interface CatchUpTargetsTable {
  scope_kind: string;
  scope_key: string;
  /** A TutoringTargetMeasure: `disadvantaged-tutees-pct` or `hours-per-course`. */
  measure: string;
  academic_year: number;
  target: number;
  set_by: string;
  set_at: string;
}

/** A pupil's tutoring at a school in a year, in one route and subject, kept by every write (migration 0037). */
export interface CatchUpPupilTalliesTable {
  academic_year: number;
  urn: number;
  pupil_id: number;
  route: string;
  subject: string;
  /** 1: the school's School Census return's cumulative hours, kept only while the school has no sessions that year. */
  from_census: number;
  sessions: number;
  half_hours: number;
  year_group: number;
  fsm: number;
  pupil_premium: number;
}

/** A school's tutoring in a year, kept by every write (migration 0037): tutees are pupils with hours at the school. */
export interface CatchUpSchoolTalliesTable {
  academic_year: number;
  urn: number;
  tutees: number;
  disadvantaged_tutees: number;
  fsm_tutees: number;
  pupil_premium_tutees: number;
  half_hours: number;
  disadvantaged_half_hours: number;
  /** Tutees with more than 16 hours at the school: a second course under the NTP rule. */
  disadvantaged_over_one_course: number;
  other_over_one_course: number;
  roll: number;
  roll_disadvantaged: number;
  roll_tutored: number;
  roll_disadvantaged_tutored: number;
}
