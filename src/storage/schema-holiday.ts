import type { Generated } from 'kysely';

/** Holiday activities (migration 0035): clubs, pseudonymised pupils, and attendance per pupil and club day. */
export interface HolidayTables {
  holiday_clubs: HolidayClubsTable;
  holiday_pupils: HolidayPupilsTable;
  holiday_attendance: HolidayAttendanceTable;
}

export interface HolidayClubsTable {
  id: Generated<number>;
  /** The provider's own identifier for the club, as attendance files name it. */
  club_ref: string;
  name: string;
  provider: string;
  /** The school the club meets at, when it meets at one. */
  urn: number | null;
  postcode: string | null;
  district_code: string;
  la_code: string;
  start_date: string;
  end_date: string;
  /** ISO weekdays offered as digits, Monday 1 to Sunday 7: '1234' is Monday to Thursday. */
  days_offered: string;
  places_per_day: number;
  synthetic: Generated<number>;
}

export interface HolidayPupilsTable {
  id: Generated<number>;
  /** HMAC-SHA256 of the UPN with the installation's pseudonymisation key; the UPN is never stored. */
  pseudonym: string;
  /** The pupil's school. */
  urn: number;
  fsm: number;
  synthetic: Generated<number>;
}

export interface HolidayAttendanceTable {
  club_id: number;
  pupil_id: number;
  day: string;
  academic_year: number;
  /** 1 when the pupil came; 0 for a booked place not taken up on the day. */
  attended: number;
}
