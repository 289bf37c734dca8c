/**
 * Shapes of the public-data API's replies: schools, places, indicators, boundaries and the EEF Toolkit
 * (see /api/docs). Figures are null where the publisher gave none; `markers` then holds the code it used.
 */

import type { MultiPolygon, Polygon } from 'geojson';

/** Where a group of figures came from: the published file and when it was loaded (ISO timestamp). */
export interface SourceRef {
  file: string;
  loadedAt: string;
}

/** Columns published as a code instead of a figure, by column name: `{ pct_eal: 'SUPP' }`. */
export type Markers = Record<string, string>;

export interface OpportunityAreaRef {
  id: string;
  name: string;
}

export interface SchoolSummary {
  urn: number;
  name: string;
  town: string | null;
  postcode: string | null;
  phase: string;
  status: string;
  laCode: string;
  districtCode: string | null;
  districtName: string | null;
  opportunityArea: OpportunityAreaRef | null;
  censusPeriod: string | null;
  pupils: number | null;
  fsm: number | null;
  pctFsmEver6: number | null;
  /** Census fields published as a code instead of a figure: { field: code }. */
  censusMarkers: Readonly<Record<string, string>>;
  source: { readonly file: string; readonly loadedAt: string };
  censusSource: { readonly file: string; readonly loadedAt: string } | null;
}

/** Schools a view could not count (docs/methodology.md §6.9), with the sentence to show; note is null when none. */
export interface LeftOut {
  readonly schools: number;
  readonly note: string | null;
}

export interface SchoolList {
  items: SchoolSummary[];
  page: number;
  pageSize: number;
  total: number;
  /** With a district or Opportunity Area: matching schools of its authorities that have no district. */
  leftOut: LeftOut;
}

export interface CensusFigures {
  period: string;
  pupils: number | null;
  fsm: number | null;
  pctFsm: number | null;
  fsmEver6: number | null;
  pctFsmEver6: number | null;
  pctEal: number | null;
  pctSenSupport: number | null;
  pctEhcp: number | null;
  markers: Markers;
  source: SourceRef;
}

export interface Ks2Figures {
  period: string;
  pupils: number | null;
  pctRwmExpected: number | null;
  pctRwmHigher: number | null;
  readingProgress: number | null;
  writingProgress: number | null;
  mathsProgress: number | null;
  markers: Markers;
  source: SourceRef;
}

export interface Ks4Figures {
  period: string;
  pupils: number | null;
  attainment8: number | null;
  progress8: number | null;
  progress8Interval: { lower: number | null; upper: number | null };
  pctBasics94: number | null;
  pctBasics95: number | null;
  markers: Markers;
  source: SourceRef;
}

export interface DestinationFigures {
  period: string;
  /** all, disadvantaged or other. */
  group: string;
  cohort: number | null;
  pctSustained: number | null;
  pctEducation: number | null;
  pctApprenticeship: number | null;
  pctEmployment: number | null;
  markers: Markers;
  source: SourceRef;
}

export interface PlaceRef {
  code: string;
  name: string;
}

export interface SchoolProfile {
  urn: number;
  name: string;
  address: { street: string | null; locality: string | null; town: string | null; postcode: string | null };
  status: string;
  openDate: string | null;
  closeDate: string | null;
  phase: string;
  type: string | null;
  group: string | null;
  ages: { low: number | null; high: number | null };
  gender: string | null;
  religiousCharacter: string | null;
  admissionsPolicy: string | null;
  location: { lat: number; lon: number; easting: number | null; northing: number | null } | null;
  laCode: string;
  district: PlaceRef | null;
  placement: SchoolPlacement;
  educationAuthority: PlaceRef | null;
  region: PlaceRef | null;
  opportunityArea: OpportunityAreaRef | null;
  census: CensusFigures[];
  ks2: Ks2Figures[];
  ks4: Ks4Figures[];
  destinations: DestinationFigures[];
  /** Newest first; `changes` is usually `{ field: { before, after } }`. */
  history: { changedAt: string; changes: unknown }[];
  source: SourceRef;
}

/** How a school was placed in its district (docs/methodology.md §6.8). */
export interface SchoolPlacement {
  rule: 'gias' | 'coordinates' | 'single-tier-la' | 'postcode-sector' | null;
  confidence: number | null;
  basis: number | null;
  note: string | null;
  description: string;
}

/** GET /api/schools/placement: open state-funded schools by the rule that placed them. */
export interface SchoolPlacementReport {
  total: number;
  placed: number;
  exact: number;
  imputed: number;
  unplaced: number;
  by_rule: { gias: number; coordinates: number; single_tier_la: number; postcode_sector: number };
  unplaced_schools: { urn: number; name: string; reason: string }[];
}

export type AreaKind = 'country' | 'region' | 'education_la' | 'district';

export interface AreaSummary {
  code: string;
  name: string;
  kind: AreaKind;
}

/** What a district figure built from schools rests on (docs/methodology.md §9.3). */
export interface FigureEvidence {
  schools: number;
  contributors: number;
  /** 0 to 1; null when the district's pupils on roll are not known. */
  pupilShare: number | null;
  /** Whether the figure met the rule; when false the value is null. */
  sufficient: boolean;
  rule: { minSchools: number; minPupilShare: number };
  /** "2 schools, 14% of pupils: not enough for a district figure (…)". */
  note: string;
}

export interface AreaIndicator {
  code: string;
  name: string;
  unit: string;
  period: string;
  value: number | null;
  source: SourceRef;
  /** Null for figures not built from schools. */
  evidence: FigureEvidence | null;
}

export interface AreaDetail {
  code: string;
  name: string;
  kind: AreaKind;
  /** From the parent up to the country. */
  ancestors: AreaSummary[];
  children: AreaSummary[];
  opportunityArea: OpportunityAreaRef | null;
  schools: { open: number; leftOut: LeftOut };
  hasBoundary: boolean;
  indicators: AreaIndicator[];
  sourceNote: string;
}

export interface Indicator {
  code: string;
  name: string;
  unit: string;
  description: string;
  /** Oldest first. */
  periods: string[];
}

export interface IndicatorList {
  items: Indicator[];
}

export interface IndicatorValue {
  areaCode: string;
  areaName: string;
  areaKind: string;
  value: number | null;
  /** Null for figures not built from schools. */
  evidence: FigureEvidence | null;
}

export interface IndicatorValues {
  indicator: Indicator;
  period: string | null;
  values: IndicatorValue[];
  source: SourceRef | null;
  /** Open state-funded schools in England with no district. */
  leftOut: LeftOut;
}

/** A GeoJSON feature from /api/boundaries: `id` and `properties.code` are the GSS code. */
export interface BoundaryFeature {
  type: 'Feature';
  id: string;
  properties: { code: string; name: string };
  geometry: Polygon | MultiPolygon;
}

export interface BoundaryCollection {
  type: 'FeatureCollection';
  features: BoundaryFeature[];
}

export interface ToolkitStrand {
  id: string;
  slug: string;
  name: string;
  /** Months of additional progress; null where the evidence is insufficient. */
  impactMonths: number | null;
  /** 1 (very low) to 5 (very high). */
  costRating: number;
  costLabel: string | null;
  /** Padlocks: 0 (insufficient) to 5 (very extensive). */
  evidenceRating: number;
  headline: string;
  gapSummary: string | null;
  tags: string[];
  /** The strand on the EEF website. */
  url: string;
  source: SourceRef;
}

export interface ToolkitStrandList {
  items: ToolkitStrand[];
}

export interface EffectSizeConversion {
  effectSize: { min: number | null; max: number | null } | null;
  months: number | null;
}

/** GET /api/index: every district ranked by one index recipe. */
export interface IndexStage {
  readonly id: string;
  readonly name: string;
  readonly indicators: readonly string[];
}

export interface IndexedArea {
  readonly code: string;
  readonly name: string;
  /** Stage scores by stage id (standardised; 0 is the average area). */
  readonly stages: Readonly<Record<string, number>>;
  readonly score: number;
  /** 1 = best. */
  readonly rank: number;
  /** 1 = best band. */
  readonly band: number;
  readonly coldSpot: boolean;
  readonly hotSpot: boolean;
  /** 90% interval of the rank when every weight varies ±20%. */
  readonly rankInterval: readonly [number, number];
  /** Share (0 to 1) of the perturbed rankings in which the area is a cold spot. */
  readonly coldSpotProbability: number;
}

export interface IndexResult {
  readonly recipe: { readonly name: string; readonly description: string; readonly stages: readonly IndexStage[] };
  readonly areas: readonly IndexedArea[];
  readonly excluded: readonly { readonly areaCode: string; readonly areaName: string; readonly reason: string }[];
  readonly coldSpotCount: number;
  /** Open state-funded schools in England with no district. */
  readonly leftOut: LeftOut;
}

/** GET /api/index/areas/:code: why a district sits where it does. */
export interface IndexAreaExplanation {
  readonly summary: string;
  readonly rank: number;
  readonly of: number;
  readonly score: number;
  readonly contributions: readonly { readonly indicatorCode: string; readonly indicatorName: string; readonly contribution: number }[];
  /** The recipe's indicators the district has no figure of, and why. */
  readonly missing: readonly { readonly indicatorCode: string; readonly indicatorName: string; readonly period: string | null; readonly reason: string }[];
  readonly missingRule: 'stage_mean' | 'exclude';
}

/** GET /api/twins/areas/:code: an area's statistical neighbours, with why each is similar. */
export interface AreaTwins {
  readonly area: { readonly code: string; readonly name: string };
  readonly tier: 'district' | 'upper';
  readonly recipe: string;
  readonly periods: Readonly<Record<string, string>>;
  readonly indicators: readonly { readonly code: string; readonly name: string; readonly weight: number }[];
  readonly bands: { readonly veryClose: number; readonly close: number };
  readonly neighbours: readonly TwinNeighbour[];
  /** Open state-funded schools in England with no district. */
  readonly leftOut: LeftOut;
}

export interface TwinNeighbour {
  readonly code: string;
  readonly name: string;
  readonly rank: number;
  readonly distance: number;
  readonly band: 'very close' | 'close' | 'somewhat close';
  readonly reciprocal: boolean;
  readonly contributions: readonly {
    readonly indicator: string;
    readonly indicatorName: string;
    /** This indicator's part of the distance; the parts add up to the distance. */
    readonly part: number;
    /** Share of the squared distance, 0 to 1. */
    readonly share: number;
    readonly areaValue: number | null;
    readonly neighbourValue: number | null;
  }[];
}
