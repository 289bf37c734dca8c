import type { ColumnType, Generated } from 'kysely';

/** Partnership boards, delivery plans and the what-worked library (migration 0010-delivery-plans). */
export interface DeliveryPlanTables {
  board_members: BoardMembersTable;
  board_meetings: BoardMeetingsTable;
  board_decisions: BoardDecisionsTable;
  plan_priorities: PlanPrioritiesTable;
  plan_objectives: PlanObjectivesTable;
  plan_measures: PlanMeasuresTable;
  plan_targets: PlanTargetsTable;
  plan_actuals: PlanActualsTable;
  what_worked_entries: WhatWorkedEntriesTable;
}

export interface BoardMembersTable {
  id: Generated<number>;
  opportunity_area_id: string;
  name: string;
  organisation: string;
  sector: string;
}

export interface BoardMeetingsTable {
  id: Generated<number>;
  opportunity_area_id: string;
  held_on: string;
  /** JSON array of the papers' titles. */
  papers: string;
}

export interface BoardDecisionsTable {
  id: Generated<number>;
  meeting_id: number;
  decision: string;
  owner: string;
  due_on: string;
  done_on: string | null;
}

export interface PlanPrioritiesTable {
  id: Generated<number>;
  opportunity_area_id: string;
  title: string;
  theme: string;
}

export interface PlanObjectivesTable {
  id: Generated<number>;
  priority_id: number;
  title: string;
}

export interface PlanMeasuresTable {
  id: Generated<number>;
  opportunity_area_id: string;
  objective_id: number;
  code: string;
  name: string;
  definition: string;
  unit: string;
  polarity: string;
  baseline_value: number;
  baseline_period: string;
  /** When set, actuals come from area_indicators for this indicator and area instead of being entered. */
  indicator_code: string | null;
  indicator_area_code: string | null;
  override_status: string | null;
  override_reason: string | null;
}

export interface PlanTargetsTable {
  measure_id: number;
  period: string;
  value: number;
}

export interface PlanActualsTable {
  measure_id: number;
  period: string;
  value: number;
  source: string;
  recorded_on: string;
  recorded_by: string;
}

export interface WhatWorkedEntriesTable {
  id: Generated<number>;
  opportunity_area_id: string;
  what: string;
  where_done: string;
  for_whom: string;
  cost_pence: ColumnType<string | number | bigint | null, number | null, number | null>;
  evidence_strand: string;
  result: string;
  contact: string;
  created_at: string;
}
