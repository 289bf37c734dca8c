import type { Generated } from 'kysely';

/** Tables loaded from published files (migration 0004). Every row names the load that last set it. */
export interface PublicDataTables {
  schools: SchoolsTable;
  education_la_numbers: EducationLaNumbersTable;
  district_authorities: DistrictAuthoritiesTable;
  school_history: SchoolHistoryTable;
  school_census: SchoolCensusTable;
  ks2_results: Ks2ResultsTable;
  ks4_results: Ks4ResultsTable;
  ks4_destinations: Ks4DestinationsTable;
  postcodes: PostcodesTable;
  indicators: IndicatorsTable;
  area_indicators: AreaIndicatorsTable;
  area_indicator_evidence: AreaIndicatorEvidenceTable;
  lsoa_deprivation: LsoaDeprivationTable;
  boundaries: BoundariesTable;
  toolkit_strands: ToolkitStrandsTable;
  toolkit_cost_scale: ToolkitCostScaleTable;
  toolkit_effect_sizes: ToolkitEffectSizesTable;
}

interface Sourced {
  data_source_id: number;
}

/** JSON object of column → the code published instead of a figure, e.g. {"pct_eal":"SUPP"}. */
interface Marked {
  markers: string;
}

export interface SchoolsTable extends Sourced {
  urn: number;
  la_code_old: string;
  estab: string;
  name: string;
  street: string | null;
  locality: string | null;
  town: string | null;
  postcode: string | null;
  status: string;
  open_date: string | null;
  close_date: string | null;
  minor_group: string | null;
  school_type: string | null;
  phase: string;
  age_low: number | null;
  age_high: number | null;
  gender: string | null;
  religious_character: string | null;
  admissions_policy: string | null;
  easting: number | null;
  northing: number | null;
  lat: number | null;
  lon: number | null;
  district_code: string | null;
  education_la_code: string | null;
  /** GIAS `Trusts (code)`: the trust's group id, digits; null when in no trust or not yet loaded (migration 0014). */
  trust_code: string | null;
  trust_name: string | null;
  /** GIAS `TrustSchoolFlag (name)` as published, e.g. "Supported by a multi-academy trust". */
  trust_flag: string | null;
  /** The district a GIAS extract gives (`DistrictAdministrative (code)`): evidence for placement (migration 0016). */
  gias_district_code: string | null;
  /** The district a locations file gives for the school's coordinates: evidence for placement. */
  located_district_code: string | null;
  /** How `district_code` was found: gias, coordinates, single-tier-la, postcode-sector; null when unplaced. */
  district_rule: string | null;
  /** 1 for an exact rule; for an imputed one, the share of the schools it rests on that agree. */
  district_confidence: number | null;
  /** How many placed schools an imputed district rests on; null for an exact rule. */
  district_basis: number | null;
  /** The postcode sector an imputation used, or why the school is unplaced. */
  district_note: string | null;
}

/** DfE's three-digit LA number and the GSS code of that education authority (migration 0016). */
export interface EducationLaNumbersTable {
  la_number: string;
  area_code: string;
}

/** The education authority each district is in, as the districts lookup gives it (migration 0016). */
export interface DistrictAuthoritiesTable {
  district_code: string;
  authority_code: string;
}

export interface SchoolHistoryTable {
  id: Generated<number>;
  urn: number;
  changed_at: string;
  data_source_id: number;
  /** JSON { field: { before, after } }. */
  changes: string;
}

export interface SchoolCensusTable extends Sourced, Marked {
  urn: number;
  period: string;
  pupils: number | null;
  fsm: number | null;
  fsm_ever6: number | null;
  pct_fsm_ever6: number | null;
  eal: number | null;
  pct_eal: number | null;
  sen_support: number | null;
  pct_sen_support: number | null;
  ehcp: number | null;
  pct_ehcp: number | null;
}

export interface Ks2ResultsTable extends Sourced, Marked {
  urn: number;
  period: string;
  pupils: number | null;
  pct_rwm_expected: number | null;
  pct_rwm_higher: number | null;
  reading_progress: number | null;
  writing_progress: number | null;
  maths_progress: number | null;
  reading_score: number | null;
  maths_score: number | null;
}

export interface Ks4ResultsTable extends Sourced, Marked {
  urn: number;
  period: string;
  pupils: number | null;
  attainment8: number | null;
  progress8: number | null;
  progress8_lower: number | null;
  progress8_upper: number | null;
  pct_basics_94: number | null;
  pct_basics_95: number | null;
  ebacc_aps: number | null;
}

export interface Ks4DestinationsTable extends Sourced, Marked {
  urn: number;
  period: string;
  /** all, disadvantaged or other. */
  pupil_group: string;
  cohort: number | null;
  pct_sustained: number | null;
  pct_education: number | null;
  pct_apprenticeship: number | null;
  pct_employment: number | null;
  pct_not_sustained: number | null;
  pct_unknown: number | null;
}

export interface PostcodesTable extends Sourced {
  postcode: string;
  easting: number;
  northing: number;
  lat: number;
  lon: number;
  /** As published: census2011_postcode_headcount (ONS) or opencage_geocoder (may carry ODbL). */
  source: string;
}

export interface IndicatorsTable extends Sourced {
  code: string;
  name: string;
  unit: string;
  description: string;
  /** `high` when a higher figure is better, `low` when lower is better; null when the source says neither (migration 0024). */
  polarity: string | null;
}

export interface AreaIndicatorsTable extends Sourced {
  area_code: string;
  indicator_code: string;
  period: string;
  value: number | null;
  /** The period's sortable key, `SSSS-EEEE` (domain `periodKey`); null where the importer did not set one (migration 0024). */
  period_key: string | null;
}

/** What a district figure built from schools rests on, and the rule it was judged by (migration 0017). */
export interface AreaIndicatorEvidenceTable extends Sourced {
  area_code: string;
  indicator_code: string;
  period: string;
  /** Mainstream schools with a figure. */
  schools: number;
  /** Every school with a figure, special schools and alternative provision too where the indicator takes them. */
  contributors: number;
  /** Pupils on roll at the schools with a figure. */
  pupils_covered: number;
  /** Pupils on roll at all the district's schools of the phase that feed the indicator. */
  phase_pupils: number;
  phase_schools: number;
  min_schools: number;
  /** A fraction, 0 to 1. */
  min_pupil_share: number;
}

export interface LsoaDeprivationTable extends Sourced {
  lsoa_code: string;
  vintage: string;
  district_code: string;
  imd_score: number | null;
  imd_rank: number | null;
  imd_decile: number | null;
  idaci_score: number | null;
  population: number | null;
  children: number | null;
}

export interface BoundariesTable extends Sourced {
  area_code: string;
  vintage: string;
  /** A GeoJSON geometry (WGS84 longitude/latitude). */
  geojson: string;
}

export interface ToolkitStrandsTable extends Sourced {
  id: string;
  slug: string;
  name: string;
  /** Months of additional progress; null where the EEF rates the evidence insufficient. */
  impact_months: number | null;
  cost_rating: number;
  evidence_rating: number;
  headline: string;
  gap_summary: string | null;
  /** Semicolon-separated, as published. */
  tags: string;
  url: string;
}

export interface ToolkitCostScaleTable extends Sourced {
  cost_rating: number;
  label: string;
  per_pupil: string;
  per_class: string;
}

export interface ToolkitEffectSizesTable extends Sourced {
  min_effect: number;
  /** Null for the open-ended top band (0.96+). */
  max_effect: number | null;
  months: number;
}
