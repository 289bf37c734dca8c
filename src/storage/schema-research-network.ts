import type { ColumnType, Generated } from 'kysely';

/** The Research School network's records (migration 0009). Strands are JSON arrays of Toolkit strand slugs. */
export interface ResearchNetworkTables {
  guidance_reports: GuidanceReportsTable;
  research_programmes: ResearchProgrammesTable;
  research_events: ResearchEventsTable;
  event_attendance: EventAttendanceTable;
  engagement_updates: EngagementUpdatesTable;
  evidence_plans: EvidencePlansTable;
  hub_placements: HubPlacementsTable;
  hub_reach: HubReachTable;
}

/** A hub's own reach, where the programme set one; null columns take the network's (migration 0027). */
export interface HubReachTable {
  hub_id: string;
  radius_metres: number | null;
  capacity: number | null;
  reason: string;
  recorded_at: string;
  recorded_by: string;
}

/** Where the programme placed a hub its host cannot place (migration 0013). */
export interface HubPlacementsTable {
  hub_id: string;
  lat: number;
  lon: number;
  basis: string;
  reason: string;
  recorded_at: string;
  recorded_by: string;
}

export interface GuidanceReportsTable {
  id: string;
  title: string;
  year: number;
  strands: string;
}

export interface ResearchProgrammesTable {
  id: string;
  hub_id: string;
  title: string;
  strands: string;
  guidance_report_id: string | null;
  /** face_to_face, online or blended. */
  format: string;
  starts_on: string;
  ends_on: string | null;
  recorded_at: string;
  recorded_by: string;
}

export interface ResearchEventsTable {
  id: string;
  hub_id: string;
  programme_id: string | null;
  /** briefing, training or follow_up. */
  kind: string;
  title: string;
  held_on: string;
  /** The import that last set it; null when recorded through a form. */
  data_source_id: number | null;
}

export interface EventAttendanceTable {
  event_id: string;
  urn: number;
  /** leader, teacher or teaching_assistant. */
  role: string;
  people: number;
  data_source_id: number | null;
}

export interface EngagementUpdatesTable {
  id: Generated<number>;
  urn: number;
  level: string;
  reason: string;
  effective_on: string;
  recorded_at: string;
  recorded_by: string;
}

export interface EvidencePlansTable {
  id: Generated<number>;
  urn: number;
  strands: string;
  target_pupils: number;
  /** bigint: PostgreSQL returns it as a string; read with pence-from-column. */
  cost_per_pupil_pence: ColumnType<string | number | bigint, number, number>;
  expected_months: number;
  starts_on: string;
  recorded_at: string;
  recorded_by: string;
}
