/** Mirrors the delivery plan routes' reply schemas (src/server/routes/plans/schema.ts). */
export type MeasureStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data';

export interface PeriodValue {
  period: string;
  value: number;
}

export interface PlanMeasure {
  code: string;
  name: string;
  definition: string;
  unit: string;
  polarity: 'higher_is_better' | 'lower_is_better';
  baseline: PeriodValue;
  targets: PeriodValue[];
  actuals: (PeriodValue & { source: string; recordedOn: string; linked: boolean })[];
  link: { indicatorCode: string; areaCode: string } | null;
  status: MeasureStatus;
  ruleStatus: MeasureStatus;
  override: { status: MeasureStatus; reason: string } | null;
  latest: PeriodValue | null;
  target: PeriodValue | null;
  progress: number | null;
  elapsed: number | null;
  explanation: string;
  trend: (PeriodValue & { change: number | null; direction: 'better' | 'worse' | 'same' | null })[];
}

export interface AreaPlan {
  area: { id: string; name: string };
  priorities: { title: string; theme: string; objectives: { title: string; measures: PlanMeasure[] }[] }[];
  board: {
    chair: string | null;
    /** By sector then name, at most 200. */
    members: { name: string; organisation: string; sector: string }[];
    moreMembers: boolean;
    /** The newest meetings (50 unless asked for more), newest first. */
    meetings: { heldOn: string; papers: string[]; decisions: { decision: string; owner: string; dueOn: string; doneOn: string | null }[] }[];
    moreMeetings: boolean;
  };
}

export interface ActualEntry {
  period: string;
  value: number;
  source: string;
  recordedOn: string;
}

/** A page of GET /api/plans/measures: `total` measures in all, this page's grouped by theme. */
export interface CrossAreaMeasures {
  page: number;
  pageSize: number;
  total: number;
  themes: { theme: string; measures: (PlanMeasure & { areaId: string; areaName: string; priority: string })[] }[];
}

/** One area's row of GET /api/plans/status. */
export interface AreaPlanStatus {
  areaId: string;
  areaName: string;
  measures: number;
  counts: Record<MeasureStatus, number>;
  /** ISO date of the latest board meeting recorded. */
  lastBoardMeeting: string | null;
}

export interface WhatWorkedEntry {
  id: number;
  areaId: string;
  areaName: string;
  what: string;
  where: string;
  forWhom: string;
  costPence: number | null;
  evidenceStrand: string;
  result: string;
  contact: string;
  createdAt: string;
}
