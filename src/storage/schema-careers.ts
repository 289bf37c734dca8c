import type { Generated } from 'kysely';

export interface CareersTables {
  careers_employers: CareersEmployersTable;
  careers_pupils: CareersPupilsTable;
  careers_encounters: CareersEncountersTable;
  careers_advisers: CareersAdvisersTable;
  careers_adviser_schools: CareersAdviserSchoolsTable;
  careers_coverage_tallies: CareersCoverageTalliesTable;
  careers_pupil_schools: CareersPupilSchoolsTable;
  careers_employer_schools: CareersEmployerSchoolsTable;
  installation_keys: InstallationKeysTable;
}

/** A fingerprint of each key this installation keeps outside the database (migration 0022); never the key. */
export interface InstallationKeysTable {
  /** What the key is for: `careers-pseudonym`. */
  purpose: string;
  /** HMAC-SHA256 of a fixed label with the key, in hex. */
  fingerprint: string;
  recorded_at: string;
}

export interface CareersEmployersTable {
  id: Generated<number>;
  name: string;
  /** The name lower-cased with spaces collapsed: how two spellings of one employer are matched. */
  name_key: string;
  cornerstone: Generated<number>;
  sector: string | null;
  location: string | null;
  synthetic: Generated<number>;
}

export interface CareersPupilsTable {
  id: Generated<number>;
  /** HMAC-SHA256 of the UPN with this installation's key, in hex; `synthetic:<n>` for demo pupils. */
  pseudonym: string;
  urn: number;
  year_group: number;
  fsm: number;
  /** The academic year (its first calendar year) that `year_group` describes. */
  as_at: number;
  leaving_date: string | null;
  synthetic: Generated<number>;
  encounters: Generated<number>;
  encounter_years: Generated<number>;
  /**
   * For a school's own record of a pupil on another school's roll, that other record's id (migration
   * 0023); null for every other pupil. Cleared or merged away by a transfer.
   */
  held_for: Generated<number | null>;
}

/** Keyed by pupil, day, type and employer: one encounter each (docs/methodology.md §15.2). */
export interface CareersEncountersTable {
  pupil_id: number;
  /** The day as yyyymmdd: 20251015 is 15 October 2025. */
  encounter_day: number;
  /** The type's place in ENCOUNTER_TYPES. */
  type_code: number;
  /** 0 when no employer is named: a key column cannot be empty. */
  employer_id: number;
  /** The school that recorded it. */
  urn: number;
  academic_year: number;
}

/** Each school and the pupils with encounters it recorded: finds a school's ledger without reading it all. */
export interface CareersPupilSchoolsTable {
  urn: number;
  pupil_id: number;
}

/** Employer load: how many encounters each employer gave at each school, kept by every ledger write. */
export interface CareersEmployerSchoolsTable {
  employer_id: number;
  urn: number;
  encounters: number;
}

export interface CareersAdvisersTable {
  id: Generated<number>;
  name: string;
  employer_id: number | null;
  synthetic: Generated<number>;
}

export interface CareersAdviserSchoolsTable {
  adviser_id: number;
  urn: number;
}

export interface CareersCoverageTalliesTable {
  target: number;
  urn: number;
  year_group: number;
  fsm: number;
  pupils: number;
  reached: number;
  reached_each_year: number;
}
