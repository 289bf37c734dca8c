import type { AttendanceRole, EngagementLevel, EventKind } from './engagement.ts';

export const PROGRAMME_FORMATS = ['face_to_face', 'online', 'blended'] as const;
export type ProgrammeFormat = (typeof PROGRAMME_FORMATS)[number];

export interface GuidanceReport {
  readonly id: string;
  readonly title: string;
  readonly year: number;
  /** Toolkit strand slugs. */
  readonly strands: readonly string[];
}

export interface TrainingProgramme {
  readonly id: string;
  readonly hubId: string;
  readonly title: string;
  readonly strands: readonly string[];
  readonly guidanceReportId: string | null;
  readonly format: ProgrammeFormat;
  readonly startsOn: string;
  readonly endsOn: string | null;
}

export interface NetworkEvent {
  readonly id: string;
  readonly hubId: string;
  readonly programmeId: string | null;
  readonly kind: EventKind;
  readonly title: string;
  readonly heldOn: string;
}

export interface Attendance {
  readonly eventId: string;
  readonly urn: number;
  readonly role: AttendanceRole;
  /** How many people of this role came from the school. */
  readonly people: number;
}

export interface EngagementUpdate {
  readonly urn: number;
  readonly level: EngagementLevel;
  readonly reason: string;
  readonly effectiveOn: string;
}

export interface EvidencePlan {
  readonly urn: number;
  readonly strands: readonly string[];
  readonly targetPupils: number;
  readonly costPerPupilPence: number;
  readonly expectedMonths: number;
  readonly startsOn: string;
}

/** A plan's total cost: pupils × cost per pupil, in pence. `planCostPence({ targetPupils: 30, costPerPupilPence: 5000 })` → 150,000. */
export function planCostPence(plan: Pick<EvidencePlan, 'targetPupils' | 'costPerPupilPence'>): number {
  return plan.targetPupils * plan.costPerPupilPence;
}
